/**
 * A closed interval of real numbers. An open end is ±Infinity in memory and `null` in JSON,
 * so "more than 231,000" is `{ low: 231000, high: Infinity }`.
 */
export interface Interval {
  readonly low: number
  readonly high: number
}

/** @example point(13) // { low: 13, high: 13 } */
export function point(value: number): Interval {
  return interval(value, value)
}

/** @example interval(498_500, 499_500) */
export function interval(low: number, high: number): Interval {
  if (Number.isNaN(low) || Number.isNaN(high)) {
    throw new TypeError(`An interval needs numbers, got [${low}, ${high}]`)
  }
  if (low > high) throw new RangeError(`An interval's low end ${low} is above its high end ${high}`)
  // −0 and 0 are the same bound; keep output free of "-0".
  return { low: low === 0 ? 0 : low, high: high === 0 ? 0 : high }
}

export function isBounded(range: Interval): boolean {
  return Number.isFinite(range.low) && Number.isFinite(range.high)
}

export function isPoint(range: Interval): boolean {
  return range.low === range.high
}

export function overlaps(a: Interval, b: Interval): boolean {
  return a.low <= b.high && b.low <= a.high
}

export function contains(outer: Interval, value: number): boolean {
  return outer.low <= value && value <= outer.high
}

/** The distance between two disjoint intervals (0 when they overlap). */
export function gapBetween(a: Interval, b: Interval): number {
  if (overlaps(a, b)) return 0
  return a.high < b.low ? b.low - a.high : a.low - b.high
}

// 0 × ∞ is NaN in IEEE arithmetic; in interval arithmetic a zero bound times an open end is 0.
function times(x: number, y: number): number {
  if (x === 0 || y === 0) return 0
  return x * y
}

export function add(a: Interval, b: Interval): Interval {
  return interval(a.low + b.low, a.high + b.high)
}

export function subtract(a: Interval, b: Interval): Interval {
  return interval(a.low - b.high, a.high - b.low)
}

export function negate(a: Interval): Interval {
  return interval(-a.high, -a.low)
}

export function multiply(a: Interval, b: Interval): Interval {
  const products = [times(a.low, b.low), times(a.low, b.high), times(a.high, b.low), times(a.high, b.high)]
  return interval(Math.min(...products), Math.max(...products))
}

export class DivisionByZeroError extends RangeError {
  constructor(readonly divisor: Interval) {
    super(
      isPoint(divisor)
        ? 'division by zero'
        : `division by an interval that contains zero [${divisor.low}, ${divisor.high}]`,
    )
    this.name = 'DivisionByZeroError'
  }
}

/** Throws {@link DivisionByZeroError} when the divisor can be zero. */
export function divide(a: Interval, b: Interval): Interval {
  if (contains(b, 0)) throw new DivisionByZeroError(b)
  // Endpoint quotients directly (not via 1/b) so each bound is one correctly rounded division.
  // ∞/∞ is NaN; the other quotients of such a pair already span 0 to ∞, so it adds nothing.
  const quotients = [a.low / b.low, a.low / b.high, a.high / b.low, a.high / b.high].filter((q) => !Number.isNaN(q))
  return interval(Math.min(...quotients), Math.max(...quotients))
}

/** JSON form: `[low, high]` with `null` for an open end. */
export function toJSONPair(range: Interval): [number | null, number | null] {
  return [Number.isFinite(range.low) ? range.low : null, Number.isFinite(range.high) ? range.high : null]
}
