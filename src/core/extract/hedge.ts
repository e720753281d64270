import { HEDGE_WORDS } from '../figure'

// Longest first, so "an average of" wins over "average of"; the shared list keeps one normaliser per concept.
const HEDGES = Object.keys(HEDGE_WORDS).sort((a, b) => b.length - a.length)
const HEDGE_BEFORE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(${HEDGES.map((hedge) => hedge.replace(/ /g, '\\s+')).join('|')})\\s+[$£€]?\\s*$`, 'iu')

/**
 * The hedge written just before a figure ("about", "more than", "Some"), as written, or null. Only the hedges the
 * content schema knows (HEDGE_WORDS) are read, so a draft's hedge always validates.
 * @example hedgeBefore('an average of more than 3,900', 23) // 'more than'
 */
export function hedgeBefore(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 40), index)
  return HEDGE_BEFORE.exec(before)?.[1] ?? null
}
