// What a check computes and how a reader sees it: no mathjs here, so pages that only display
// results do not bundle the expression parser.
import { formatDay, formatNumber, isPinned, type Interval } from '../figure'

/** A value in a check: a nominal number (the figures as written) and the interval rounding allows. */
export interface CheckValue {
  readonly nominal: number
  readonly interval: Interval
  /** Dates are day numbers (days since 1970-01-01); they display as dates. */
  readonly kind: 'number' | 'date'
  /** Whether an open-ended figure ("more than …") went into it: then any result is only a bound. */
  readonly openEnded?: boolean
}

/** One line of worked arithmetic, in the order a reader would do it. */
export interface Step {
  readonly text: string
  readonly result: CheckValue
  /** The claim a `ref(...)` step reads its figure from. */
  readonly claimId?: string
  /** The dataset a step read (its id), for checks against the record. */
  readonly dataset?: string
  /** The series read, "dataset-id/series-id". */
  readonly series?: string
  /** The months read, each with its published count and what the dataset's rounding allows. */
  readonly rows?: readonly RecordRow[]
  /** The step reads the check's hand-completed citation. */
  readonly cited?: boolean
}

/** One month of official data a check used. */
export interface RecordRow {
  readonly month: string
  readonly count: number
  readonly low: number
  readonly high: number
}

/** One end of an inferred input's plausible range, and the check's result there. */
export interface InferredEnd {
  /** The input as written at this end: `days("2024-06-05", "2024-06-17")`. */
  readonly input: string
  readonly value: CheckValue
  readonly computed: CheckValue
  /** A check status (see ./status). */
  readonly status: string
}

/** An input the article does not state but the check had to infer, with how the result moves across its plausible range. */
export interface InferredInput {
  /** The input as the check's expression writes it. */
  readonly input: string
  /** Why it is inferred and why the range is plausible. */
  readonly reason: string
  readonly value: CheckValue
  /** The low and the high end of the plausible range. */
  readonly ends: readonly [InferredEnd, InferredEnd]
}

export type Relation = 'larger' | 'largerEq' | 'smaller' | 'smallerEq' | 'equal' | 'unequal'

export const RELATION_SYMBOLS: Record<Relation, string> = {
  larger: '>',
  largerEq: '≥',
  smaller: '<',
  smallerEq: '≤',
  equal: '≈',
  unequal: '≠',
}

const MS_PER_DAY = 86_400_000

/** "July 2020" when an interval of days is exactly one calendar month, else undefined. */
function wholeMonth(range: Interval): string | undefined {
  const first = new Date(range.low * MS_PER_DAY)
  const last = new Date(range.high * MS_PER_DAY)
  const nextDay = new Date((range.high + 1) * MS_PER_DAY)
  if (!Number.isFinite(range.low) || !Number.isFinite(range.high)) return undefined
  if (first.getUTCDate() !== 1 || nextDay.getUTCDate() !== 1 || first.getUTCMonth() !== last.getUTCMonth() || first.getUTCFullYear() !== last.getUTCFullYear()) return undefined
  return first.toLocaleString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' })
}

/** A value as a reader sees it: "648,000", "September 30, 2023", "July 2020" for a month. */
export function display(value: CheckValue): string {
  if (value.kind !== 'date') return formatNumber(value.nominal)
  const month = value.nominal === value.interval.low ? wholeMonth(value.interval) : undefined
  return month ?? formatDay(value.nominal)
}

// Outward rounding moves an end a step or two of ~1e-16 past the value it encloses (76.5 ÷ 100 ×
// 647,500 has the low end 495,337.49999999994 for 495,337.5); at 15 significant digits it reads as
// that value again, so rounding for display lands where the exact end would.
function readable(value: number): number {
  return Number(value.toPrecision(15))
}

/** An interval as a reader sees it: "498,500 – 499,500", "at least 231,000", "exactly 13". */
export function displayInterval(range: Interval, kind: CheckValue['kind'] = 'number'): string {
  const show = (value: number) => (kind === 'date' ? formatDay(value) : formatNumber(readable(value)))
  // An exact value no double holds (an exact "2.3", 2.3 + 0.05) is two doubles wide; still exact.
  if (isPinned(range)) return `exactly ${show(range.low)}`
  const month = kind === 'date' ? wholeMonth(range) : undefined
  if (month) return `the whole of ${month}`
  if (range.high === Infinity && range.low === -Infinity) return 'any value'
  if (range.high === Infinity) return `at least ${show(range.low)}`
  if (range.low === -Infinity) return `at most ${show(range.high)}`
  return `${show(range.low)} – ${show(range.high)}`
}

/**
 * A bound read beside its face value, for a result computed from an open-ended figure: the end of
 * the interval nearest the nominal reading is the strict bound ("more than 3,900" taken as 3,900
 * gives a fall of 17.9%; the strict reading, at least 16.7%). Null when the value is not a bound.
 * @example boundReading({ nominal: -17.95, interval: { low: -100, high: -16.67 }, kind: 'number', openEnded: true })
 * // { bound: 'at most −16.67', faceValue: '−17.95' }
 */
export function boundReading(value: CheckValue): { readonly bound: string; readonly faceValue: string } | null {
  const { low, high } = value.interval
  const bounded = Number.isFinite(low) && Number.isFinite(high)
  if (bounded && !value.openEnded) return null
  if (!Number.isFinite(value.nominal)) return null
  const show = (n: number) => (value.kind === 'date' ? formatDay(n) : formatNumber(n))
  const useHigh = !Number.isFinite(low) || (Number.isFinite(high) && Math.abs(high - value.nominal) <= Math.abs(value.nominal - low))
  if (useHigh && !Number.isFinite(high)) return null
  return { bound: useHigh ? `at most ${show(high)}` : `at least ${show(low)}`, faceValue: show(value.nominal) }
}
