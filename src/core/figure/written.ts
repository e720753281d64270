import { type Decimal } from './exact'
import { NUMBER_WORDS } from './lexicon'
import { decimalNearest } from './rounding'
import { FIGURE_TOKENS, readToken, type NumberToken } from './tokens'

/** A number as a writer put it: its value and the step of its last written digit. */
export interface WrittenNumber {
  readonly value: number
  /** Size of the last significant written unit: 1000 for "499,000", 1 for "77%", 0.1 for "1.8". 0 = exact. */
  readonly step: number
  readonly percent: boolean
}

/** The same figure as exact decimals, which interval bounds are computed from. */
export interface WrittenDecimal {
  readonly value: Decimal
  /** 0 for a number that is exact as written ("two"). */
  readonly step: Decimal
  readonly percent: boolean
}

/**
 * Parses a figure as written, keeping its precision. Returns `null` for text that is not a number.
 * Trailing zeros of a whole number are read as rounding ("42,000" is to the nearest thousand).
 * `value` and `step` are the doubles nearest the written decimals.
 * @example parseWritten('499,000') // { value: 499000, step: 1000, percent: false }
 * @example parseWritten('77%')     // { value: 77, step: 1, percent: true }
 */
export function parseWritten(written: string): WrittenNumber | null {
  const parsed = parseWrittenDecimal(written)
  return parsed ? nearest(parsed) : null
}

/**
 * {@link parseWritten} with exact decimals: the digits as written, scaled by the scale word.
 * @example parseWrittenDecimal('1.8 million') // { value: 18 × 10⁵, step: 1 × 10⁵, percent: false }
 */
export function parseWrittenDecimal(written: string): WrittenDecimal | null {
  if (typeof written !== 'string') return null
  const text = written.trim().replace(/\s+/g, ' ')
  if (text === '') return null

  const word = NUMBER_WORDS[text.toLowerCase()]
  if (word !== undefined) return { value: { digits: BigInt(word), exponent: 0 }, step: { digits: 0n, exponent: 0 }, percent: false }

  const token = readToken(text, FIGURE_TOKENS)
  return token ? decimalOfToken(token) : null
}

/**
 * The number a token found by ../figure/tokens stands for, as {@link parseWritten} reads it: the same
 * value whichever reader found it. Null when it does not fit a double.
 * @example numberOfToken(readToken('77%', FIGURE_TOKENS)!) // { value: 77, step: 1, percent: true }
 */
export function numberOfToken(token: Pick<NumberToken, 'sign' | 'whole' | 'fraction' | 'scale' | 'percent'>): WrittenNumber | null {
  const parsed = decimalOfToken(token)
  return parsed ? nearest(parsed) : null
}

/**
 * {@link numberOfToken} with exact decimals. Trailing zeros of a whole number are read as rounding.
 * @example decimalOfToken(readToken('1.8 million', FIGURE_TOKENS)!) // { value: 18 × 10⁵, step: 1 × 10⁵, percent: false }
 */
export function decimalOfToken(token: Pick<NumberToken, 'sign' | 'whole' | 'fraction' | 'scale' | 'percent'>): WrittenDecimal | null {
  const whole = (token.whole || '0').replace(/,/g, '')
  const scale = token.scale?.power ?? 0
  const digits = BigInt(whole + token.fraction) * (token.sign ? -1n : 1n)
  const value: Decimal = digits === 0n ? { digits: 0n, exponent: 0 } : { digits, exponent: scale - token.fraction.length }
  if (!Number.isFinite(decimalNearest(value))) return null

  // One decimal place or more: the last one is the step. A whole number: its trailing zeros are.
  const trailingZeros = /^0+$/.test(whole) ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0)
  const stepExponent = token.fraction.length > 0 ? -token.fraction.length : trailingZeros
  return { value, step: { digits: 1n, exponent: stepExponent + scale }, percent: token.percent !== null }
}

// The doubles nearest a written decimal, with −0 read as 0.
function nearest(parsed: WrittenDecimal): WrittenNumber | null {
  const value = decimalNearest(parsed.value)
  if (!Number.isFinite(value)) return null
  return { value: value === 0 ? 0 : value, step: decimalNearest(parsed.step), percent: parsed.percent }
}
