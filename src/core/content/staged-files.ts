import type { MonthlyMarkInput } from '../chart/monthly'
import type { Axes } from '../check/axes'
import type { CheckResult } from '../check/result'
import type { CheckValue, InferredEnd, InferredInput, Step } from '../check/values'
import type { FormattedCitation } from '../citation/formats'
import type { DatasetRecord } from '../data/dataset'
import type { DatasetMetadata, TableSpec } from '../data/metadata'
import type { Interval } from '../figure'
import type { FacetName, FacetValue } from '../search/index-files'
import type { Passage } from './annotate'
import type { Appearance, ClaimRecord, SourceRecord } from './ledger'
import type { Figure } from './schema'
import type { Tallies } from './tally'
import { byKey, nullable, shapeProblem, type AnyShape, type Shape } from './shape'

// What `claims prepare` stages for the pages (src/content/staged.ts names the files), each file
// exactly what its page shows: a type per file, and beside it its shape, the same fields as data,
// which the compiler holds to the type. src/core/content/projections.ts makes each file from the
// checked ledger by picking the shape's fields, and the parse functions here refuse a file with a
// field missing or one the type does not declare, so types and staged data cannot drift apart.
// JSON has no ±Infinity, and an interval's open end is one ("more than 231,000" is [231000, ∞)), so
// non-finite numbers travel as a tagged object no content value can take.
const NON_FINITE = '$nonFinite'

const INTERVAL = { low: true, high: true } as const satisfies Shape<Interval>
const AXIS_VALUE = { id: true, label: true } as const
const AXES = { arithmetic: AXIS_VALUE, record: AXIS_VALUE, sourcing: AXIS_VALUE } as const satisfies Shape<Axes>
const CITATIONS: Shape<readonly FormattedCitation[]> = [{ format: true, label: true, text: true }]

// ── site.json ────────────────────────────────────────────────────────────────────────────────────

/** A source as the pages that name or link it show it: claim pages, the overview, the sitemap. */
export type SourceSummary = Pick<SourceRecord, 'id' | 'publisher' | 'headline' | 'url' | 'published' | 'retrieved' | 'page'>

/** What every page needs: the sources, and which claims have pages. */
export interface SiteIndex {
  readonly sources: readonly SourceSummary[]
  readonly claimIds: readonly string[]
}

export const SOURCE_SUMMARY: Shape<SourceSummary> = { id: true, publisher: true, headline: true, url: true, published: true, retrieved: true, page: true }
export const SITE_INDEX: Shape<SiteIndex> = { sources: [SOURCE_SUMMARY], claimIds: [true] }

// ── overview.json and search.json ────────────────────────────────────────────────────────────────

/** A claim as a list of claims shows it: its figure as written, its title and link, its three axes. */
export interface ClaimListItem extends Pick<ClaimRecord, 'id' | 'url' | 'title' | 'axes'> {
  readonly figure: Pick<Figure, 'hedge' | 'written' | 'unit'>
}

/** A claim on the overview, which counts a source's claims, and in the sitemap, which dates it. */
export interface OverviewClaim extends ClaimListItem, Pick<ClaimRecord, 'source' | 'reviewed'> {}

/** What the overview shows (and the sitemap lists): every claim in article order, and the counts. */
export interface OverviewData {
  readonly claims: readonly OverviewClaim[]
  /** Claims per axis value and the independent agreements (src/core/content/tally.ts). */
  readonly tallies: Tallies
  /** How many checks the claims have in all. */
  readonly checks: number
}

const LIST_ITEM = { id: true, url: true, title: true, axes: AXES, figure: { hedge: true, written: true, unit: true } } as const satisfies Shape<ClaimListItem>
const TALLY_VALUES = [{ id: true, label: true, count: true }] as const
export const OVERVIEW: Shape<OverviewData> = {
  claims: [{ ...LIST_ITEM, source: true, reviewed: true }],
  tallies: {
    axes: { arithmetic: TALLY_VALUES, record: TALLY_VALUES, sourcing: TALLY_VALUES },
    checkedAgainstRecord: true,
    rated: true,
    agreements: { checks: true, independent: true },
  },
  checks: true,
}

