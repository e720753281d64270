// What a check computes and how a reader sees it: no mathjs here, so pages that only display
// results do not bundle the expression parser.
import { formatDay, formatNumber, isPoint, type Interval } from '../figure'

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
  /** The dataset (its id) a step reads its value from: such a check is a record check. */
  readonly dataset?: string
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

/** A value as a reader sees it: "648,000", "September 30, 2023". */
export function display(value: CheckValue): string {
  return value.kind === 'date' ? formatDay(value.nominal) : formatNumber(value.nominal)
}

/** An interval as a reader sees it: "498,500 – 499,500", "at least 231,000", "exactly 13". */
export function displayInterval(range: Interval, kind: CheckValue['kind'] = 'number'): string {
  const show = (value: number) => (kind === 'date' ? formatDay(value) : formatNumber(value))
  if (isPoint(range)) return `exactly ${show(range.low)}`
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
