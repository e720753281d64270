import type { Candidate } from './candidates'
import { UNIT_STOP_WORDS } from './word-lists'

const WORD = /^\s+([a-z][a-z’'-]*)/
// Adjectives in -ly that belong to a unit ("weekly total"), unlike adverbs ("cases effectively").
const TIME_ADJECTIVES = new Set(['daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'hourly', 'nightly'])

/**
 * The noun phrase that opens `after` ("flu patients" in " flu patients last week"), up to four words, stopping at
 * function words, adverbs and verbs. A first word in -ed or -ing is kept only before another noun ("registered
 * voters", not "failed to appear").
 * @example nounPhrase(' flu patients last week') // 'flu patients'
 */
export function nounPhrase(after: string): string | null {
  const words: string[] = []
  let rest = after
  while (words.length < 4) {
    const match = WORD.exec(rest)
    if (!match) break
    const word = match[1] as string
    if (UNIT_STOP_WORDS.has(word) || (/ly$/.test(word) && !TIME_ADJECTIVES.has(word))) break
    if (/(?:ed|ing)$/.test(word)) {
      const next = WORD.exec(rest.slice(match[0].length))?.[1]
      if (words.length > 0 || !next || UNIT_STOP_WORDS.has(next) || /(?:ed|ing|ly)$/.test(next)) break
    }
    words.push(word)
    rest = rest.slice(match[0].length)
    // A plural noun usually ends the phrase: "migrants wait", "cases effectively", "clinics will".
    if (/[^su]s$/.test(word) && word.length > 3) break
  }
  return words.length > 0 ? words.join(' ') : null
}

const RATE_UNITS = 'day|week|month|year|hour|minute|night|weekend|quarter|person|officer|capita|resident|student|household'
const RATES: readonly [RegExp, (match: RegExpExecArray) => string][] = [
  [new RegExp(`^[^,;:.—–\\d$£€]{0,40}?\\b(?:per|a|an|each|every)\\s+(${RATE_UNITS})\\b(?!\\s+(?:earlier|ago|later|before|after|old)\\b)`), (m) => `per ${m[1]}`],
  [/^[^,;:.—–\d$£€]{0,40}?\bby the (day|week|month|hour)\b/, (m) => `per ${m[1]}`],
  [/^[^,;:.—–\d$£€]{0,40}?\b(daily|weekly|monthly|annually|yearly)\b/, (m) => ({ daily: 'per day', weekly: 'per week', monthly: 'per month' })[m[1] as string] ?? 'per year'],
  [/^[^,;:.—–$£€]{0,40}?\b(in (?:\d+|a single|one|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:hours?|days?|weeks?|minutes?|months?))\b/, (m) => m[1] as string],
]

/**
 * A rate in the words after a figure, in the same clause: "a day", "per hour", "by the day", "in 24 hours".
 * @example rateAfter(' crossings a day, DHS said') // 'per day'
 */
export function rateAfter(after: string): string | null {
  for (const [pattern, name] of RATES) {
    const match = pattern.exec(after)
    if (match) return name(match)
  }
  return null
}

// "The average number of crossings each day is about 3,200"
const NUMBER_OF =
  /\b(?:number|total|count|average|tally)\s+of\s+([a-z][a-z’' -]*?)(?:\s+(?:each|per|a|every)\s+(day|week|month|year))?\s+(?:is|was|are|were|stood at|reached|hit|has been|had been|rose to|fell to|climbed to|dropped to|came to)\s+$/i
// "crossings average 2,500 per day", "arrests fall below 2,000"
const SUBJECT_VERB =
  /\b([A-Za-z][a-z’'-]*)\s+(?:average|averaged|averages|total|totaled|totalled|totals|reached|hit|topped|exceeded|numbered|surpassed|rose to|fell to|climbed to|dropped to|fall below|fell below|falls below|rose above|rise above|stood at|tops|top)\s+$/

/** The counted noun named before a figure without one after it. */
function nounBefore(before: string): { noun: string; rate: string | null } | null {
  const numberOf = NUMBER_OF.exec(before)
  if (numberOf?.[1]) return { noun: numberOf[1].trim(), rate: numberOf[2] ? `per ${numberOf[2]}` : null }
  const subject = SUBJECT_VERB.exec(before)
  const noun = subject?.[1]?.toLowerCase()
  if (noun && !UNIT_STOP_WORDS.has(noun)) return { noun, rate: null }
  return null
}

export interface UnitContext {
  /** The sentence's text before the figure and its hedge. */
  readonly before: string
  /** The sentence's text after the figure. */
  readonly after: string
  /** Nouns counted by earlier figures in the same sentence, for "of the more than 231,000 migrants …, roughly 159,000". */
  readonly earlierNouns: readonly string[]
}

/**
 * What a figure counts, in words from the text: "crossings per day", "percent of migrants", "US dollars per month",
 * "consecutive days", "rank". `noun` is the counted noun alone, for later figures to borrow.
 * @example unitOf(candidate('3,900'), { before: 'more than ', after: ' crossings a day', earlierNouns: [] }).unit // 'crossings per day'
 */
export function unitOf(candidate: Candidate, context: UnitContext): { unit: string; noun: string | null } {
  const { before, after } = context
  if (candidate.kind === 'date') return { unit: candidate.dateUnit ?? 'date', noun: null }
  if (candidate.kind === 'ordinal') {
    const compound = /^[-\s]((?:most|least|worst|best|[a-z]+est|consecutive|straight)\b)/.exec(after)
    const ranked = compound?.[1] ? [compound[1], nounPhrase(after.slice(compound[0].length))].filter(Boolean).join(' ') : null
    return { unit: ranked ? `rank: ${ranked}` : 'rank', noun: null }
  }

  // "24-hour stretch", "42-day closure", "seven-day average"
  const hyphen = /^-([a-z]+(?:-[a-z]+)*)/.exec(after)
  const ofPhrase = /^\s+(?:of|out of)\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?/.exec(after)
  let noun: string | null = null
  if (hyphen?.[1]) {
    noun = [hyphen[1], nounPhrase(after.slice(hyphen[0].length))].filter(Boolean).join(' ')
  } else if (ofPhrase) {
    const rest = after.slice(ofPhrase[0].length)
    // "499,000 of the 648,000 applications": the count of a part, in the whole's noun.
    const ofNumber = /^(?:more than\s+|about\s+)?[$£€]?[\d,.]+(?:\s+(?:thousand|million|billion))?\s/.exec(rest)
    noun = nounPhrase(ofNumber ? ` ${rest.slice(ofNumber[0].length)}` : ` ${rest}`)
  } else {
    noun = nounPhrase(after)
  }
  const afterNoun = noun && !hyphen ? after.slice(after.indexOf(noun.split(' ').at(-1) as string) + (noun.split(' ').at(-1) as string).length) : after
  const looked = noun ? null : nounBefore(before)
  const rate = rateAfter(afterNoun) ?? looked?.rate ?? null

  if (candidate.percent || /^\s+percentage points?\b/.test(after)) {
    const points = /^\s+percentage points?\b/.test(after)
    const of = !points && ofPhrase && noun ? ` of ${noun}` : ''
    return { unit: `${points ? 'percentage points' : 'percent'}${of}`, noun: null }
  }
  if (candidate.share) return { unit: `share${ofPhrase && noun ? ` of ${noun}` : ''}`, noun: null }
  if (candidate.currency) return { unit: [candidate.currency, rate].filter(Boolean).join(' '), noun: null }

  const counted = noun ?? looked?.noun ?? context.earlierNouns.at(-1) ?? null
  const unit = [counted, rate].filter(Boolean).join(' ') || 'count'
  return { unit, noun: counted }
}
