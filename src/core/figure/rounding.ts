import { addDyadics, compareDyadicDecimal, compareDyadics, decimalToString, dyadicOf, multiplyDyadics, type Decimal } from './exact'

// Directed rounding, one small rule per operation. A double result is kept when it is exact and
// moved one step outward when it is not, so an interval always contains the true value and a
// result that was exact (integer counts, 2 − 2) is never widened.

const float = new Float64Array(1)
const word = new BigInt64Array(float.buffer)

/** The least double above `value`; ∞ and NaN stay as they are. @example nextUp(1) // 1.0000000000000002 */
export function nextUp(value: number): number {
  if (Number.isNaN(value) || value === Infinity) return value
  if (value === 0) return Number.MIN_VALUE
  float[0] = value
  // Doubles of one sign are ordered like their bit patterns: one more is the next away from 0.
  word[0] = word[0]! + (value > 0 ? 1n : -1n)
  return float[0]
}

/** The greatest double below `value`. @example nextDown(1) // 0.9999999999999999 */
export function nextDown(value: number): number {
  return -nextUp(-value)
}

type Sign = -1 | 0 | 1

/** How a double result sits against the true value: +1 above it, −1 below, 0 exact. */
type Excess = () => Sign

function downward(result: number, excess: Excess): number {
  return excess() > 0 ? nextDown(result) : result
}

function upward(result: number, excess: Excess): number {
  return excess() < 0 ? nextUp(result) : result
}

// Integers below 2^53 add and multiply exactly: the common case (counts, days) needs no BigInt.
function safeIntegers(...values: number[]): boolean {
  return values.every(Number.isSafeInteger)
}

// An infinite operand makes an extended-real result (∞ + 1 = ∞), exact as it stands; a finite pair
// that overflows to ±∞ is above (or below) its true value.
function excessOfSum(x: number, y: number, result: number): Excess {
  return () => {
    if (!Number.isFinite(x) || !Number.isFinite(y)) return 0
    if (!Number.isFinite(result)) return result > 0 ? 1 : -1
    if (safeIntegers(x, y, result)) return 0
    return compareDyadics(dyadicOf(result), addDyadics(dyadicOf(x), dyadicOf(y)))
  }
}

// In interval arithmetic 0 × ∞ is 0 (a zero bound times an open end), not IEEE's NaN.
function product(x: number, y: number): number {
  return x === 0 || y === 0 ? 0 : x * y
}

function excessOfProduct(x: number, y: number, result: number): Excess {
  return () => {
    if (x === 0 || y === 0 || !Number.isFinite(x) || !Number.isFinite(y)) return 0
    if (!Number.isFinite(result)) return result > 0 ? 1 : -1
    if (safeIntegers(x, y, result)) return 0
    return compareDyadics(dyadicOf(result), multiplyDyadics(dyadicOf(x), dyadicOf(y)))
  }
}

// q − x/y has the sign of (q·y − x)·sign(y), which is exact in dyadics. x/∞ is 0 as a limit.
function excessOfQuotient(x: number, y: number, result: number): Excess {
  return () => {
    if (Number.isNaN(result) || !Number.isFinite(x) || !Number.isFinite(y) || y === 0) return 0
    if (!Number.isFinite(result)) return result > 0 ? 1 : -1
    const side = compareDyadics(multiplyDyadics(dyadicOf(result), dyadicOf(y)), dyadicOf(x))
    return (y > 0 ? side : -side) as Sign
  }
}

/** The greatest double at or below x + y. @example sumBelow(2.3, 0.05) // 2.3499999999999996 */
export function sumBelow(x: number, y: number): number {
  const result = x + y
  return downward(result, excessOfSum(x, y, result))
}

/** The least double at or above x + y. @example sumAbove(2.3, 0.05) // 2.35 */
export function sumAbove(x: number, y: number): number {
  const result = x + y
  return upward(result, excessOfSum(x, y, result))
}

/** The greatest double at or below x × y. */
export function productBelow(x: number, y: number): number {
  const result = product(x, y)
  return downward(result, excessOfProduct(x, y, result))
}

/** The least double at or above x × y. */
export function productAbove(x: number, y: number): number {
  const result = product(x, y)
  return upward(result, excessOfProduct(x, y, result))
}

/** The greatest double at or below x ÷ y (NaN for ∞ ÷ ∞). */
export function quotientBelow(x: number, y: number): number {
  const result = x / y
  return downward(result, excessOfQuotient(x, y, result))
}

/** The least double at or above x ÷ y (NaN for ∞ ÷ ∞). */
export function quotientAbove(x: number, y: number): number {
  const result = x / y
  return upward(result, excessOfQuotient(x, y, result))
}

/** The double nearest a decimal: how a written figure's face value is stored. */
export function decimalNearest(value: Decimal): number {
  return Number(decimalToString(value))
}

/**
 * The greatest double at or below a decimal: the low end of a written figure's interval.
 * @example decimalBelow(decimal('2.35')) // 2.3499999999999996
 */
export function decimalBelow(value: Decimal): number {
  let result = decimalNearest(value)
  if (result === Infinity) return Number.MAX_VALUE
  if (result === -Infinity) return result
  // Number() rounds to nearest (it may cut digits past the 20th, so step until it holds).
  while (compareDyadicDecimal(dyadicOf(result), value) > 0) result = nextDown(result)
  return result
}

/**
 * The least double at or above a decimal: the high end of a written figure's interval.
 * @example decimalAbove(decimal('2.35')) // 2.35
 */
export function decimalAbove(value: Decimal): number {
  let result = decimalNearest(value)
  if (result === -Infinity) return -Number.MAX_VALUE
  if (result === Infinity) return result
  while (compareDyadicDecimal(dyadicOf(result), value) < 0) result = nextUp(result)
  return result
}
