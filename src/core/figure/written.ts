import { type Decimal } from './exact'
import { GROUPED_DIGITS, NUMBER_WORDS, PERCENT_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from './lexicon'
import { decimalNearest } from './rounding'

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

// Powers of ten, so "1.8 million" stays the exact decimal 18 × 10⁵.
const SCALES: Readonly<Record<string, number>> = { ...SCALE_ABBREVIATIONS, ...SCALE_WORDS }

// "$" only: a figure is not read with "£" or "€" (the extractor keeps those out of the written figure, in its unit).
const NUMERIC = new RegExp(
  String.raw`^(?<sign>[-−])?\$?(?<digits>${GROUPED_DIGITS}|\d+)?(?<fraction>\.\d+)?\s*(?<scale>${Object.keys(SCALES).join('|')})?\s*(?<percent>${['%', ...PERCENT_WORDS].join('|')})?$`,
  'i',
)

/**
 * Parses a figure as written, keeping its precision. Returns `null` for text that is not a number.
 * Trailing zeros of a whole number are read as rounding ("42,000" is to the nearest thousand).
 * `value` and `step` are the doubles nearest the written decimals.
 * @example parseWritten('499,000') // { value: 499000, step: 1000, percent: false }
 * @example parseWritten('77%')     // { value: 77, step: 1, percent: true }
 */
export function parseWritten(written: string): WrittenNumber | null {
  const parsed = parseWrittenDecimal(written)
  if (!parsed) return null
  const value = decimalNearest(parsed.value)
  if (!Number.isFinite(value)) return null
  return { value: value === 0 ? 0 : value, step: decimalNearest(parsed.step), percent: parsed.percent }
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

  const match = NUMERIC.exec(text)
  const groups = match?.groups
  if (!groups || (groups.digits === undefined && groups.fraction === undefined)) return null

  const whole = (groups.digits ?? '0').replace(/,/g, '')
  const fractionDigits = (groups.fraction ?? '').slice(1)
  const scale = groups.scale ? (SCALES[groups.scale.toLowerCase()] ?? 0) : 0
  const digits = BigInt(whole + fractionDigits) * (groups.sign ? -1n : 1n)
  const value: Decimal = digits === 0n ? { digits: 0n, exponent: 0 } : { digits, exponent: scale - fractionDigits.length }
  if (!Number.isFinite(decimalNearest(value))) return null

  // One decimal place or more: the last one is the step. A whole number: its trailing zeros are.
  const trailingZeros = /^0+$/.test(whole) ? 0 : (/0*$/.exec(whole)?.[0].length ?? 0)
  const stepExponent = fractionDigits.length > 0 ? -fractionDigits.length : trailingZeros
  return { value, step: { digits: 1n, exponent: stepExponent + scale }, percent: Boolean(groups.percent) }
}
