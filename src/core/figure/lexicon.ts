// The one vocabulary of numbers as written: number words, scale words and abbreviations, percent
// words and currency signs. The figure parser (./written), the extractor (../extract/quantities) and
// search (../search/numbers) find numbers written in digits with the one tokeniser (./tokens), which
// reads these lists, so a word added here is read the same way by all three. Where one reader
// deliberately accepts more (search reads "pct" in a query, which a figure's `written` may not be),
// ./tokens says so.

/** "one" … "nineteen", in order. */
export const UNIT_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
] as const
/** "twenty" … "ninety", in order. */
export const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const

/** The counts 1–19 and the tens to 90 as one word, with their values. @example SMALL_NUMBERS.seven // 7 */
export const SMALL_NUMBERS: Readonly<Record<string, number>> = Object.fromEntries([
  ...UNIT_WORDS.map((word, index) => [word, index + 1] as const),
  ...TENS_WORDS.map((word, index) => [word, (index + 2) * 10] as const),
])

/**
 * Every number word a figure can be written as on its own, with its value: exact, since "two weeks"
 * is 14 days, not 10–30. @example NUMBER_WORDS.dozen // 12
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = { zero: 0, ...SMALL_NUMBERS, hundred: 100, dozen: 12 }

/** "twenty-five", "seven", "ninety": a cardinal of one or two words, as a regex fragment. */
export const CARDINAL_WORD = `(?:(?:${TENS_WORDS.join('|')})(?:-(?:${UNIT_WORDS.slice(0, 9).join('|')}))?|${UNIT_WORDS.join('|')})`

/** Scale words as powers of ten, in increasing order ("1.8 million" is 18 × 10⁵ exactly). */
export const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 3, million: 6, billion: 9, trillion: 12 }
/** "hundred" scales a spelled-out number ("two hundred") but never digits ("5 hundred" is not read). */
export const HUNDRED = { hundred: 2 } as const
/** The spelled-out scales with their values, "hundred" first. @example SPELLED_SCALES.million // 1000000 */
export const SPELLED_SCALES: Readonly<Record<string, number>> = Object.fromEntries(Object.entries({ ...HUNDRED, ...SCALE_WORDS }).map(([word, power]) => [word, 10 ** power]))
/** Abbreviated scales after digits: "499k", "$1.5bn". */
export const SCALE_ABBREVIATIONS: Readonly<Record<string, number>> = { k: 3, m: 6, mn: 6, b: 9, bn: 9 }

/** The words that make a figure a percentage, beside the sign "%". */
export const PERCENT_WORDS = ['percent', 'per cent'] as const

/** Currency signs a figure may carry, and the unit each stands for. */
export const CURRENCIES: Readonly<Record<string, string>> = { $: 'US dollars', '£': 'pounds', '€': 'euros' }
