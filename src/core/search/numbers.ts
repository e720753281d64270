import { SEARCH_TOKENS, scanTokens } from '../figure/tokens'
import { numberOfToken } from '../figure/written'
import { foldText, wellFormed } from './normalise'

/**
 * Numbers as readers and writers spell them. Every spelling goes through {@link scanNumbers},
 * which finds it with the one tokeniser and reads it as the figure parser does ({@link numberOfToken}), so "499,000", "499k",
 * "499 thousand" and "0.499 million" all become 499000 in the index, in a query and on the page.
 */

/** The period a rate is counted over: "3,200 a day". */
export type Rate = 'day' | 'week' | 'month' | 'year'

/** A number found in a text, with its place (UTF-16 offsets, end exclusive). */
export interface NumberMention {
  readonly value: number
  readonly percent: boolean
  readonly rate: Rate | null
  /** The step of the last written digit, as the figure parser reads it. */
  readonly step: number
  readonly start: number
  readonly end: number
}

const RATE = String.raw`(?:(?:(?:a|an|per|each|every)\s+|/\s*)(?:day|week|month|year)|daily|weekly|monthly|yearly|annually)(?![\p{L}])`
// A rate phrase right after a number ("3,200 a day"), tried where the number ends.
const RATE_AFTER = new RegExp(String.raw`\s*(?:${RATE})`, 'iuy')
const RATE_ALONE = new RegExp(String.raw`(?<![\p{L}])(?:${RATE})`, 'iu')

/** Reads a rate phrase: "a day", "per week", "daily" → its period. */
function rateOfPhrase(phrase: string): Rate | null {
  const text = phrase.toLowerCase()
  if (/day|daily/.test(text)) return 'day'
  if (/week/.test(text)) return 'week'
  if (/month/.test(text)) return 'month'
  if (/year|annual/.test(text)) return 'year'
  return null
}

/**
 * The rate a text names anywhere, such as a unit: "crossings per day" → 'day'.
 * @example rateIn('crossings per day') // 'day'
 * @example rateIn('migrants')          // null
 */
export function rateIn(text: string): Rate | null {
  const match = RATE_ALONE.exec(foldText(text))
  return match ? rateOfPhrase(match[0]) : null
}

/**
 * Every number in a text, read with the figure parser. Long runs of digits that do not fit a
 * double, and malformed separators, are skipped rather than guessed at.
 * @example scanNumbers('about 3,200 a day')[0] // { value: 3200, percent: false, rate: 'day', step: 100, start: 6, end: 17 }
 * @example scanNumbers('0.499 million')[0]?.value // 499000
 */
export function scanNumbers(text: string): NumberMention[] {
  const mentions: NumberMention[] = []
  const clean = wellFormed(text)
  // Every spelling a reader might type (../figure/tokens: SEARCH_TOKENS), then a rate after it.
  for (const token of scanTokens(clean, SEARCH_TOKENS)) {
    const parsed = numberOfToken(token)
    if (!parsed) continue
    RATE_AFTER.lastIndex = token.end
    const rate = RATE_AFTER.exec(clean)
    mentions.push({
      value: canonicalValue(parsed.value),
      percent: parsed.percent,
      rate: rate ? rateOfPhrase(rate[0]) : null,
      step: parsed.step,
      start: token.start,
      end: token.end + (rate ? rate[0].length : 0),
    })
  }
  return mentions
}

/**
 * A value with binary noise removed, so that 0.499 × 10⁶ and 499000 are the same number.
 * @example canonicalValue(0.499 * 1e6) // 499000
 */
export function canonicalValue(value: number): number {
  if (!Number.isFinite(value)) return value
  const clean = Number(value.toPrecision(12))
  return clean === 0 ? 0 : clean
}

/**
 * The index key of a number mentioned in text: "#499000", "#%77". Percentages have their own key
 * so that "77%" does not match "77 migrants"; a bare "77" in a query looks up both.
 * @example numberKey(77, true) // '#%77'
 */
export function numberKey(value: number, percent: boolean): string {
  return `#${percent ? '%' : ''}${canonicalValue(value)}`
}

/** The smallest and largest bucket indexes of the figure index. */
export const BUCKET_MIN = -2
export const BUCKET_MAX = 15

/**
 * The figure-index bucket of a value: its order of magnitude. Negative values share bucket −2,
 * values in [0, 1) bucket −1, [1, 10) bucket 0, [10, 100) bucket 1, …, 10¹⁵ and above bucket 15.
 * @example bucketOf(499000) // 5
 */
export function bucketOf(value: number): number {
  if (Number.isNaN(value)) return BUCKET_MIN
  if (value < 0) return BUCKET_MIN
  if (value < 1) return -1
  if (value >= 1e15) return BUCKET_MAX
  // Counting digits avoids log10's rounding at exact powers of ten.
  return String(Math.floor(value)).length - 1
}

/** The kind part of a bucket name: percentages and counts are kept apart. */
export type FigureKind = 'p' | 'n'

/** @example bucketName('n', 5) // 'n5' */
export function bucketName(kind: FigureKind, bucket: number): string {
  return `${kind}${bucket < 0 ? `m${-bucket}` : bucket}`
}
