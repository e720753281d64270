import { ARTICLE_TOKENS, FIGURE_TOKENS, numberOfToken, parseWritten, scanTokens } from '../figure'
import type { Candidate } from './candidates'
import { hedgeBefore } from './hedge'
import { CARDINAL_WORD, CURRENCIES, SMALL_NUMBERS, SPELLED_SCALES } from '../figure/lexicon'
import { FRACTIONS, ORDINALS } from './word-lists'
import { SKIP_REASONS } from './names'
import { wordsToNumber } from './nlp'

const SHARE_PRIORITY = 2
const NUMBER_PRIORITY = 3
const WORD_PRIORITY = 4

// A rate right after a number shows a bare four-digit number is a count ("1500 a day"), not a year.
const RATE_AFTER = /^[^\S\n]+(?:per|a|an|each|every)[^\S\n]+(?:day|week|month|year|hour)\b/
const SCALE = Object.keys(SPELLED_SCALES).join('|')

const SPELLED = new RegExp(
  [
    `\\b${CARDINAL_WORD}(?:[^\\S\\n]+(?:${SCALE}))+(?:[^\\S\\n]+(?:and[^\\S\\n]+)?${CARDINAL_WORD})?\\b`,
    `\\b(?:a|an)[^\\S\\n]+(?:dozen|${SCALE})\\b`,
    `\\b${CARDINAL_WORD}\\b`,
  ].join('|'),
  'gi',
)
const VAGUE =
  /\b(?:tens[^\S\n]+of[^\S\n]+(?:thousands|millions|billions)|(?:hundreds|thousands|millions|billions|dozens)(?:[^\S\n]+(?:of[^\S\n]+)?(?:thousands|millions|billions))?|(?:several|a[^\S\n]+few|a[^\S\n]+couple(?:[^\S\n]+of)?)[^\S\n]+(?:dozen|hundred|thousand|million|billion)s?)\b/gi

const ORDINAL_WORD = `(?:(?:twenty|thirty|forty|fifty)-)?(?:${Object.keys(ORDINALS).join('|')})`
const SUPERLATIVES =
  'highest|lowest|largest|biggest|smallest|worst|best|most|least|busiest|deadliest|longest|shortest|fastest|slowest|strongest|weakest|warmest|hottest|coldest|wettest|driest|richest|poorest|safest|costliest|greatest|consecutive|straight'
// Ordinal words count only as ranks ("fifth-highest", "third consecutive"); "the first time" is no figure.
const RANK = new RegExp(`\\b(${ORDINAL_WORD})(?=-(?:${SUPERLATIVES})\\b|\\s+(?:${SUPERLATIVES}|place)\\b)`, 'gi')
const NUMERIC_ORDINAL = /\b(\d+)(?:st|nd|rd|th)\b/g

const SMALL = `(?:${CARDINAL_WORD}|\\d{1,3})`
const RATIO = new RegExp(`\\b(${SMALL})\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${SMALL}|\\d{1,3}(?:,\\d{3})*|hundred|thousand)\\b`, 'gi')
const FRACTION = /\b(?:(one|two|three|four|a)[-\s])?(half|halves|thirds?|quarters?|fifths?|tenths?)\b/gi
const SLASH_FRACTION = /\b(\d{1,2})\/(\d{1,2})(?=\s+of\b)/g

function numberOf(written: string): number | null {
  const lower = written.toLowerCase().replace(/\s+/g, ' ')
  const parsed = parseWritten(lower)
  if (parsed) return parsed.value
  if (/^an? /.test(lower)) return SPELLED_SCALES[lower.replace(/^an? /, '')] ?? (lower.endsWith('dozen') ? 12 : null)
  return SMALL_NUMBERS[lower] ?? wordsToNumber(lower)
}

function digitsAndWords(text: string): Candidate[] {
  const found: Candidate[] = []
  // Digits as article text writes them (../figure/tokens: ARTICLE_TOKENS): never across a line break, where a sentence ends.
  for (const token of scanTokens(text, ARTICLE_TOKENS)) {
    const { currency, scale, percent } = token
    // A figure's written number may carry "$" but not "£" or "€": keep those out of it, in its unit.
    const skipSymbol = currency && !FIGURE_TOKENS.currencies.includes(currency) ? currency.length : 0
    const written = token.text.slice(skipSymbol)
    const index = token.start + skipSymbol
    const parsed = numberOfToken(token)
    if (!parsed) continue
    const bare = !currency && !scale && !percent
    if (bare && /^\d{4}$/.test(written) && parsed.value >= 1800 && parsed.value <= 2100) {
      const counted = hedgeBefore(text, index) !== null || RATE_AFTER.test(text.slice(index + written.length))
      if (!counted) {
        found.push({
          index,
          text: written,
          kind: 'date',
          value: written,
          priority: NUMBER_PRIORITY,
          dateUnit: 'year',
          span: { start: `${written}-01-01`, end: `${written}-12-31` },
        })
        continue
      }
    }
    found.push({
      index,
      text: written,
      kind: 'quantity',
      value: parsed.value,
      priority: NUMBER_PRIORITY,
      percent: percent !== null,
      currency: currency ? CURRENCIES[currency] : undefined,
    })
  }
  for (const match of text.matchAll(NUMERIC_ORDINAL)) {
    found.push({ index: match.index, text: match[0], kind: 'ordinal', value: Number(match[1]), priority: NUMBER_PRIORITY })
  }
  return found
}

