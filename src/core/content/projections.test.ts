import { describe, expect, it } from 'vitest'
import { readContentFiles } from '@/content/files'
import type { FormattedCitation } from '../citation/formats'
import { annotatedPassages } from './annotate'
import { ledgerToJSON } from './claims-json'
import { buildLedgerOrThrow } from './ledger'
import { stagedPages } from './projections'
import { NullableShape, RecordShape, shapeProblem, type AnyShape } from './shape'
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
  serialiseStaged,
  type StagedData,
} from './staged-files'
import { tallies } from './tally'

// Every kind of file `claims prepare` stages for the pages, made from the bundled content as
// prepare makes it. The expected fields of each come from one place, its shape in
// ./staged-files.ts, which the compiler holds to the type: a field added to the type and not to
// the projection, or written by the projection and not declared, fails here.
const ledger = buildLedgerOrThrow(readContentFiles('content'))
const citations = (key: string): FormattedCitation[] => [{ format: 'apa', label: 'APA 7', text: `A citation of ${key}.` }]
const pages = stagedPages(ledger, ledgerToJSON(ledger).claims, { claim: citations, dataset: citations })

interface Kind {
  readonly name: string
  readonly shape: AnyShape
  readonly parse: (text: string, file: string) => unknown
  readonly files: readonly StagedData[]
  /** Declared fields that are optional and that no bundled file happens to have. */
  readonly unfilled: readonly string[]
  /** A field the file must not carry (a page-irrelevant one, as prepare used to write), and a required one to leave out. */
  readonly extra: string
  readonly missing: string
}

const KINDS: readonly Kind[] = [
  { name: 'site.json', shape: SITE_INDEX as AnyShape, parse: parseSiteIndex, files: [pages.site], unfilled: [], extra: 'sources[0].text', missing: 'sources[0].page' },
  { name: 'overview.json', shape: OVERVIEW as AnyShape, parse: parseOverview, files: [pages.overview], unfilled: [], extra: 'claims[0].checks', missing: 'tallies.agreements.independent' },
  { name: 'search.json', shape: SEARCH_PAGE as AnyShape, parse: parseSearchPage, files: [pages.search], unfilled: [], extra: 'facets.topic[0].claims', missing: 'facets.unit' },
  {
    name: 'claims/<id>.json',
    shape: CLAIM_PAGE as AnyShape,
    parse: parseClaimPage,
    files: [...pages.claims.values()],
    // No bundled claim matches the record and still misleads.
    unfilled: ['claim.missingContext'],
    extra: 'claim.body',
    missing: 'claim.checks[0].status',
  },
  { name: 'sources/<id>.json', shape: SOURCE_PAGE as AnyShape, parse: parseSourcePage, files: [...pages.sources.values()], unfilled: [], extra: 'source.text', missing: 'passages[0].segments[0].kind' },
  { name: 'datasets.json', shape: DATASET_INDEX as AnyShape, parse: parseDatasetIndex, files: [pages.datasets], unfilled: [], extra: 'datasets[0].counts', missing: 'datasets[0].series[0].ref' },
  {
    name: 'datasets/<id>.json',
    shape: DATASET_PAGE as AnyShape,
    parse: parseDatasetPage,
    files: [...pages.datasetPages.values()],
    unfilled: [],
    extra: 'dataset.folder',
    missing: 'dataset.metadata.licence',
  },
]

/** Every field a shape declares, as a path: `claims[].figure.hedge`; a key that is data is `[*]`. */
function declaredFields(shape: AnyShape, field = ''): string[] {
  if (shape === true) return []
  if (shape instanceof NullableShape) return declaredFields(shape.shape, field)
  if (Array.isArray(shape)) return declaredFields(shape[0] as AnyShape, `${field}[]`)
  if (shape instanceof RecordShape) return declaredFields(shape.shape, `${field}[*]`)
  return Object.entries(shape as Record<string, AnyShape>).flatMap(([key, inner]) => {
    const path = `${field ? `${field}.` : ''}${key.replace(/\?$/, '')}`
    return [path, ...declaredFields(inner, path)]
  })
}

