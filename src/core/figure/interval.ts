import { decimalAbove, decimalBelow, productAbove, productBelow, quotientAbove, quotientBelow, sumAbove, sumBelow } from './rounding'
import type { Decimal } from './exact'

/**
 * A closed interval of real numbers. An open end is ±Infinity in memory and `null` in JSON,
 * so "more than 231,000" is `{ low: 231000, high: Infinity }`. Its ends are doubles rounded
 * outward, so it always contains the exact interval it stands for: no value is lost to binary noise.
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

/**
 * The tightest interval of doubles around an exact decimal: one double when it has one ("0.5"),
 * else the two either side ("2.3"). How a literal in a check and an exact figure enter the arithmetic.
 * @example enclose(decimal('0.5')) // { low: 0.5, high: 0.5 }
 */
export function enclose(value: Decimal): Interval {
  return interval(decimalBelow(value), decimalAbove(value))
}

export function isBounded(range: Interval): boolean {
  return Number.isFinite(range.low) && Number.isFinite(range.high)
}

export function isPoint(range: Interval): boolean {
  return range.low === range.high
}

// Widest gap, relative to the ends, that still pins a single value: a few steps of outward rounding
// around an exact result (2.3 + 0.05) are ~1e-16 wide; no figure is written to 12 digits.
const PINNED_WIDTH = 2 ** -40

/**
 * Whether the interval pins one value: a point, or the few doubles around an exact value that no
 * double holds (2.3 + 0.05). Display says "exactly" for it; comparisons still use both ends.
 */
export function isPinned(range: Interval): boolean {
  if (isPoint(range)) return true
  if (!isBounded(range)) return false
  return range.high - range.low <= PINNED_WIDTH * Math.max(Math.abs(range.low), Math.abs(range.high))
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

// Each bound is rounded outward (./rounding): down for the low end, up for the high end, and kept
// as is when the double result is exact.
export function add(a: Interval, b: Interval): Interval {
  return interval(sumBelow(a.low, b.low), sumAbove(a.high, b.high))
}

export function subtract(a: Interval, b: Interval): Interval {
  return interval(sumBelow(a.low, -b.high), sumAbove(a.high, -b.low))
}

export function negate(a: Interval): Interval {
  return interval(-a.high, -a.low)
}

const cross = (a: Interval, b: Interval) =>
  [
    [a.low, b.low],
    [a.low, b.high],
    [a.high, b.low],
    [a.high, b.high],
  ] as const

/** The extreme endpoint products; 0 × ∞ counts as 0 (a zero bound times an open end). */
export function multiply(a: Interval, b: Interval): Interval {
  const pairs = cross(a, b)
  return interval(Math.min(...pairs.map(([x, y]) => productBelow(x, y))), Math.max(...pairs.map(([x, y]) => productAbove(x, y))))
}

export class DivisionByZeroError extends RangeError {
  constructor(readonly divisor: Interval) {
    super(isPinned(divisor) ? 'division by zero' : `division by an interval that contains zero [${divisor.low}, ${divisor.high}]`)
    this.name = 'DivisionByZeroError'
  }
}

/** Throws {@link DivisionByZeroError} when the divisor can be zero. */
export function divide(a: Interval, b: Interval): Interval {
  if (contains(b, 0)) throw new DivisionByZeroError(b)
  // Endpoint quotients directly (not via 1/b) so each bound is one outward-rounded division.
  // ∞/∞ is NaN; the other quotients of such a pair already span 0 to ∞, so it adds nothing.
  const pairs = cross(a, b)
  const lows = pairs.map(([x, y]) => quotientBelow(x, y)).filter((q) => !Number.isNaN(q))
  const highs = pairs.map(([x, y]) => quotientAbove(x, y)).filter((q) => !Number.isNaN(q))
  return interval(Math.min(...lows), Math.max(...highs))
}

/** JSON form: `[low, high]` with `null` for an open end. */
export function toJSONPair(range: Interval): [number | null, number | null] {
  return [Number.isFinite(range.low) ? range.low : null, Number.isFinite(range.high) ? range.high : null]
}
