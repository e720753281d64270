import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { STAGED } from '@/content/staged'
import { shapeProblem, type AnyShape } from '@/core/content/shape'
import {
  CLAIM_PAGE,
  DATASET_INDEX,
  DATASET_PAGE,
  OVERVIEW,
  SEARCH_PAGE,
  SITE_INDEX,
  SOURCE_PAGE,
  parseClaimPage,
  parseDatasetIndex,
  parseDatasetPage,
  parseOverview,
  parseSearchPage,
  parseSiteIndex,
  parseSourcePage,
} from '@/core/content/staged-files'

// What `claims prepare` staged for the pages (the build made it): each file exactly what its page
// shows, every key one its type declares (src/core/content/staged-files.ts), at every depth.
const INTERNAL = path.dirname(STAGED.site)
/** The raw JSON, for what a file must not hold. */
const read = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as unknown
const listed = (dir: string) => readdirSync(path.join(INTERNAL, dir)).sort()
const text = (file: string) => readFileSync(file, 'utf8')
const site = parseSiteIndex(text(STAGED.site), STAGED.site)
const datasetIds = parseDatasetIndex(text(STAGED.datasets), STAGED.datasets).datasets.map((dataset) => dataset.id)

type Parse = (text: string, file: string) => unknown
/** Every staged file there should be, with the parse function the pages read it with and the shape of its type. */
const expected: [file: string, parse: Parse, shape: AnyShape][] = [
  [STAGED.site, parseSiteIndex, SITE_INDEX as AnyShape],
  [STAGED.overview, parseOverview, OVERVIEW as AnyShape],
  [STAGED.search, parseSearchPage, SEARCH_PAGE as AnyShape],
  [STAGED.datasets, parseDatasetIndex, DATASET_INDEX as AnyShape],
  ...site.claimIds.map((id): [string, Parse, AnyShape] => [STAGED.claim(id), parseClaimPage, CLAIM_PAGE as AnyShape]),
  ...site.sources.map(({ id }): [string, Parse, AnyShape] => [STAGED.source(id), parseSourcePage, SOURCE_PAGE as AnyShape]),
  ...datasetIds.map((id): [string, Parse, AnyShape] => [STAGED.dataset(id), parseDatasetPage, DATASET_PAGE as AnyShape]),
]

describe('the staged page data', () => {
  it('is these files and no others: no whole ledger', () => {
    const all = readdirSync(INTERNAL, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.join(entry.parentPath, entry.name))
    expect(all.sort()).toEqual(expected.map(([file]) => path.normalize(file)).sort())
    expect(site.claimIds.length).toBeGreaterThan(10)
    expect(listed('claims')).toHaveLength(site.claimIds.length)
  })

  it.each(expected)('%s has no key its type does not declare, and none missing', (file, parse, shape) => {
    // The parse function refuses a file whose keys its type does not declare exactly; the shape says so again of what it read.
    expect(shapeProblem(parse(text(file), file), shape)).toBeNull()
  })

  it('leaves out of each claim page what the page never shows: body (Contentlayer compiles it), file, position, the sources’ headlines and addresses', () => {
    for (const id of site.claimIds) {
      const { claim } = read(STAGED.claim(id)) as { claim: Record<string, unknown> & { appearances: { source: object }[] } }
      for (const field of ['body', 'file', 'position', 'draft', 'aliases']) expect(claim, `${id}.${field}`).not.toHaveProperty(field)
      for (const { source } of claim.appearances) expect(Object.keys(source).sort()).toEqual(['id', 'page', 'published', 'publisher'])
    }
  })

  it('names each source in the index every page reads without its article, body or exclusions, and gives its page the passages it quotes, not the article', () => {
    expect(site.sources.length).toBeGreaterThan(0)
    for (const source of site.sources) {
      for (const field of ['text', 'body', 'excluded', 'file']) expect(source, `${source.id}.${field}`).not.toHaveProperty(field)
      const page = read(STAGED.source(source.id)) as { source: Record<string, unknown>; passages: unknown[] }
      expect(page.source).not.toHaveProperty('text')
      expect(Array.isArray(page.source.excluded)).toBe(true)
      expect(page.passages.length).toBeGreaterThan(0)
    }
  })
})