/** What the search page renders before its script runs: the filter menus, each value with its count. */
export interface SearchPageData {
  readonly facets: Readonly<Record<FacetName, readonly FacetValue[]>>
}

const FACET_VALUES = [{ key: true, label: true, count: true }] as const
export const SEARCH_PAGE: Shape<SearchPageData> = {
  facets: { source: FACET_VALUES, unit: FACET_VALUES, arithmetic: FACET_VALUES, record: FACET_VALUES, sourcing: FACET_VALUES, topic: FACET_VALUES },
}

// ── claims/<id>.json ─────────────────────────────────────────────────────────────────────────────

/** A figure as its claim's page shows it: the words, hedge and unit, its kind (for the interval's rule), period and place; the interval stands for its value. */
export interface FigureView extends Pick<Figure, 'kind' | 'hedge' | 'written' | 'unit' | 'place'> {
  /** An exact quantity (a legal threshold, a count): only a quantity has it. */
  readonly exact?: boolean
  /** When it holds; the words that set it stay in the quote. */
  readonly period?: Omit<NonNullable<Figure['period']>, 'written'>
}

/** A value a check shows: read as written (nominal), its interval, and whether it is a date. */
export type ShownValue = Pick<CheckValue, 'nominal' | 'interval' | 'kind'>

/** One line of a check's worked arithmetic, and the record rows it read. */
export interface StepView extends Pick<Step, 'text' | 'claimId' | 'series' | 'rows'> {
  readonly result: ShownValue
}

/** An inferred input, and the check's result at each end of its plausible range. */
export interface InferredView extends Pick<InferredInput, 'input' | 'reason'> {
  readonly value: ShownValue
  readonly ends: readonly [InferredEndView, InferredEndView]
}

export interface InferredEndView extends Pick<InferredEnd, 'status'> {
  readonly value: ShownValue
  readonly computed: ShownValue
}

/** A check as its claim's page shows it: the computed value keeps `openEnded`, which reads a bound beside its face value. */
export interface CheckView extends Pick<CheckResult, 'id' | 'title' | 'kind' | 'status' | 'expression' | 'note' | 'needs' | 'computed' | 'stated' | 'offBy' | 'citation'> {
  readonly steps: readonly StepView[]
  readonly relation: Pick<NonNullable<CheckResult['relation']>, 'symbol'> | null
  readonly inferred: InferredView | null
}

/** Another source that states the figure, as the claim page lists it: date, publisher, link and quote. */
export interface AppearanceView extends Pick<Appearance, 'quote'> {
  readonly source: Pick<Appearance['source'], 'id' | 'publisher' | 'published' | 'page'>
}

/** A claim as its page shows it (its body is Contentlayer's compiled MDX, never staged). */
export interface ClaimView
  extends Pick<
    ClaimRecord,
    'id' | 'url' | 'title' | 'source' | 'quote' | 'saidBy' | 'interval' | 'axes' | 'rating' | 'checked' | 'missingContext' | 'rationale' | 'identities' | 'context' | 'topics' | 'version' | 'reviewed' | 'changes'
  > {
  readonly figure: FigureView
  readonly appearances: readonly AppearanceView[]
  readonly checks: readonly CheckView[]
}

/** A quantity the claim's chart draws: a published claim's figure, as its row labels and places it. */
export interface ChartFigure extends Pick<ClaimRecord, 'title' | 'url'> {
  readonly hedge: string | null
  readonly written: string
  readonly value: number
  readonly exact: boolean
  readonly interval: Interval
}

/** The chart a claim's frontmatter asks for, with the figures it draws. */
export interface ClaimChartData {
  readonly title: string
  readonly figures: readonly ChartFigure[]
}

/** What one claim page renders: the claim, its chart (so that it reads no other claim's file), its citation formats. */
export interface ClaimPageData {
  readonly claim: ClaimView
  readonly chart: ClaimChartData | null
  readonly citations: readonly FormattedCitation[]
}

