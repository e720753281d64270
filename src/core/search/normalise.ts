/**
 * Text normalisation shared by the index build, the query parser and the highlighter. A word goes
 * through {@link termOf} everywhere, so what the index stores and what a reader types always meet.
 */

/** A word of a text with its place in the original string (UTF-16 offsets, end exclusive). */
export interface WordToken {
  readonly term: string
  readonly start: number
  readonly end: number
}

// Lone surrogates are replaced one for one, so offsets into the original string stay valid.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g
const COMBINING_MARKS = /\p{M}+/gu
// Letters, marks and digits, with inner apostrophes ("don't", "Biden’s") kept in the word.
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu

/**
 * Replaces lone surrogates with U+FFFD so that every later step sees well-formed text.
 * @example wellFormed('a\uD800b') // 'a\uFFFDb'
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD')
}

/**
 * Lower case without accents: "Éxodo" and "exodo" are the same word to a reader typing quickly.
 * @example foldText('Éxodo ÀB') // 'exodo ab'
 */
export function foldText(text: string): string {
  return wellFormed(text).normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase()
}

/** Words whose final "s" is not a plural; stripping it would merge them with unrelated words. */
const NOT_PLURAL = new Set([
  'news',
  'always',
  'perhaps',
  'thus',
  'does',
  'has',
  'was',
  'yes',
  'gas',
  'bias',
  'texas',
  'kansas',
  'arkansas',
  'los',
  'las',
  'christmas',
  'canvas',
  'atlas',
  'whereas',
  'besides',
  'sometimes',
  'afterwards',
  'towards',
  'overseas',
  'politics',
  'economics',
  'statistics',
  'mathematics',
  'physics',
  'ethics',
  'abroad',
])

/**
 * The index term of one word: folded, possessive dropped, plural reduced to its singular, so that
 * "Crossings", "crossing" and "crossings" meet. Returns '' for text with no letters or digits.
 * @example termOf('Crossings') // 'crossing'
 * @example termOf('Biden’s')   // 'biden'
 * @example termOf('cities')    // 'city'
 */
export function termOf(word: string): string {
  let term = foldText(word)
    .replace(/['’]s$/, '')
    .replace(/['’]/g, '')
  term = term.replace(/[^\p{L}\p{N}]/gu, '')
  if (term.length <= 3 || NOT_PLURAL.has(term) || /\d/.test(term)) return term
  if (term.endsWith('sses')) return term.slice(0, -2)
  if (term.endsWith('ies') && term.length > 4) return `${term.slice(0, -3)}y`
  if (/(?:ss|us|is|ous)$/.test(term)) return term
  if (/(?:xes|ches|shes|zzes)$/.test(term)) return term.slice(0, -2)
  if (term.endsWith('s')) return term.slice(0, -1)
  return term
}

/**
 * Every word of a text as an index term with its offsets. Pure numbers are left to the number
 * scanner (src/core/search/numbers.ts); words mixing letters and digits ("FY2023") stay words.
 * @example wordTokens('Fox News') // [{ term: 'fox', start: 0, end: 3 }, { term: 'news', start: 4, end: 8 }]
 */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = []
  for (const match of wellFormed(text).matchAll(WORD)) {
    const raw = match[0]
    if (/^[\p{N}'’]+$/u.test(raw)) continue
    const term = termOf(raw)
    if (term !== '') tokens.push({ term, start: match.index, end: match.index + raw.length })
  }
  return tokens
}

/**
 * Words too common to be required in a query: "in absentia" needs "absentia", and "in" only
 * adds to the score where it matches.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'of',
  'in',
  'on',
  'at',
  'to',
  'for',
  'and',
  'or',
  'by',
  'with',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'that',
  'this',
  'it',
  'its',
  'as',
  'into',
  'than',
  'but',
  'not',
  'no',
  'per',
  'each',
])

/**
 * A facet value's key, safe in a URL: "New York Post" → "new-york-post". The same function
 * names the value in the index, in the URL and in the filter list.
 * @example facetKey('Crossings per day') // 'crossings-per-day'
 */
export function facetKey(label: string): string {
  return foldText(label)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}
