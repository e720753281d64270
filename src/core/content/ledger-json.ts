import type { FormattedCitation } from '../citation/formats'
import type { DatasetRecord } from '../data/dataset'
import type { DatasetMetadata } from '../data/metadata'
import type { DatasetMark } from '../data/view'
import type { ClaimRecord, Ledger, SourceRecord } from './ledger'

// The checked ledger as `claims prepare` hands it to the pages. JSON has no ±Infinity, and an
// interval's open end is one ("more than 231,000" is [231000, ∞)), so non-finite numbers travel as
// a tagged object no content value can take; anything else non-JSON is refused, never guessed.
const NON_FINITE = '$nonFinite'

/** A source as the pages that only name it show it: without its article, body and exclusions. */
export type SourceSummary = Omit<SourceRecord, 'text' | 'body' | 'excluded' | 'file'>

/** @example sourceSummary(source).headline // source.headline, and no `text` */
export function sourceSummary(source: SourceRecord): SourceSummary {
  const { text: _text, body: _body, excluded: _excluded, file: _file, ...summary } = source
  return summary
}

/** What every page needs: the sources, and which claims have pages. */
export interface SiteIndex {
  readonly sources: readonly SourceSummary[]
  readonly claimIds: readonly string[]
}

/** What one claim page renders: its record and its citation formats. */
export interface ClaimPageData {
  readonly claim: ClaimRecord
  readonly citations: readonly FormattedCitation[]
}

/** What one source page renders: the source with its article and exclusions (its body is Contentlayer's), and its claims in article order. */
export interface SourcePageData {
  readonly source: Omit<SourceRecord, 'body' | 'file'>
  readonly claims: readonly ClaimRecord[]
}

/** What one dataset page renders: the dataset, the checks that read each series (by series ref), its citations. */
export interface DatasetPageData {
  readonly dataset: DatasetRecord
  readonly marks: Readonly<Record<string, readonly DatasetMark[]>>
  readonly citations: readonly FormattedCitation[]
}

/** The datasets, for the pages that list them (and the routes that make a page per dataset). */
export interface DatasetIndex {
  readonly datasets: readonly DatasetSummary[]
}

/** A dataset as lists and the claim pages' record checks name it. */
export interface DatasetSummary extends Pick<DatasetMetadata, 'id' | 'publisher' | 'title' | 'counts' | 'coverage'> {
  readonly series: readonly { readonly ref: string; readonly title: string }[]
}

/**
 * Any staged record as JSON that {@link parseStaged} turns back into an equal value.
 * @example parseLedger(serialiseStaged(ledger)) // deep-equals ledger
 */
export function serialiseStaged(value: Ledger | SiteIndex | ClaimPageData | SourcePageData | DatasetPageData | DatasetIndex): string {
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

/** A record written by {@link serialiseStaged}, as an object whose array fields `arrays` names are checked. */
function parseStaged<T>(text: string, file: string, what: string, arrays: readonly string[]): T {
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
  const record = parsed as Record<string, unknown> | null
  if (!record || typeof record !== 'object' || Array.isArray(record)) throw new Error(`${file}: expected a ${what} object, got ${JSON.stringify(parsed)}`)
  for (const field of arrays) {
    if (!Array.isArray(record[field])) throw new Error(`${file}: ${field}: expected an array, got ${JSON.stringify(record[field] ?? null)}`)
  }
  return record as T
}

/** The ledger written by {@link serialiseStaged}; `file` names the file in any error. */
export function parseLedger(text: string, file = 'ledger.json'): Ledger {
  return parseStaged<Ledger>(text, file, 'ledger', ['datasets', 'sources', 'claims', 'drafts'])
}

export function parseSiteIndex(text: string, file: string): SiteIndex {
  return parseStaged<SiteIndex>(text, file, 'site index', ['sources', 'claimIds'])
}

export function parseClaimPage(text: string, file: string): ClaimPageData {
  const page = parseStaged<ClaimPageData>(text, file, 'claim page', ['citations'])
  if (typeof page.claim?.id !== 'string') throw new Error(`${file}: claim.id: expected a claim record, got ${JSON.stringify(page.claim ?? null)}`)
  return page
}

export function parseSourcePage(text: string, file: string): SourcePageData {
  const page = parseStaged<SourcePageData>(text, file, 'source page', ['claims'])
  if (typeof page.source?.text !== 'string') throw new Error(`${file}: source.text: expected the source with its article, got ${JSON.stringify(page.source ?? null)}`)
  return page
}

export function parseDatasetPage(text: string, file: string): DatasetPageData {
  const page = parseStaged<DatasetPageData>(text, file, 'dataset page', ['citations'])
  if (typeof page.dataset?.metadata?.id !== 'string') throw new Error(`${file}: dataset.metadata.id: expected a dataset record, got ${JSON.stringify(page.dataset ?? null)}`)
  return page
}

export function parseDatasetIndex(text: string, file: string): DatasetIndex {
  return parseStaged<DatasetIndex>(text, file, 'dataset index', ['datasets'])
}
