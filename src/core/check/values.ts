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

