import { CURRENCIES, PERCENT_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from './lexicon'

// The one tokeniser of numbers written in digits. The figure parser (./written), the extractor
// (../extract/quantities) and search (../search/numbers) all find numbers with it, so that "499,000",
// "$1.5bn", "1.8 million" and "77 per cent" are cut into the same parts by all three; the words come
// from the one lexicon (./lexicon). Where the readers deliberately differ, the difference is a rule
// below, named and explained once, and each reader's set of rules is at the end of this file.

/** A scale after the digits: "million" in "1.8 million", "bn" in "$1.5bn". */
export interface TokenScale {
  /** As written: "million", "bn", "K". */
  readonly written: string
  /** The power of ten it multiplies by: 6 for "million". */
  readonly power: number
  /** True for an abbreviation ("k", "bn"), false for a word ("thousand"). */
  readonly abbreviated: boolean
}

/** A number written in digits, found in a text: its place and each of its parts as written. */
export interface NumberToken {
  /** The whole token as written, `text.slice(start, end)`. */
  readonly text: string
  /** UTF-16 offsets into the text, end exclusive. */
  readonly start: number
  readonly end: number
  /** "-" or "−" before the number, or null. */
  readonly sign: string | null
  /** A currency sign ("$", "£", "€") before the digits, or null. */
  readonly currency: string | null
  /** The whole part as written, separators kept: "499,000"; "" for ".5". */
  readonly whole: string
  /** The decimals after the point, without it: "8" for "1.8"; "" for none. */
  readonly fraction: string
  readonly scale: TokenScale | null
  /** What makes it a percentage, as written ("%", "per cent", "pct"), or null. */
  readonly percent: string | null
}

/**
 * The deliberate differences between the readers of numbers. Each reader passes one set of these rules
 * ({@link FIGURE_TOKENS}, {@link ARTICLE_TOKENS}, {@link SEARCH_TOKENS}); everything else is common to all:
 * - the number: digits with thousands separators ("499,000") or without, then decimals ("1.8"), read as
 *   far as they go and never cut short ("1,2345" is no "1"); a token never starts glued to a letter or a
 *   digit of any script, "." or "," ("FY2023", "Ä5", the "2" of "1,2" and the "5" of "1.5" are not tokens);
 * - a scale word ("thousand", "million", …, in any case) may follow the number, after spaces or none;
 * - then "%" or a percent word (in any case), after spaces or none;
 * - a scale ends before any letter or digit ("5 kilometres" is no "5k"), a percent word before any letter
 *   ("5 percentile" is no percentage).
 */
export interface TokenRules {
  /**
   * A leading "-" or "−" is a minus sign. Off in article text, where a hyphen before digits is far more
   * often a dash or a range ("2019-2020", "I-95", "COVID-19") than a minus, and a fall is written in words.
   */
  readonly sign: boolean
  /** The currency signs that belong to a token. The figure parser reads only "$" (see {@link FIGURE_TOKENS}). */
  readonly currencies: readonly string[]
  /**
   * ".5" is a number (0.5). Off in article text, where a leading point is a calibre (".45"), a version
   * or a sentence's full stop before a digit, and reporters write "0.5".
   */
  readonly leadingPoint: boolean
  /**
   * The parts of a token may be separated by a line break. Off in article text: a sentence ends at a line
   * break (../extract/sentences), and a figure must lie inside the one-line quote drafted for it.
   */
  readonly lineBreaks: boolean
  /**
   * A scale abbreviation may follow a space: "499 k". Off in article text, where "5 m" is five metres and
   * "4 b" a list item: there an abbreviation is a scale only glued to its digits ("499k", "$1.5bn").
   */
  readonly spacedAbbreviations: boolean
  /**
   * Which capitals a scale abbreviation may have. 'any': "5MN" and "1.5Bn" are scales (a reader typing a
   * query, a figure's `written`). 'single letters': only "K", "M" and "B" may be capitals, as articles write
   * them ("5K", "$2B"), while "mn" and "bn" are written in lower case; capitals glued to digits beyond that
   * are more often part of a code than a scale, and the extractor leaves them unread ("5MN").
   */
  readonly abbreviationCapitals: 'any' | 'single letters'
  /** The words, beside "%", that make a token a percentage. Search also reads "pct", which a figure's `written` may not be. */
  readonly percentWords: readonly string[]
  /**
   * A token must end where a word may: "5kg", "21st" and "3.5mg" hold no token. Off in search, where the
   * number of "5kg" is still the number 5 (the word "5kg" is indexed too, by ../search/normalise).
   */
  readonly wholeWord: boolean
}

/** Digits with thousands separators: "499,000". */
const GROUPED_DIGITS = String.raw`\d{1,3}(?:,\d{3})+`

/** What a number may not be glued to: a letter or a digit in any script. */
const GLUE = String.raw`[\p{L}\p{N}]`

/** A regex alternative matching a word in any case, its spaces as `space`+: "per cent" → "[pP][eE][rR]\s+[cC]…". */
function anyCase(word: string, space: string): string {
  return word
    .split(' ')
    .map((part) => [...part].map((letter) => (letter.toLowerCase() === letter.toUpperCase() ? letter : `[${letter.toLowerCase()}${letter.toUpperCase()}]`)).join(''))
    .join(`${space}+`)
}

/** Alternatives for a regex, the longest first, so that "bn" is tried before "b". */
function longestFirst(words: readonly string[]): string[] {
  return [...words].sort((a, b) => b.length - a.length)
}

function abbreviations(rules: TokenRules, space: string): string {
  const words = longestFirst(Object.keys(SCALE_ABBREVIATIONS))
  return words.map((word) => (rules.abbreviationCapitals === 'any' || word.length === 1 ? anyCase(word, space) : word)).join('|')
}

function source(rules: TokenRules): string {
  const space = rules.lineBreaks ? String.raw`\s` : String.raw`[^\S\n]`
  const currency = `[${rules.currencies.join('')}]`
  const point = rules.leadingPoint ? String.raw`\.?` : ''
  const sign = rules.sign ? String.raw`(?<sign>[-−](?=${currency}?${point}\d))?` : ''
  // The number is read once, as far as it goes, and never cut shorter to make the rest fit (a lookahead
  // cannot be backtracked into): "3.5mg" and "1,500kg" hold no token where a token must be a whole word,
  // rather than "3" and "1".
  const number = String.raw`(?=(?<number>(?<whole>${GROUPED_DIGITS}|\d+)(?<fraction>\.\d+)?${rules.leadingPoint ? String.raw`|(?<point>\.\d+)` : ''}))\k<number>(?!\p{N})`
  const words = (list: readonly string[]) =>
    longestFirst(list)
      .map((word) => anyCase(word, space))
      .join('|')
  const scale = `(?:${rules.spacedAbbreviations ? `${space}*` : ''}(?<abbreviation>${abbreviations(rules, space)})(?!${GLUE})|${space}*(?<scaleWord>${words(Object.keys(SCALE_WORDS))})(?!${GLUE}))?`
  const percent = `(?:${space}*(?<percentSign>%)|${space}*(?<percentWord>${words(rules.percentWords)})(?!\\p{L}))?`
  return `${sign}(?<currency>${currency})?${number}${scale}${percent}${rules.wholeWord ? `(?!${GLUE})` : ''}`
}

// One pair of compiled patterns per set of rules: scanning a text, and reading a whole string.
const compiled = new WeakMap<TokenRules, { readonly scan: RegExp; readonly whole: RegExp }>()

function patterns(rules: TokenRules): { readonly scan: RegExp; readonly whole: RegExp } {
  let found = compiled.get(rules)
  if (!found) {
    const body = source(rules)
    found = { scan: new RegExp(String.raw`(?<![\p{L}\p{N}.,])${body}`, 'gu'), whole: new RegExp(`^${body}$`, 'u') }
    compiled.set(rules, found)
  }
  return found
}

function tokenOf(match: RegExpMatchArray | RegExpExecArray): NumberToken {
  const groups = match.groups ?? {}
  const start = match.index ?? 0
  const scaleWritten = groups.abbreviation ?? groups.scaleWord
  const scale =
    scaleWritten === undefined
      ? null
      : groups.abbreviation === undefined
        ? { written: scaleWritten, power: SCALE_WORDS[scaleWritten.toLowerCase()] ?? 0, abbreviated: false }
        : { written: scaleWritten, power: SCALE_ABBREVIATIONS[scaleWritten.toLowerCase()] ?? 0, abbreviated: true }
  return {
    text: match[0],
    start,
    end: start + match[0].length,
    sign: groups.sign ?? null,
    currency: groups.currency ?? null,
    whole: groups.whole ?? '',
    fraction: (groups.fraction ?? groups.point ?? '').slice(1),
    scale,
    percent: groups.percentSign ?? groups.percentWord ?? null,
  }
}

/**
 * Every number written in digits in a text, left to right, cut into its parts by the given rules.
 * A run of digits too long for a double is still a token: its readers decide what to do with it.
 * @example scanTokens('$1.5bn, or 77%', ARTICLE_TOKENS).map((token) => token.text) // ['$1.5bn', '77%']
 */
export function scanTokens(text: string, rules: TokenRules): NumberToken[] {
  return [...text.matchAll(patterns(rules).scan)].map(tokenOf)
}

/**
 * The token a string is, when the whole string is exactly one token (no spaces around it); else null.
 * @example readToken('1.8 million', FIGURE_TOKENS)?.scale // { written: 'million', power: 6, abbreviated: false }
 */
export function readToken(text: string, rules: TokenRules): NumberToken | null {
  const match = patterns(rules).whole.exec(text)
  return match ? tokenOf(match) : null
}

/**
 * A figure's `written`, read whole by the figure parser (../figure/written), which content validation and
 * interval arithmetic rely on: generous in form ("499 k", "1.5BN", "77 %"), but "$" is its only currency,
 * because the extractor keeps "£" and "€" in a figure's unit rather than in its written number.
 */
export const FIGURE_TOKENS: TokenRules = {
  sign: true,
  currencies: ['$'],
  leadingPoint: true,
  lineBreaks: true,
  spacedAbbreviations: true,
  abbreviationCapitals: 'any',
  percentWords: PERCENT_WORDS,
  wholeWord: true,
}

/** Numbers inside an article's text (../extract/quantities): prose, where most of what looks like a number is not a figure. */
export const ARTICLE_TOKENS: TokenRules = {
  sign: false,
  currencies: Object.keys(CURRENCIES),
  leadingPoint: false,
  lineBreaks: false,
  spacedAbbreviations: false,
  abbreviationCapitals: 'single letters',
  percentWords: PERCENT_WORDS,
  wholeWord: true,
}

/** Numbers in a query, and in the text the search index is built from (../search/numbers): every spelling a reader might type. */
export const SEARCH_TOKENS: TokenRules = {
  sign: true,
  currencies: Object.keys(CURRENCIES),
  leadingPoint: true,
  lineBreaks: true,
  spacedAbbreviations: true,
  abbreviationCapitals: 'any',
  percentWords: [...PERCENT_WORDS, 'pct'],
  wholeWord: false,
}
