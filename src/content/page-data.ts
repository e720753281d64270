import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import {
  parseClaimPage,
  parseOverview,
  parseSearchPage,
  parseSiteIndex,
  parseSourcePage,
  type ClaimPageData,
  type OverviewData,
  type SearchPageData,
  type SourcePageData,
  type SourceSummary,
} from '@/core/content/staged-files'
import { readStaged, readStagedOnce, STAGED } from './staged'

// The pages render what `claims prepare` validated, checked and staged (from the same ledger the
// downloads are made from) and Contentlayer's compiled MDX bodies, both read from disk rather than
// imported: bundling every document, or the checks that build the ledger (mathjs, zod, yaml),
// made Turbopack's compile grow with the content and every worker redo the checks. Each staged
// file holds what its page shows (src/core/content/staged-files.ts), and is refused when it holds
// anything else. In development `claims prepare --watch` and `contentlayer2 dev` rewrite them on every edit.

/** Every published claim as a list shows it, and the overview's counts, read afresh: for the overview and the sitemap. */
export function getOverview(): OverviewData {
  return readStagedOnce(STAGED.overview, parseOverview)
}

/** The search page's filter menus. */
export function getSearchPage(): SearchPageData {
  return readStagedOnce(STAGED.search, parseSearchPage)
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

/** A claim's page data (the claim, its chart's figures, its citations); undefined for an id with no page. */
export function getClaimPage(id: string): ClaimPageData | undefined {
  if (!siteIndex().claimIdSet.has(id)) return undefined
  return readStagedOnce(STAGED.claim(id), parseClaimPage)
}

/** A source's page data: its facts, the passages of its article that hold its claims, and those claims in article order. */
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
  if (!existsSync(file)) throw new Error(`${file}: no compiled MDX body for ${kind} ${id}; run \`npm run claims -- stage\` (or \`npm run build\`) first`)
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { body: { code: string } }).body.code
  } catch (error) {
    throw new Error(`${file}: cannot read Contentlayer's compiled MDX (${(error as Error).message})`)
  }
}