/** "one" is a pronoun or part of an idiom more often than a count: "no one", "one of", "at one point", "one-on-one". */
function pronounOne(text: string, index: number): string | null {
  const before = text.slice(Math.max(0, index - 12), index)
  const after = text.slice(index + 3, index + 20)
  const previous = /\b(no|any|every|some|each|the|this|that|which|at|a)\s+$/i.exec(before)
  const next = /^(?:\s+(of|another|or|hand|thing|way|point)\b|-(?:on-one|time|off|sided|way|size)\b)/i.exec(after)
  if (previous && previous[1]?.toLowerCase() !== 'at') return `${previous[0].trimStart()}${text.slice(index, index + 3)}`
  if (next) return `${text.slice(index, index + 3)}${next[0]}`
  if (/^\s*(?:[,.;:!?)”"]|$)/.test(after)) return text.slice(index, index + 3)
  return null
}

function spelledOut(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(SPELLED)) {
    let index = match.index
    let written = match[0]
    // "a dozen", "a hundred": the number word alone is what parseWritten reads.
    const article = /^(an?\s+)(dozen|hundred)$/i.exec(written)
    if (article) {
      index += article[1]?.length ?? 0
      written = article[2] ?? written
    }
    if (written.toLowerCase() === 'one') {
      const idiom = pronounOne(text, index)
      if (idiom !== null) {
        const start = text.lastIndexOf(idiom, index + 3)
        found.push({ index: start, text: idiom, kind: 'skip', value: null, priority: WORD_PRIORITY, reason: SKIP_REASONS.pronoun })
        continue
      }
    }
    const value = numberOf(written)
    if (value !== null) found.push({ index, text: written, kind: 'quantity', value, priority: WORD_PRIORITY })
  }
  for (const match of text.matchAll(VAGUE)) {
    found.push({ index: match.index, text: match[0], kind: 'vague', value: null, priority: WORD_PRIORITY })
  }
  for (const match of text.matchAll(RANK)) {
    const word = (match[1] ?? '').toLowerCase()
    const value = ORDINALS[word] ?? wordsToNumber(word)
    if (value !== null) found.push({ index: match.index, text: match[0], kind: 'ordinal', value, priority: WORD_PRIORITY })
  }
  return found
}

function shares(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of text.matchAll(RATIO)) {
    const part = numberOf(match[1] ?? '')
    const whole = numberOf(match[2] ?? '')
    if (part === null || whole === null || whole === 0 || part >= whole || whole > 10_000 || /^\d{4}$/.test(match[2] ?? '')) continue
    found.push({ index: match.index, text: match[0], kind: 'quantity', value: part / whole, priority: SHARE_PRIORITY, share: true })
  }
  for (const match of text.matchAll(FRACTION)) {
    const [written, count, part = ''] = match
    const fraction = FRACTIONS[part.toLowerCase()] ?? 0
    const half = part.toLowerCase() === 'half'
    const after = text.slice(match.index + written.length, match.index + written.length + 4)
    // "third" alone is an ordinal and "half" alone is often no share ("half an hour"); ask for a count or "of".
    if (!count && !(half && (/^\s+of\b/.test(after) || hedgeBefore(text, match.index) !== null))) continue
    // "the first half of the year" is a period, not a share.
    if (half && /\b(?:first|second|last|latter|former|back|front)\s+$/i.test(text.slice(Math.max(0, match.index - 10), match.index))) continue
    const times = count ? (count.toLowerCase() === 'a' ? 1 : (SMALL_NUMBERS[count.toLowerCase()] ?? 1)) : 1
    found.push({ index: match.index, text: written, kind: 'quantity', value: Number((times * fraction).toPrecision(12)), priority: SHARE_PRIORITY, share: true })
  }
  for (const match of text.matchAll(SLASH_FRACTION)) {
    const part = Number(match[1])
    const whole = Number(match[2])
    if (whole > 0 && part < whole) found.push({ index: match.index, text: match[0], kind: 'quantity', value: part / whole, priority: SHARE_PRIORITY, share: true })
  }
  return found
}

/**
 * Numbers written in digits (with separators, decimals, a currency, a scale word or suffix, a percent sign),
 * in words ("seven", "twenty-five", "a dozen", "two million"), vague plurals ("hundreds of thousands"),
 * ranks ("fifth-highest", "21st"), shares ("one in five", "two-thirds") and bare years.
 * @example findQuantities('$1.5 billion and 499k')[0].value // 1500000000
 */
export function findQuantities(text: string): Candidate[] {
  return [...shares(text), ...digitsAndWords(text), ...spelledOut(text)]
}

/**
 * The value of a number as written, for numbers the rules above did not claim.
 * @example valueOfWritten('twenty-five') // 25
 */
export function valueOfWritten(written: string): number | null {
  return numberOf(written)
}
