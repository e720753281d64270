import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { FormattedCitation } from '@/core/citation/formats'
import type { ClaimRecord, Ledger } from '@/core/content/ledger'
import { parseClaimPage, parseLedger, parseSiteIndex, parseSourcePage, type SourcePageData, type SourceSummary } from '@/core/content/ledger-json'
import { readStaged, readStagedOnce, STAGED } from './staged'

// The pages render what `claims prepare` validated, checked and staged (the same ledger the
// downloads are made from) and Contentlayer's compiled MDX bodies, both read from disk rather than
// imported: bundling every document, or the checks that build the ledger (mathjs, zod, yaml),
// made Turbopack's compile grow with the content and every worker redo the checks. In
// development `claims prepare --watch` and `contentlayer2 dev` rewrite them on every edit.

/** Every checked claim and source, read afresh: for the few pages that list them all. */
export function getLedger(): Ledger {
  return readStagedOnce(STAGED.ledger, parseLedger)
}

function siteIndex() {
  return readStaged(STAGED.site, (text, file) => {
    const index = parseSiteIndex(text, file)
    return { ...index, claimIdSet: new Set(index.claimIds), sourcesById: new Map(index.sources.map((source) => [source.id, source])) }
  })
}

/** The ids of the published claims, in article order. */
export function claimIds(): readonly string[] {
  return siteIndex().claimIds
}

export function getSources(): readonly SourceSummary[] {
  return siteIndex().sources
}

export function getSource(id: string): SourceSummary | undefined {
  return siteIndex().sourcesById.get(id)
}

/** A claim's page data; undefined for an id with no page. */
function claimPage(id: string) {
  if (!siteIndex().claimIdSet.has(id)) return undefined
  return readStagedOnce(STAGED.claim(id), parseClaimPage)
}

export function getClaim(id: string): ClaimRecord | undefined {
  return claimPage(id)?.claim
}

/** A claim's citation formats, formatted by `claims prepare` (citeproc would be seconds of each worker's start-up). */
export function citationsFor(claim: Pick<ClaimRecord, 'id'>): readonly FormattedCitation[] {
  const page = claimPage(claim.id)
  if (!page) throw new Error(`${STAGED.claim(claim.id)}: no staged page for claim ${claim.id}; rerun \`npm run claims -- prepare\``)
  return page.citations
}

/** A source's page data: the source with its article, and its published claims in the ledger's order. */
export function getSourcePage(sourceId: string): SourcePageData | undefined {
  return getSource(sourceId) ? readStagedOnce(STAGED.source(sourceId), parseSourcePage) : undefined
}

/**
 * The compiled MDX body of a claim or source, from the document's own file in Contentlayer's
 * output (its `_index.json` holds every document: parsing it in each worker cost more than the
 * pages that used it).
 */
export function compiledBody(kind: 'claim' | 'source', id: string): string {
  const [type, folder] = kind === 'claim' ? ['Claim', 'claims'] : ['Source', 'sources']
  // Contentlayer names a document's file after its id (its path under the content folder), `/` as `__`.
  const file = path.resolve('.contentlayer/generated', type, `${folder}__${id}.mdx.json`)
  if (!existsSync(file)) throw new Error(`${file}: no compiled MDX body for ${kind} ${id}; run \`npm run content\` first`)
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { body: { code: string } }).body.code
  } catch (error) {
    throw new Error(`${file}: cannot read Contentlayer's compiled MDX (${(error as Error).message})`)
  }
}