/** Every field a value has, as the same paths (the shape says which objects are keyed by data). */
function fieldsIn(value: unknown, shape: AnyShape | undefined, field = ''): string[] {
  if (shape instanceof NullableShape) return fieldsIn(value, shape.shape, field)
  if (Array.isArray(value)) return value.flatMap((item) => fieldsIn(item, Array.isArray(shape) ? (shape[0] as AnyShape) : undefined, `${field}[]`))
  if (typeof value !== 'object' || value === null) return []
  if (shape instanceof RecordShape) return Object.values(value).flatMap((item) => fieldsIn(item, shape.shape, `${field}[*]`))
  const fields = shape && shape !== true && !Array.isArray(shape) ? (shape as Record<string, AnyShape>) : {}
  return Object.entries(value).flatMap(([key, item]) => {
    const path = `${field ? `${field}.` : ''}${key}`
    return [path, ...fieldsIn(item, fields[key] ?? fields[`${key}?`], path)]
  })
}

/** The segments of a field as shapeProblem names it: `marks["d/s"][0].label` → ['marks', 'd/s', 0, 'label']. */
function segments(field: string): (string | number)[] {
  return [...field.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(([, name, index, quoted]) => name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted!) as string)))
}

/** A deep copy of `value` with `field` set to `to`, or deleted when `to` is undefined. */
function withField(value: unknown, field: string, to?: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>
  const path = segments(field)
  const parent = path.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy)
  const last = path.at(-1)!
  if (to === undefined) delete parent[last]
  else parent[last] = to
  return copy
}

describe.each(KINDS)('$name, made from the bundled content', ({ name, shape, parse, files, unfilled, extra, missing }) => {
  it('exists', () => expect(files.length).toBeGreaterThan(0))

  it('carries exactly the fields its type declares, at every depth', () => {
    for (const data of files) expect(shapeProblem(data, shape)).toBeNull()
    const seen = new Set(files.flatMap((data) => fieldsIn(data, shape)))
    expect([...seen].sort()).toEqual(declaredFields(shape).filter((field) => !unfilled.includes(field)).sort())
  })

  it('reaches the page unchanged through the file', () => {
    for (const data of files) expect(parse(serialiseStaged(data), name)).toStrictEqual(data)
  })

  it(`is refused with a field the type does not declare (${extra}), naming the file and the field`, () => {
    const text = serialiseStaged(withField(files[0], extra, 'surplus') as StagedData)
    expect(() => parse(text, `.internal/${name}`)).toThrow(`.internal/${name}: ${extra}: not declared by the type`)
  })

  it(`is refused without a field the type requires (${missing}), naming the file and the field`, () => {
    const text = serialiseStaged(withField(files[0], missing) as StagedData)
    expect(() => parse(text, `.internal/${name}`)).toThrow(`.internal/${name}: ${missing}: missing: the type requires it`)
  })
})

describe('what the projections work out', () => {
  it('the overview’s counts, as the tallies of every published claim', () => {
    expect(pages.overview.tallies).toStrictEqual(tallies(ledger.claims))
    expect(pages.overview.checks).toBe(ledger.claims.reduce((total, claim) => total + claim.checks.length, 0))
  })

  it('a claim chart’s figures: each published quantity it names, so the page reads no other claim’s file', () => {
    const charted = ledger.claims.filter((claim) => claim.chart)
    expect(charted.length).toBeGreaterThan(0)
    for (const claim of charted) {
      const chart = pages.claims.get(claim.id)!.chart!
      const drawn = claim.chart!.figures.filter((id) => ledger.claims.some((other) => other.id === id && other.interval && other.figure.kind === 'quantity'))
      expect(chart.figures.map((figure) => figure.url)).toEqual(drawn.map((id) => `/claims/${id}`))
    }
    for (const claim of ledger.claims.filter((each) => !each.chart)) expect(pages.claims.get(claim.id)!.chart).toBeNull()
  })

  it('a source’s passages, marked as the page marks them, instead of the article’s whole text', () => {
    for (const source of ledger.sources) {
      const page = pages.sources.get(source.id)!
      expect(page.passages).toEqual(annotatedPassages(source.text, ledger.claims.filter((claim) => claim.source === source.id)))
      const quoted = page.passages.flatMap((passage) => passage.segments.map((segment) => segment.text)).join('')
      expect(quoted.length).toBeLessThan(source.text.length)
    }
  })

  it('keeps an open interval end as Infinity through the file', () => {
    const open = [...pages.claims.values()].find((page) => page.claim.interval?.high === Infinity)
    expect(open, 'a claim with a "more than" figure').toBeDefined()
    expect(parseClaimPage(serialiseStaged(open!), 'c.json').claim.interval?.high).toBe(Infinity)
  })
})