const SHOWN_VALUE = { nominal: true, interval: INTERVAL, kind: true } as const satisfies Shape<ShownValue>
const CHECK_VIEW: Shape<CheckView> = {
  id: true,
  title: true,
  kind: true,
  status: true,
  expression: true,
  note: true,
  needs: nullable({ data: true, 'url?': true }),
  computed: nullable({ ...SHOWN_VALUE, 'openEnded?': true }),
  stated: nullable({ written: true, interval: INTERVAL, kind: true }),
  relation: nullable({ symbol: true }),
  offBy: nullable({ absolute: true, relative: true }),
  citation: nullable({ publisher: true, title: true, url: true, published: true, retrieved: true, passage: true, value: true, 'exact?': true }),
  steps: [{ text: true, result: SHOWN_VALUE, 'claimId?': true, 'series?': true, 'rows?': [{ month: true, count: true, low: true, high: true }] }],
  inferred: nullable({ input: true, reason: true, value: SHOWN_VALUE, ends: [{ value: SHOWN_VALUE, computed: SHOWN_VALUE, status: true }] }),
}
export const CLAIM_VIEW: Shape<ClaimView> = {
  id: true,
  url: true,
  title: true,
  source: true,
  quote: true,
  saidBy: { kind: true, name: true, 'role?': true },
  figure: { kind: true, hedge: true, written: true, unit: true, 'place?': true, 'exact?': true, 'period?': { 'start?': true, 'end?': true, 'asOf?': true, 'inferred?': true } },
  interval: nullable(INTERVAL),
  axes: AXES,
  rating: nullable({ value: true, best: true, worst: true, label: true }),
  checked: true,
  'missingContext?': true,
  rationale: true,
  identities: [{ check: true, with: [{ claim: true, title: true, check: true }] }],
  context: { before: true, quote: true, after: true },
  topics: [true],
  version: true,
  reviewed: true,
  changes: [{ date: true, summary: true }],
  appearances: [{ quote: true, source: { id: true, publisher: true, published: true, page: true } }],
  checks: [CHECK_VIEW],
}
export const CLAIM_PAGE: Shape<ClaimPageData> = {
  claim: CLAIM_VIEW,
  chart: nullable({ title: true, figures: [{ title: true, url: true, hedge: true, written: true, value: true, exact: true, interval: INTERVAL }] }),
  citations: CITATIONS,
}

// ── sources/<id>.json ────────────────────────────────────────────────────────────────────────────

/** A claim on its source's page, under its quote. */
export interface QuotedClaim extends ClaimListItem, Pick<ClaimRecord, 'quote'> {}

/**
 * What one source page renders: the source's facts and exclusions (its body is Contentlayer's), the
 * article's passages that hold its claims with each figure marked (the page quotes these, never the
 * whole text, which is not staged), and its claims in article order.
 */
export interface SourcePageData {
  readonly source: Pick<SourceRecord, 'id' | 'publisher' | 'section' | 'headline' | 'published' | 'author' | 'url' | 'retrieved' | 'excluded'>
  readonly passages: readonly Passage[]
  readonly claims: readonly QuotedClaim[]
}

export const SOURCE_PAGE: Shape<SourcePageData> = {
  source: { id: true, publisher: true, 'section?': true, headline: true, published: true, author: true, url: true, retrieved: true, excluded: [{ text: true, reason: true }] },
  passages: [{ start: true, segments: [{ kind: true, text: true, 'claimId?': true, 'axes?': AXES }] }],
  claims: [{ ...LIST_ITEM, quote: true }],
}

// ── datasets.json and datasets/<id>.json ─────────────────────────────────────────────────────────

/** A dataset as the data page lists it, the sitemap dates it and the claim pages' record checks name it and its series. */
export interface DatasetSummary extends Pick<DatasetMetadata, 'id' | 'publisher' | 'title' | 'coverage' | 'retrieved'> {
  readonly series: readonly Pick<DatasetRecord['series'][number], 'ref' | 'title'>[]
}

/** The datasets, for the pages that list them (and the routes that make a page per dataset). */
export interface DatasetIndex {
  readonly datasets: readonly DatasetSummary[]
}

/** A dataset's metadata as its page shows it: every field of dataset.yaml but how the tables and series are derived. */
export interface DatasetPageMetadata extends Omit<DatasetMetadata, 'tables' | 'series'> {
  /** The derived tables, each a download. */
  readonly tables: readonly Pick<TableSpec, 'id' | 'title'>[]
}

