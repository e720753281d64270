import type { Sentence } from './sentences'
import { sentenceAt } from './sentences'

/** What a rule found in the text, before context (hedge, unit, period, attribution) is read. */
export interface Candidate {
  readonly index: number
  readonly text: string
  readonly kind: 'quantity' | 'date' | 'vague' | 'ordinal' | 'skip'
  readonly value: number | string | null
  /** Lower wins when two candidates overlap: a name beats a date beats a number beats a number word. */
  readonly priority: number
  /** For skips: why the number is not a figure. */
  readonly reason?: string
  /** For dates: "day", "month", "year", "fiscal year", "decade". */
  readonly dateUnit?: string
  /** For dates: the first and last day covered, when known. */
  readonly span?: { readonly start: string; readonly end: string }
  readonly percent?: boolean
  readonly currency?: string
  /** A share written as a ratio or fraction ("one in five", "two-thirds"). */
  readonly share?: boolean
}

/** The text before `index` in its sentence holds only opening punctuation: the word at `index` opens a phrase. */
export function opensPhrase(text: string, sentences: readonly Sentence[], index: number): boolean {
  const sentence = sentenceAt(sentences, index)
  if (!sentence) return true
  const before = text.slice(sentence.start, index)
  return /^[\s"“‘'([]*$/.test(before) || /[:;“"‘(—–]\s*$/.test(before)
}

/** A headline-style sentence with most words capitalised, where capitals do not mark names. */
export function isTitleCase(sentence: Sentence | undefined): boolean {
  if (!sentence) return false
  const words = sentence.text.match(/\b[A-Za-z][a-z]{3,}\b/g) ?? []
  if (words.length < 3) return false
  return words.filter((word) => /^[A-Z]/.test(word)).length / words.length > 0.6
}

/**
 * Keeps the candidates that win their overlaps: by priority, then the longer, then the earlier.
 * Returns them in text order.
 */
export function resolveOverlaps(candidates: readonly Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => a.priority - b.priority || b.text.length - a.text.length || a.index - b.index)
  const taken: Candidate[] = []
  for (const candidate of ranked) {
    const end = candidate.index + candidate.text.length
    if (taken.some((other) => candidate.index < other.index + other.text.length && other.index < end)) continue
    taken.push(candidate)
  }
  return taken.sort((a, b) => a.index - b.index)
}
