import { STOPWORDS, wellFormed, wordTokens } from './normalise'
import { scanNumbers, type Rate } from './numbers'

/**
 * A query as typed, read into words, numbers and comparisons. Numbers go through the same
 * scanner as the index, so every spelling the index knows is understood here too.
 */

/** A word of the query. The last word, while the reader is still typing it, matches as a prefix. */
export interface QueryWord {
  readonly term: string
  readonly prefix: boolean
  /** A stopword counts where it matches but is not required. */
  readonly optional: boolean
  readonly start: number
  readonly end: number
}

/** A number to look for: a claim matches when its figure is the number or its interval holds it. */
export interface QueryNumber {
  readonly value: number
  readonly percent: boolean
  readonly rate: Rate | null
  readonly start: number
  readonly end: number
}

/** A comparison, as the closed range of figure values it keeps: "over 100,000" is [100000, ∞]. */
export interface QueryRange {
  readonly low: number
  readonly high: number
  readonly percent: boolean
  readonly rate: Rate | null
}

export interface ParsedQuery {
  readonly words: readonly QueryWord[]
  readonly numbers: readonly QueryNumber[]
  readonly ranges: readonly QueryRange[]
}

/** Longer queries are cut: nobody types past this, and work per keystroke stays bounded. */
export const MAX_QUERY_LENGTH = 200
/** At most this many words and numbers take part; the rest of a pasted paragraph is ignored. */
export const MAX_QUERY_PARTS = 10

// Comparisons are inclusive: a figure is rounded, so one written as the bound may lie either side.
const ABOVE = String.raw`>=|≥|>|over|above|more\s+than|greater\s+than|higher\s+than|at\s+least|upwards\s+of|exceeding|no\s+less\s+than`
const BELOW = String.raw`<=|≤|<|under|below|less\s+than|fewer\s+than|lower\s+than|at\s+most|up\s+to|no\s+more\s+than`
const OPERATOR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])(?<op>${ABOVE}|${BELOW}|between|from)\s*$`, 'iu')
const ABOVE_ONLY = new RegExp(String.raw`^(?:${ABOVE})$`, 'iu')
// Hedges before a number add nothing to a search: "about 3,200" looks for 3,200.
const HEDGE_BEFORE = /(?:^|[^\p{L}\p{N}])(?:about|around|roughly|approximately|some|nearly|almost|circa|an\s+estimated|~)\s*$/iu
const RANGE_JOIN = /^\s*(?:-|–|—|to)\s*$/i
const BETWEEN_JOIN = /^\s*(?:-|–|—|to|and)\s*$/i

/** An empty query: no words, no numbers, no comparisons. */
export const EMPTY_QUERY: ParsedQuery = { words: [], numbers: [], ranges: [] }

/**
 * Reads a query. Never throws: any string gives a query, possibly an empty one.
 * @example parseQuery('77 percent').numbers[0] // { value: 77, percent: true, rate: null, … }
 * @example parseQuery('> 3000 per day').ranges[0] // { low: 3000, high: Infinity, percent: false, rate: 'day' }
 * @example parseQuery('asylm').words[0] // { term: 'asylm', prefix: true, optional: false, … }
 */
export function parseQuery(input: unknown): ParsedQuery {
  if (typeof input !== 'string') return EMPTY_QUERY
  const text = wellFormed(input.slice(0, MAX_QUERY_LENGTH))
  // Spans of the text that numbers and operators used up; words are read from the rest.
  const used: [number, number][] = []
  const numbers: QueryNumber[] = []
  const ranges: QueryRange[] = []
  const mentions = scanNumbers(text)

  for (let index = 0; index < mentions.length; index++) {
    const mention = mentions[index] as (typeof mentions)[number]
    const previousEnd = index > 0 ? (mentions[index - 1] as (typeof mentions)[number]).end : 0
    const before = text.slice(previousEnd, mention.start)
    const operator = OPERATOR_BEFORE.exec(before)
    const op = operator?.groups?.op?.replace(/\s+/g, ' ').toLowerCase()
    const opStart = operator ? previousEnd + operator.index : mention.start
    const next = mentions[index + 1]
    const join = next ? text.slice(mention.end, next.start) : ''
    const isRange = next !== undefined && (op === 'between' ? BETWEEN_JOIN : RANGE_JOIN).test(join)

    if (next && isRange && (op === undefined || op === 'between' || op === 'from')) {
      // "between 3,000 and 4,000", "3,000–4,000": both ends, in either order.
      ranges.push({
        low: Math.min(mention.value, next.value),
        high: Math.max(mention.value, next.value),
        percent: mention.percent || next.percent,
        rate: mention.rate ?? next.rate,
      })
      used.push([opStart, next.end])
      index++
    } else if (op !== undefined && op !== 'between' && op !== 'from') {
      const above = ABOVE_ONLY.test(op)
      ranges.push({ low: above ? mention.value : -Infinity, high: above ? Infinity : mention.value, percent: mention.percent, rate: mention.rate })
      used.push([opStart, mention.end])
    } else {
      const hedge = HEDGE_BEFORE.exec(before)
      numbers.push({ value: mention.value, percent: mention.percent, rate: mention.rate, start: mention.start, end: mention.end })
      used.push([hedge ? previousEnd + hedge.index : mention.start, mention.end])
    }
  }

  const blanked = used.reduce((current, [start, end]) => current.slice(0, start) + ' '.repeat(end - start) + current.slice(end), text)
  const tokens = wordTokens(blanked)
  const endsOpen = !/\s$/.test(text)
  const words = tokens.map((token, index): QueryWord => ({
    term: token.term,
    prefix: endsOpen && index === tokens.length - 1 && token.end === text.length,
    optional: STOPWORDS.has(token.term),
    start: token.start,
    end: token.end,
  }))

  const dedupedWords = words.filter((word, index) => words.findIndex((other) => other.term === word.term) === index)
  const kept = dedupedWords.slice(0, MAX_QUERY_PARTS)
  return { words: kept, numbers: numbers.slice(0, Math.max(0, MAX_QUERY_PARTS - kept.length)), ranges: ranges.slice(0, MAX_QUERY_PARTS) }
}

/**
 * True when a query holds nothing to search for.
 * @example isEmptyQuery(parseQuery('  <> ')) // true
 */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.numbers.length === 0 && query.ranges.length === 0
}
