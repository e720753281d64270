import { parseWritten } from '../figure/written'
import { canonicalValue, rateIn, type Rate } from './numbers'

/**
 * What the search index reads from a claim: a structural subset of `ClaimJSON`
 * (src/core/content/claims-json.ts), so that `claims.json` records and synthetic benchmark claims
 * both fit without this module importing the content layer.
 */
export interface SearchSource {
  readonly id: string
  readonly url: string
  readonly title: string
  readonly quote: string
  readonly written: string
  readonly kind: 'quantity' | 'date' | 'vague'
  readonly value: number | string | null
  readonly unit: string
  readonly hedge: string | null
  readonly exact: boolean
  /** `[low, high]` with `null` for an open end, as in `claims.json`; null for a vague figure. */
  readonly interval: readonly [number | null, number | null] | null
  readonly period: { readonly written: string | null } | null
  readonly place: string | null
  readonly saidBy: { readonly name: string }
  readonly source: { readonly publisher: string }
  readonly topics: readonly string[]
  readonly axes: SearchAxes
}

/** An axis value as `claims.json` has it: `{ id: 'adds-up', label: 'Adds up' }`. */
export interface SearchAxis {
  readonly id: string
  readonly label: string
}

/** The three verdict axes, each shown on its own (see src/core/check/axes.ts). */
export interface SearchAxes {
  readonly arithmetic: SearchAxis
  readonly record: SearchAxis
  readonly sourcing: SearchAxis
}

/** One search result as the page shows it: a few short fields, no quote or checks. */
export interface SearchDoc {
  readonly id: string
  readonly url: string
  readonly title: string
  readonly written: string
  readonly hedge: string | null
  readonly unit: string
  readonly publisher: string
  readonly saidBy: string
  readonly axes: SearchAxes
  readonly topics: readonly string[]
}

/**
 * A claim's figure as the number index sees it. `low`–`high` is the range a typed number must
 * fall in to match: the figure's interval when it is bounded, else the rounding of the written
 * digits, since an open end ("more than 231,000") would match every larger number typed.
 */
export interface SearchFigure {
  readonly value: number
  readonly low: number
  readonly high: number
  readonly percent: boolean
  readonly rate: Rate | null
}

/** The fields of a claim that carry words, each with its weight in ranking (see rank.ts). */
export const FIELDS = {
  title: 1,
  figure: 2,
  source: 4,
  topic: 8,
  quote: 16,
  context: 32,
} as const
export type FieldName = keyof typeof FIELDS

/**
 * The text of each field of a claim, as indexed. "Fox News" as the one who said it counts as
 * the source, as much as the publisher does.
 * @example fieldTexts(claim).source // 'New York Post · Fox News'
 */
export function fieldTexts(claim: SearchSource): Record<FieldName, string> {
  return {
    title: claim.title,
    figure: [claim.hedge ?? '', claim.written, claim.unit].join(' '),
    source: `${claim.source.publisher} · ${claim.saidBy.name}`,
    topic: claim.topics.map((topic) => topic.replace(/-/g, ' ')).join(' · '),
    quote: claim.quote,
    context: [claim.period?.written ?? '', claim.place ?? ''].join(' · '),
  }
}

/**
 * The display record of a claim.
 * @example toSearchDoc(claim).publisher // 'New York Post'
 */
export function toSearchDoc(claim: SearchSource): SearchDoc {
  return {
    id: claim.id,
    url: claim.url,
    title: claim.title,
    written: claim.written,
    hedge: claim.hedge,
    unit: claim.unit,
    publisher: claim.source.publisher,
    saidBy: claim.saidBy.name,
    axes: {
      arithmetic: { id: claim.axes.arithmetic.id, label: claim.axes.arithmetic.label },
      record: { id: claim.axes.record.id, label: claim.axes.record.label },
      sourcing: { id: claim.axes.sourcing.id, label: claim.axes.sourcing.label },
    },
    topics: [...claim.topics],
  }
}

/**
 * The figure of a quantity claim for the number index, or null for dates and vague figures.
 * @example figureOf({ ...claim, written: '3,200', value: 3200, hedge: 'about', unit: 'crossings per day', interval: [3150, 3250] })
 * // { value: 3200, low: 3150, high: 3250, percent: false, rate: 'day' }
 */
export function figureOf(claim: Pick<SearchSource, 'kind' | 'value' | 'written' | 'unit' | 'title' | 'exact' | 'interval'>): SearchFigure | null {
  if (claim.kind !== 'quantity' || typeof claim.value !== 'number' || !Number.isFinite(claim.value)) return null
  const value = canonicalValue(claim.value)
  const parsed = parseWritten(claim.written)
  const percent = (parsed?.percent ?? false) || /^\s*(?:%|percent|per cent)/i.test(claim.unit)
  const rate = rateIn(claim.unit) ?? rateIn(claim.written) ?? rateIn(claim.title)
  const [low, high] = claim.interval ?? [null, null]
  if (low !== null && high !== null && Number.isFinite(low) && Number.isFinite(high) && low <= value && value <= high) {
    return { value, low: canonicalValue(low), high: canonicalValue(high), percent, rate }
  }
  const half = claim.exact || !parsed ? 0 : parsed.step / 2
  return { value, low: canonicalValue(value - half), high: canonicalValue(value + half), percent, rate }
}
