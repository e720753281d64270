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
  if (range.high === Infinity && range.low === -Infinity) return 'any value'
  if (range.high === Infinity) return `at least ${show(range.low)}`
  if (range.low === -Infinity) return `at most ${show(range.high)}`
  return `${show(range.low)} – ${show(range.high)}`
}

