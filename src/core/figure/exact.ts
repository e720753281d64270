// Exact values behind the doubles: a decimal as written and a double as stored, both as BigInt
// integers scaled by a power of ten or two. Interval bounds are rounded against these, so no
// verdict depends on binary noise ("2.3" + "0.05" is 2.3499999999999996 in doubles).

/** A decimal exactly as written: `digits × 10^exponent` ("2.35" is 235 × 10⁻²). */
export interface Decimal {
  readonly digits: bigint
  readonly exponent: number
}

/** A finite double exactly: `mantissa × 2^exponent`. */
export interface Dyadic {
  readonly mantissa: bigint
  readonly exponent: number
}

const ZERO_DECIMAL: Decimal = { digits: 0n, exponent: 0 }

/** @example decimal('2.35') // { digits: 235n, exponent: -2 } */
export function decimal(text: string): Decimal {
  const match = /^([-+]?)(\d*)(?:\.(\d*))?(?:e([-+]?\d+))?$/i.exec(text.trim())
  const [, sign = '', whole = '', fraction = '', power = '0'] = match ?? []
  if (!match || whole + fraction === '') throw new TypeError(`Expected a decimal number, got "${text}"`)
  const digits = BigInt(whole + fraction) * (sign === '-' ? -1n : 1n)
  return digits === 0n ? ZERO_DECIMAL : { digits, exponent: Number(power) - fraction.length }
}

/**
 * The decimal a finite double prints as: the shortest that reads back as the same double, which
 * is the literal as typed for up to 15 significant digits ("0.05", not 0.05000000000000000277…).
 * @example decimalOfNumber(0.05) // { digits: 5n, exponent: -2 }
 */
export function decimalOfNumber(value: number): Decimal {
  if (!Number.isFinite(value)) throw new TypeError(`Expected a finite number, got ${value}`)
  return decimal(String(value))
}

export function decimalToString({ digits, exponent }: Decimal): string {
  return `${digits}e${exponent}`
}

function aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const exponent = Math.min(a.exponent, b.exponent)
  return [a.digits * 10n ** BigInt(a.exponent - exponent), b.digits * 10n ** BigInt(b.exponent - exponent), exponent]
}

export function addDecimals(a: Decimal, b: Decimal): Decimal {
  const [x, y, exponent] = aligned(a, b)
  return { digits: x + y, exponent }
}

export function negateDecimal(a: Decimal): Decimal {
  return { digits: -a.digits, exponent: a.exponent }
}

/** Half of a decimal, still exact: 5 × its digits, one place further right. */
export function halfOfDecimal(a: Decimal): Decimal {
  return { digits: a.digits * 5n, exponent: a.exponent - 1 }
}

export function decimalIsZero(a: Decimal): boolean {
  return a.digits === 0n
}

const bits = new DataView(new ArrayBuffer(8))

/** @example dyadicOf(0.75) // { mantissa: 3n, exponent: -2 } (up to a power of two in the mantissa) */
export function dyadicOf(value: number): Dyadic {
  if (!Number.isFinite(value)) throw new TypeError(`Expected a finite number, got ${value}`)
  bits.setFloat64(0, value)
  const word = bits.getBigUint64(0)
  const biased = Number((word >> 52n) & 0x7ffn)
  const fraction = word & 0xf_ffff_ffff_ffffn
  // Subnormals have no hidden bit and the smallest normal exponent.
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n)
  return { mantissa: word >> 63n ? -mantissa : mantissa, exponent: (biased === 0 ? 1 : biased) - 1075 }
}

export function addDyadics(a: Dyadic, b: Dyadic): Dyadic {
  const exponent = Math.min(a.exponent, b.exponent)
  return {
    mantissa: (a.mantissa << BigInt(a.exponent - exponent)) + (b.mantissa << BigInt(b.exponent - exponent)),
    exponent,
  }
}

export function multiplyDyadics(a: Dyadic, b: Dyadic): Dyadic {
  return { mantissa: a.mantissa * b.mantissa, exponent: a.exponent + b.exponent }
}

function sign(value: bigint): -1 | 0 | 1 {
  return value > 0n ? 1 : value < 0n ? -1 : 0
}

/** The sign of `a − b`, exactly. */
export function compareDyadics(a: Dyadic, b: Dyadic): -1 | 0 | 1 {
  return sign(addDyadics(a, { mantissa: -b.mantissa, exponent: b.exponent }).mantissa)
}

/** The sign of `a − b` for a dyadic and a decimal, exactly: both sides scaled to integers. */
export function compareDyadicDecimal(a: Dyadic, b: Decimal): -1 | 0 | 1 {
  let left = a.mantissa
  let right = b.digits
  if (a.exponent >= 0) left <<= BigInt(a.exponent)
  else right <<= BigInt(-a.exponent)
  if (b.exponent >= 0) right *= 10n ** BigInt(b.exponent)
  else left *= 10n ** BigInt(-b.exponent)
  return sign(left - right)
}