/** What one dataset page renders: the dataset and its series, the checks that read each series (by series ref), its citations. */
export interface DatasetPageData {
  readonly dataset: {
    readonly metadata: DatasetPageMetadata
    readonly series: DatasetRecord['series']
  }
  readonly marks: Readonly<Record<string, readonly MonthlyMarkInput[]>>
  readonly citations: readonly FormattedCitation[]
}

const COVERAGE = { start: true, end: true } as const
export const DATASET_INDEX: Shape<DatasetIndex> = {
  datasets: [{ id: true, publisher: true, title: true, coverage: COVERAGE, retrieved: true, series: [{ ref: true, title: true }] }],
}
export const DATASET_PAGE: Shape<DatasetPageData> = {
  dataset: {
    metadata: {
      id: true,
      publisher: true,
      title: true,
      page: true,
      file: true,
      retrieved: true,
      'obtainedFrom?': true,
      coverage: COVERAGE,
      counts: true,
      rounding: { 'exact?': true, 'to?': true, 'note?': true },
      licence: true,
      'notes?': true,
      tables: [{ id: true, title: true }],
    },
    series: [{ ref: true, id: true, title: true, table: true, months: [{ month: true, count: true, low: true, high: true }] }],
  },
  marks: byKey([{ label: true, href: true, months: [true] }]),
  citations: CITATIONS,
}

// ── reading and writing them ─────────────────────────────────────────────────────────────────────

/** Any staged file's data. */
export type StagedData = SiteIndex | OverviewData | SearchPageData | ClaimPageData | SourcePageData | DatasetIndex | DatasetPageData

/**
 * Any staged file's data as JSON that its parse function turns back into an equal value.
 * @example parseClaimPage(serialiseStaged(page), 'claims/x.json') // deep-equals page
 */
export function serialiseStaged(value: StagedData): string {
  return JSON.stringify(value, function replace(key, value: unknown) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      if (Number.isNaN(value)) throw new TypeError(`serialiseStaged: ${key} is NaN, which a checked ledger never holds`)
      return { [NON_FINITE]: value > 0 ? 'Infinity' : '-Infinity' }
    }
    if (typeof value === 'function' || typeof value === 'symbol' || typeof value === 'bigint') {
      throw new TypeError(`serialiseStaged: ${key} is a ${typeof value}, which JSON cannot carry`)
    }
    return value
  })
}

/** A file written by {@link serialiseStaged}, refused unless its fields are exactly those `shape` declares. */
function parseStaged<T>(text: string, file: string, what: string, shape: Shape<T>): T {
  let parsed: unknown
  try {
    parsed = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && NON_FINITE in value) {
        const tag = (value as Record<string, unknown>)[NON_FINITE]
        if (tag === 'Infinity') return Infinity
        if (tag === '-Infinity') return -Infinity
        throw new TypeError(`${NON_FINITE}: expected "Infinity" or "-Infinity", got ${JSON.stringify(tag)}`)
      }
      return value
    })
  } catch (error) {
    throw new Error(`${file}: not a ${what} written by claims prepare (${(error as Error).message})`)
  }
  const problem = shapeProblem(parsed, shape as AnyShape)
  if (problem) throw new Error(`${file}: ${problem.field}: ${problem.message} (expected a ${what} as claims prepare writes it; rerun \`npm run claims -- prepare\`)`)
  return parsed as T
}

export function parseSiteIndex(text: string, file: string): SiteIndex {
  return parseStaged(text, file, 'site index', SITE_INDEX)
}

export function parseOverview(text: string, file: string): OverviewData {
  return parseStaged(text, file, 'overview', OVERVIEW)
}

export function parseSearchPage(text: string, file: string): SearchPageData {
  return parseStaged(text, file, 'search page', SEARCH_PAGE)
}

export function parseClaimPage(text: string, file: string): ClaimPageData {
  return parseStaged(text, file, 'claim page', CLAIM_PAGE)
}

export function parseSourcePage(text: string, file: string): SourcePageData {
  return parseStaged(text, file, 'source page', SOURCE_PAGE)
}

export function parseDatasetIndex(text: string, file: string): DatasetIndex {
  return parseStaged(text, file, 'dataset index', DATASET_INDEX)
}

export function parseDatasetPage(text: string, file: string): DatasetPageData {
  return parseStaged(text, file, 'dataset page', DATASET_PAGE)
}
