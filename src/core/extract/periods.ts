import type { Candidate } from './candidates'
import { relativeDaySpan } from './nlp'
import type { Sentence } from './sentences'

/** When a figure holds, in the shape of a claim's `figure.period`: the words, and the days when they can be read. */
export interface PeriodClue {
  readonly written: string
  readonly start?: string
  readonly end?: string
  readonly asOf?: string
}

interface Located extends PeriodClue {
  readonly index: number
}

// US administrations by inauguration day; "the Trump administration" before 2025 is the first one.
const ADMINISTRATIONS: readonly { name: string; start: string; end: string | null }[] = [
  { name: 'Trump', start: '2025-01-20', end: null },
  { name: 'Biden', start: '2021-01-20', end: '2025-01-20' },
  { name: 'Trump', start: '2017-01-20', end: '2021-01-20' },
  { name: 'Obama', start: '2009-01-20', end: '2017-01-20' },
  { name: 'Bush', start: '2001-01-20', end: '2009-01-20' },
]

function administration(name: string, reference: string | undefined): PeriodClue | null {
  const term = ADMINISTRATIONS.find((each) => each.name === name && (!reference || each.start <= reference))
  if (!term) return null
  const end = term.end === null || (reference && reference < term.end) ? reference : term.end
  return { written: '', start: term.start, ...(end ? { end } : {}) }
}

const RELATIVE =
  /\b(?:(?:last|this|next|past)\s+(?:week|weekend|month|year|quarter|spring|summer|fall|autumn|winter)|yesterday|earlier this (?:week|month|year)|the previous (?:week|month|year))\b/gi
const COMPARISON = /\b(?:lowest|highest|largest|smallest|biggest|most|fewest|least|first time|low|high|level|record)\b[^,;:.]{0,20}$/i
// "which ended in September 2023": a date that describes a noun, not the period of a figure.
const DESCRIBES_NOUN = /\b(?:ended|ends|began|begins|started|starts|expired|expires|opened|closed)\s+(?:in|on)?\s*$/i

/**
 * Every period the sentence states: "since <date>", "in <date>", "from <date> to <date>", "as of <date>",
 * "by <date>", "under the Biden administration", relative phrases read by compromise-dates against the reference
 * day ("last month"), and "since …" phrases whose date the text does not give (kept with their words only).
 */
function periodsIn(text: string, sentence: Sentence, dates: readonly Candidate[], reference: string | undefined): Located[] {
  const found: Located[] = []
  const inSentence = dates.filter((date) => date.span && date.index >= sentence.start && date.index < sentence.end)
  const clauseBefore = (index: number) => text.slice(Math.max(sentence.start, index - 90), index)
  for (const [position, date] of inSentence.entries()) {
    const span = date.span as { start: string; end: string }
    const dateEnd = date.index + date.text.length
    const before = clauseBefore(date.index)
    const since = /\b((?:in the (?:days|weeks|months|years) )?since)\b[^,;:.!?]*$/i.exec(before)
    // "the lowest level since January 2021" compares with a date; it is not when the figure holds.
    if (since && COMPARISON.test(before.slice(0, since.index))) continue
    if (since) {
      const start = date.index - before.length + since.index
      found.push({ index: start, written: text.slice(start, dateEnd), start: span.start })
      continue
    }
    const from = /\b(from|between)\s+$/i.exec(before)
    const next = inSentence[position + 1]
    if (from && next?.span && /^\s+(?:to|through|until|and)\s+$/.test(text.slice(dateEnd, next.index))) {
      const start = date.index - from[0].length
      found.push({ index: start, written: text.slice(start, next.index + next.text.length), start: span.start, end: next.span.end })
      continue
    }
    const preposition = /\b(in|during|throughout|for|as of|by|through|until|till)\s+(?:the\s+(?:end\s+of\s+)?)?$/i.exec(before)
    if (preposition?.[1] && !DESCRIBES_NOUN.test(before.slice(0, preposition.index))) {
      const start = date.index - (before.length - preposition.index)
      const word = preposition[1].toLowerCase()
      const written = text.slice(start, dateEnd)
      if (word === 'as of') found.push({ index: start, written, asOf: span.end })
      else if (['by', 'through', 'until', 'till'].includes(word)) found.push({ index: start, written, end: span.end })
      else found.push({ index: start, written, start: span.start, end: span.end })
    } else if (date.dateUnit === 'fiscal year') {
      found.push({ index: date.index, written: date.text, start: span.start, end: span.end })
    }
  }
  const sentenceText = sentence.text
  for (const match of sentenceText.matchAll(/\bunder the (Biden|Trump|Obama|Bush) administration\b/gi)) {
    const name = (match[1] as string).toLowerCase()
    const clue = administration(name[0]?.toUpperCase() + name.slice(1), reference)
    if (clue) found.push({ ...clue, index: sentence.start + match.index, written: match[0] })
  }
  for (const match of sentenceText.matchAll(RELATIVE)) {
    const span = reference ? relativeDaySpan(match[0], reference) : null
    found.push({ index: sentence.start + match.index, written: match[0], ...(span ?? {}) })
  }
  for (const match of sentenceText.matchAll(/\b(?:in the (?:days|weeks|months|years) )?since\s+(?!then\b)[^,;:.!?—–]{3,80}/gi)) {
    const index = sentence.start + match.index
    if (COMPARISON.test(sentenceText.slice(0, match.index))) continue
    if (!found.some((other) => other.index <= index && index < other.index + other.written.length)) {
      found.push({ index, written: match[0].trimEnd() })
    }
  }
  return found
}

/**
 * The period of each figure: the nearest period the sentence states, preferring one with dates. A date figure has
 * none (it is a date). A period in another clause counts as farther away; beyond 120 characters none is taken.
 * @example assignPeriods(text, figures, dates, '2024-06-18')[0] // { written: 'since the order began June 5', start: '2024-06-05' }
 */
export function assignPeriods(
  text: string,
  figures: readonly { index: number; text: string; kind: string; sentence: Sentence }[],
  dates: readonly Candidate[],
  reference: string | undefined,
): (PeriodClue | null)[] {
  const cache = new Map<Sentence, Located[]>()
  return figures.map((figure) => {
    if (figure.kind === 'date') return null
    let periods = cache.get(figure.sentence)
    if (!periods) {
      periods = periodsIn(text, figure.sentence, dates, reference)
      cache.set(figure.sentence, periods)
    }
    const end = figure.index + figure.text.length
    const ranked = periods
      .filter((period) => !(period.index <= figure.index && end <= period.index + period.written.length))
      .map((period) => {
        const after = period.index >= end
        const distance = after ? period.index - end : figure.index - (period.index + period.written.length)
        const dated = period.start !== undefined || period.end !== undefined || period.asOf !== undefined
        // A period in another clause ("Under rules set in 2021, 77% stayed …") is less likely the figure's own.
        const between = after ? text.slice(end, period.index) : text.slice(period.index + period.written.length, figure.index)
        return { period, score: Math.max(0, distance) + (dated ? 0 : 60) + (/[,;:—–]/.test(between) ? 30 : 0) }
      })
      .filter(({ score }) => score <= 120)
      .sort((a, b) => a.score - b.score)
    const best = ranked[0]?.period
    if (!best) return null
    const { index: _index, ...clue } = best
    return clue
  })
}
