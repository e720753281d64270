import type { SearchDoc } from './document'
import { wellFormed, wordTokens } from './normalise'
import { scanNumbers } from './numbers'
import type { ParsedQuery } from './query'
import type { FigureMatch } from './engine'

/** A highlighted span of a string: UTF-16 offsets, end exclusive. */
export type Range = readonly [start: number, end: number]

/** A piece of a string, marked or not: what a page renders as text or as `<mark>`. */
export interface Segment {
  readonly text: string
  readonly mark: boolean
}

/** What a text is highlighted against: the words a search matched and the query's numbers. */
export interface Highlighter {
  readonly terms: ReadonlySet<string>
  readonly query: ParsedQuery
}

/**
 * The spans of a text that a search matched: words whose index term the search used, and
 * numbers equal to a typed number or inside a typed comparison. Uses the same tokeniser and
 * number reader as the index, so a highlight marks exactly what matched.
 * @example highlightRanges('Share of asylum claims', { terms: new Set(['asylum']), query }) // [[9, 15]]
 */
export function highlightRanges(text: string, { terms, query }: Highlighter): Range[] {
  if (typeof text !== 'string' || text === '') return []
  const ranges: Range[] = []
  for (const token of wordTokens(text)) if (terms.has(token.term)) ranges.push([token.start, token.end])
  for (const mention of scanNumbers(text)) {
    const typed = query.numbers.some((number) => number.value === mention.value && (!number.percent || mention.percent))
    const inRange = query.ranges.some((range) => range.low <= mention.value && mention.value <= range.high && (!range.percent || mention.percent))
    if (typed || inRange) ranges.push([mention.start, mention.end])
  }
  // "Fox News" reads as one mark, not two with a gap.
  const joined: [number, number][] = []
  for (const [start, end] of mergeRanges(ranges)) {
    const last = joined[joined.length - 1]
    if (last && /^\s{1,2}$/.test(text.slice(last[1], start))) last[1] = end
    else joined.push([start, end])
  }
  return joined
}

/**
 * Sorts ranges and joins overlapping or touching ones.
 * @example mergeRanges([[5, 8], [0, 2], [2, 3]]) // [[0, 3], [5, 8]]
 */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].filter(([start, end]) => end > start).sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: [number, number][] = []
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1]
    if (last && start <= last[1]) last[1] = Math.max(last[1], end)
    else merged.push([start, end])
  }
  return merged
}

/**
 * Cuts a text into marked and unmarked pieces that join back into the text (lone surrogates
 * replaced). Pages render the pieces as text nodes, so no query can inject markup.
 * @example segments('Fox News', [[0, 3]]) // [{ text: 'Fox', mark: true }, { text: ' News', mark: false }]
 */
export function segments(text: string, ranges: readonly Range[]): Segment[] {
  const clean = wellFormed(typeof text === 'string' ? text : '')
  const pieces: Segment[] = []
  let at = 0
  for (const [start, end] of mergeRanges(ranges)) {
    const from = Math.max(at, Math.min(start, clean.length))
    const to = Math.min(end, clean.length)
    if (to <= from) continue
    if (from > at) pieces.push({ text: clean.slice(at, from), mark: false })
    pieces.push({ text: clean.slice(from, to), mark: true })
    at = to
  }
  if (at < clean.length) pieces.push({ text: clean.slice(at), mark: false })
  return pieces
}

/** A result's display fields, cut into highlighted pieces. */
export interface HighlightedDoc {
  readonly title: readonly Segment[]
  readonly figure: readonly Segment[]
  readonly unit: readonly Segment[]
  readonly publisher: readonly Segment[]
  readonly saidBy: readonly Segment[]
}

/**
 * Highlights a result: its title, figure, unit and source. A figure that matched the typed number
 * (exactly, by its interval, or inside a comparison) is marked whole, however it is written.
 * @example highlightDoc(doc, { terms: new Set(), query: parseQuery('499k') }, 'exact').figure // [{ text: '499,000', mark: true }]
 */
export function highlightDoc(doc: SearchDoc, highlighter: Highlighter, figure: FigureMatch | null): HighlightedDoc {
  const cut = (text: string) => segments(text, highlightRanges(text, highlighter))
  return {
    title: cut(doc.title),
    figure: figure ? segments(doc.written, [[0, doc.written.length]]) : cut(doc.written),
    unit: cut(doc.unit),
    publisher: cut(doc.publisher),
    saidBy: cut(doc.saidBy),
  }
}
