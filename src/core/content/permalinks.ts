import { datasetDownloads } from '../data/view'
import { claimCheckPath, claimPath, datasetPath } from '../paths'
import type { Ledger } from './ledger'
import { policyMeta, scriptHash } from '../publish/security-headers'

/**
 * Every address the site publishes and promises to keep: pages, check anchors, aliases and data.
 * @example publishedPermalinks(ledger) // ['/', '/methodology', …, '/claims/x', '/claims/x#check-y']
 */
export function publishedPermalinks(ledger: Ledger): string[] {
  const paths = ['/', '/methodology', '/data', '/claims.json', '/claims.csv', '/feed.atom', '/feed.xml', '/feed.json']
  for (const source of ledger.sources) paths.push(source.page)
  for (const claim of ledger.claims) {
    paths.push(claim.url, `${claim.url}.json`)
    for (const check of claim.checks) paths.push(claimCheckPath(claim.id, check.id))
    for (const alias of claim.aliases ?? []) paths.push(claimPath(alias))
  }
  if (ledger.datasets.length > 0) paths.push('/data/datasets.json')
  for (const { metadata } of ledger.datasets) {
    const downloads = datasetDownloads(metadata)
    paths.push(datasetPath(metadata.id), downloads.published.path, ...downloads.tables.map((table) => table.path))
  }
  return paths
}

/** Reads the committed ledger: one path a line; blank lines and `#` comments are ignored. */
export function parsePermalinkLedger(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
}

/** The ledger after a publish: nothing once published is ever dropped. */
export function mergePermalinks(existing: readonly string[], current: readonly string[]): string[] {
  return [...new Set([...existing, ...current])].sort()
}

export const PERMALINK_LEDGER_HEADER =
  '# Every permalink Claim Ledger has published, one a line. The build fails when one stops resolving in out/.\n# Update with `npm run claims -- permalinks --update` after publishing; never delete a line: give a removed claim an alias instead.\n'

/**
 * The ledger file for these entries, as `permalinks --update` writes it.
 * @example renderPermalinkLedger(['/']) // `${PERMALINK_LEDGER_HEADER}/\n`
 */
export function renderPermalinkLedger(entries: readonly string[]): string {
  return `${PERMALINK_LEDGER_HEADER}${entries.join('\n')}\n`
}

/**
 * Lines of the ledger as it is (trimmed, with their line numbers) that a rewrite would drop: a person's comments, say.
 * An update that would drop one is refused rather than lose it.
 * @example droppedLedgerLines('# mine\n/\n', renderPermalinkLedger(['/'])) // [{ line: 1, text: '# mine' }]
 */
export function droppedLedgerLines(current: string, next: string): { line: number; text: string }[] {
  const kept = new Set(next.split('\n').map((line) => line.trim()))
  return current.split('\n').flatMap((line, index) => (line.trim() !== '' && !kept.has(line.trim()) ? [{ line: index + 1, text: line.trim() }] : []))
}

/** How a static host would answer a path: the page's HTML, or null when nothing is there. */
export type PathResolver = (path: string) => { html: string | null } | null

/**
 * The ledger entries that no longer resolve: the path has no file, or its anchor is not on the page
 * (on an alias page, not on the page it redirects to).
 */
export function brokenPermalinks(entries: readonly string[], resolve: PathResolver): string[] {
  return entries.filter((entry) => {
    const [path = '', anchor] = entry.split('#')
    const found = resolve(path)
    if (!found) return true
    if (!anchor) return false
    let html = found.html ?? ''
    const redirect = /data-alias-of="([^"]+)"/.exec(html)
    if (redirect?.[1]) html = resolve(redirect[1])?.html ?? ''
    return !html.includes(`id="${anchor}"`)
  })
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * The static page left at a former id: a meta refresh and a canonical link to the claim's current
 * permalink, a visible link for readers without redirects, and the check anchor carried across.
 */
export function aliasPage(alias: string, target: { url: string; title: string }, siteUrl: string): string {
  const href = escapeAttribute(target.url)
  const title = escapeAttribute(target.title)
  const redirect = `location.replace(${JSON.stringify(target.url).replace(/</g, '\\u003c')} + location.hash)`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${policyMeta([scriptHash(redirect)])}
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Moved: ${title}</title>
<link rel="canonical" href="${escapeAttribute(siteUrl)}${href}">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${href}">
<script>${redirect}</script>
</head>
<body data-alias-of="${href}">
<main>
<h1>This claim has moved</h1>
<p>The claim once at <code>/claims/${escapeAttribute(alias)}</code> is now <a href="${href}">${title}</a>.</p>
</main>
</body>
</html>
`
}
