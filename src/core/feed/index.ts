import { stringify } from 'csv-stringify/sync'
import { Feed } from 'feed'
import { axesLine } from '../check/axes'
import type { ClaimJSON } from '../content/claims-json'

export interface FeedSite {
  readonly name: string
  readonly url: string
  readonly description: string
}

/**
 * Atom, RSS and JSON Feed of claims, newest review first (ties in article order). `updated` is the
 * newest review date, so the feeds are the same for the same content on any day.
 * @example claimFeeds(claims, site).atom // '<?xml version="1.0" …'
 */
export function claimFeeds(claims: readonly ClaimJSON[], site: FeedSite): { atom: string; rss: string; json: string } {
  const newestFirst = claims
    .map((claim, order) => ({ claim, order }))
    .sort((a, b) => b.claim.reviewed.localeCompare(a.claim.reviewed) || a.order - b.order)
    .map(({ claim }) => claim)
  const updated = newestFirst[0]?.reviewed ?? '1970-01-01'
  const feed = new Feed({
    id: `${site.url}/`,
    title: site.name,
    description: site.description,
    link: `${site.url}/`,
    language: 'en',
    copyright: `Claim data: CC BY 4.0, ${site.name}`,
    updated: new Date(`${updated}T00:00:00Z`),
    generator: site.name,
    feedLinks: { atom: `${site.url}/feed.atom`, rss: `${site.url}/feed.xml`, json: `${site.url}/feed.json` },
    author: { name: site.name, link: site.url },
  })
  for (const claim of newestFirst) {
    const link = `${site.url}${claim.url}`
    feed.addItem({
      id: link,
      link,
      title: claim.title,
      description: `${claim.hedge ? `${claim.hedge} ` : ''}${claim.written} ${claim.unit}. ${axesLine(claim.axes, claim.rating)}. ${claim.checked} ${claim.rationale}`,
      content: `<blockquote>${escapeHtml(claim.quote)}</blockquote><p>${escapeHtml(axesLine(claim.axes, claim.rating))}.</p><p>${escapeHtml(claim.checked)}</p><p>${escapeHtml(claim.rationale)}</p><p>Version ${claim.version}, reviewed ${claim.reviewed}.</p>`,
      date: new Date(`${claim.reviewed}T00:00:00Z`),
      published: new Date(`${claim.changes[0]?.date ?? claim.reviewed}T00:00:00Z`),
      category: claim.topics.map((topic) => ({ name: topic })),
    })
  }
  return { atom: feed.atom1(), rss: feed.rss2(), json: feed.json1() }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

/** The columns of `claims.csv`, with what each holds; the /data page documents them from this list. */
export const CSV_COLUMNS = [
  ['id', 'The claim’s permanent id; its page is /claims/<id>.', (claim) => claim.id],
  ['url', 'The permalink, absolute.', (claim, site) => `${site.url}${claim.url}`],
  ['title', 'A short descriptive title (no verdict).', (claim) => claim.title],
  ['quote', 'The claim, verbatim from the source.', (claim) => claim.quote],
  ['written', 'The figure exactly as written.', (claim) => claim.written],
  ['kind', 'quantity, date or vague.', (claim) => claim.kind],
  ['value', 'The figure as a number (a date as YYYY-MM or YYYY-MM-DD); empty when vague.', (claim) => claim.value ?? ''],
  ['unit', 'What is counted.', (claim) => claim.unit],
  ['hedge', 'The hedge as written (about, more than…); empty when none.', (claim) => claim.hedge ?? ''],
  ['interval_low', 'Lowest value the wording allows; empty when open or vague.', (claim) => claim.interval?.[0] ?? ''],
  ['interval_high', 'Highest value the wording allows; empty when open or vague.', (claim) => claim.interval?.[1] ?? ''],
  ['said_by_kind', 'Who said it: leaked-data, official-data, named-official, anonymous-source, other-outlet, reporting…', (claim) => claim.saidBy.kind],
  ['said_by', 'The originator’s name.', (claim) => claim.saidBy.name],
  ['source_id', 'The source article’s id; its page is /sources/<id>.', (claim) => claim.source.id],
  ['source_publisher', 'Who published the article.', (claim) => claim.source.publisher],
  ['source_published', 'The article’s publication date.', (claim) => claim.source.published],
  ['source_url', 'The original article’s address.', (claim) => claim.source.url],
  ['arithmetic', 'Do the article’s own figures agree: adds-up, does-not-add-up, bound-only or nothing-to-compute; see /methodology.', (claim) => claim.axes.arithmetic.id],
  ['record', 'What official data or documents say: matches, misleading, contradicted, unsettled or not-checked.', (claim) => claim.axes.record.id],
  ['sourcing', 'How the figure is sourced: named-record, named-person, anonymous-or-leaked or unattributed.', (claim) => claim.axes.sourcing.id],
  ['rating', 'The accuracy rating, 1–3 (3 best); empty unless the claim was checked against the record.', (claim) => claim.rating?.value ?? ''],
  ['checked', 'What was and was not checked, in one line.', (claim) => claim.checked],
  ['checks', 'Number of checks.', (claim) => claim.checks.length],
  [
    'check_statuses',
    'Each check’s id, kind (arithmetic, record, context) and status, separated by "; ".',
    (claim) => claim.checks.map((check) => `${check.id}: ${check.kind} ${check.status}`).join('; '),
  ],
  ['version', 'The claim’s version; it rises with each substantive change.', (claim) => claim.version],
  ['reviewed', 'The date of the last review.', (claim) => claim.reviewed],
] as const satisfies readonly (readonly [string, string, (claim: ClaimJSON, site: FeedSite) => string | number])[]

/** `claims.csv`: one row per claim, RFC 4180 quoting, a header row. */
export function claimsCsv(claims: readonly ClaimJSON[], site: FeedSite): string {
  return stringify(
    claims.map((claim) => CSV_COLUMNS.map(([, , cell]) => cell(claim, site))),
    { header: true, columns: CSV_COLUMNS.map(([name]) => name) },
  )
}
