import { findNumbers } from '../content/coverage'
import { attributeSentences, type Attribution } from './attribution'
import { resolveOverlaps, type Candidate } from './candidates'
import { findDates } from './date-mentions'
import { hedgeBefore } from './hedge'
import { findSkips, SKIP_REASONS } from './names'
import { findQuantities, valueOfWritten } from './quantities'
import { assignPeriods, type PeriodClue } from './periods'
import { sentenceAt, splitSentences, type Sentence } from './sentences'
import { unitOf } from './units'

export type ExtractedKind = 'quantity' | 'date' | 'vague' | 'ordinal'

/** One numeric expression in an article, with what a fact-checker needs to draft a claim from it. */
export interface ExtractedFigure {
  /** The figure exactly as written ("3,200", "77%", "$1.5 billion", "two", "July 2020", "hundreds of thousands"). */
  readonly text: string
  readonly kind: ExtractedKind
  /**
   * A number for quantities and ranks (77 for "77%", 0.2 for "one in five"); for dates a partial ISO date
   * ("2020-07"), or for a fiscal year its ISO interval ("2022-10-01/2023-09-30"); null for vague quantities and
   * for dates whose year is unknown.
   */
  readonly value: number | string | null
  /** What is counted, in words from the text: "crossings per day", "percent of migrants", "month". */
  readonly unit: string
  /** The hedge as written ("about", "more than", "Some"), one of HEDGE_WORDS, or null. */
  readonly hedge: string | null
  /** The sentence that states it, verbatim. */
  readonly sentence: string
  readonly saidBy: Attribution | null
  readonly period: PeriodClue | null
  /** Offset of `text` in the article. */
  readonly index: number
}

/** A number in the text that is not a figure, and why. */
export interface SkippedNumber {
  readonly text: string
  readonly index: number
  readonly reason: string
}

export interface Extraction {
  readonly figures: readonly ExtractedFigure[]
  readonly skipped: readonly SkippedNumber[]
}

export interface ExtractOptions {
  /** The article's publication date (YYYY-MM-DD): the year of "June 5", the meaning of "last month". */
  readonly reference?: string
}

// Every number the build counts (findNumbers) must end up a figure or a skip, so that drafts plus exclusions
// account for the whole text. A number no rule claimed becomes a figure of its own; one that a candidate covers only
// in part ("2,000" read as "2" before stray letters) merges with it.
function accountForEveryNumber(text: string, resolved: readonly Candidate[]): Candidate[] {
  let taken = [...resolved]
  for (const number of findNumbers(text)) {
    const end = number.index + number.text.length
    if (taken.some((candidate) => candidate.index <= number.index && end <= candidate.index + candidate.text.length)) continue
    const overlapping = taken.filter((candidate) => candidate.index < end && number.index < candidate.index + candidate.text.length)
    const start = Math.min(number.index, ...overlapping.map((candidate) => candidate.index))
    const stop = Math.max(end, ...overlapping.map((candidate) => candidate.index + candidate.text.length))
    const written = text.slice(start, stop)
    const skip = overlapping.find((candidate) => candidate.kind === 'skip')
    let merged: Candidate
    if (skip) merged = { ...skip, index: start, text: written }
    else if (number.text.toLowerCase() === 'one' && overlapping.length === 0) {
      merged = { index: start, text: written, kind: 'skip', value: null, priority: 9, reason: SKIP_REASONS.pronoun }
    } else {
      const value = valueOfWritten(written) ?? valueOfWritten(number.text)
      merged = { index: start, text: written, kind: value === null ? 'vague' : 'quantity', value, priority: 9 }
    }
    taken = [...taken.filter((candidate) => !overlapping.includes(candidate)), merged].sort((a, b) => a.index - b.index)
  }
  return taken
}

/**
 * Lists every numeric expression in an article, with its value, unit, hedge, sentence, attribution clue and period,
 * and the numbers it skipped (names with digits such as COVID-19 or Title 42, times, phone numbers) with the reason.
 * Pure: the same text and options always give the same list.
 * @example extractFigures('Some 42,000 migrants crossed, The Post can reveal.').figures[0] // { text: '42,000', value: 42000, hedge: 'Some', unit: 'migrants', … }
 */
export function extractFigures(text: string, options: ExtractOptions = {}): Extraction {
  if (typeof text !== 'string') throw new TypeError(`Expected the article's text as a string, got ${text === null ? 'null' : typeof text}`)
  const { reference } = options
  if (reference !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(reference)) {
    throw new RangeError(`Expected the reference date as YYYY-MM-DD, got "${String(reference)}"`)
  }
  const sentences = splitSentences(text)
  const dates = findDates(text, reference)
  const all = accountForEveryNumber(text, resolveOverlaps([...findSkips(text, sentences), ...dates, ...findQuantities(text)]))

  const skipped: SkippedNumber[] = all
    .filter((candidate) => candidate.kind === 'skip')
    .map((candidate) => ({ text: candidate.text, index: candidate.index, reason: candidate.reason ?? SKIP_REASONS.name }))
  const kept = all
    .filter((candidate) => candidate.kind !== 'skip')
    .flatMap((candidate) => {
      const sentence = sentenceAt(sentences, candidate.index)
      return sentence ? [{ candidate, sentence }] : []
    })

  const attributions = attributeSentences(text, sentences)
  const attributionOf = new Map<Sentence, Attribution | null>(sentences.map((sentence, index) => [sentence, attributions[index] ?? null]))
  const periods = assignPeriods(
    text,
    kept.map(({ candidate, sentence }) => ({ index: candidate.index, text: candidate.text, kind: candidate.kind, sentence })),
    [...dates, ...kept.map(({ candidate }) => candidate).filter((candidate) => candidate.kind === 'date')],
    reference,
  )

  const nounsBySentence = new Map<Sentence, string[]>()
  const figures = kept.map(({ candidate, sentence }, position): ExtractedFigure => {
    const hedge = candidate.kind === 'quantity' ? hedgeBefore(text, candidate.index) : null
    let before = text.slice(sentence.start, candidate.index).replace(/[$£€]\s*$/, '')
    if (hedge) before = before.slice(0, before.lastIndexOf(hedge))
    const earlierNouns = nounsBySentence.get(sentence) ?? []
    const { unit, noun } = unitOf(candidate, { before, after: text.slice(candidate.index + candidate.text.length, sentence.end), earlierNouns })
    if (noun) nounsBySentence.set(sentence, [...earlierNouns, noun])
    return {
      text: candidate.text,
      kind: candidate.kind as ExtractedKind,
      value: candidate.value,
      unit,
      hedge,
      sentence: sentence.text,
      saidBy: attributionOf.get(sentence) ?? null,
      period: periods[position] ?? null,
      index: candidate.index,
    }
  })
  return { figures, skipped }
}
