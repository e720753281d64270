import { isTitleCase, opensPhrase, type Candidate } from './candidates'
import { SMALL_NUMBERS, SPELLED_SCALES } from '../figure/lexicon'
import { FUNCTION_CAPS, MONTHS, NAME_WORDS } from './word-lists'
import { sentenceAt, type Sentence } from './sentences'

/** Why a number in the text is not a figure; the source's `excluded` entries carry these reasons. */
export const SKIP_REASONS = {
  name: 'a name, not a figure',
  time: 'a time of day, not a figure',
  phone: 'a phone number, not a figure',
  address: 'an address, not a figure',
  citation: 'a legal citation, not a figure',
  pronoun: 'a pronoun or idiom, not a figure',
} as const

const SKIP_PRIORITY = 0

interface Rule {
  readonly reason: string
  readonly pattern: RegExp
  /** Extra conditions a match must meet; `match.index` is its offset in the article. */
  readonly accept?: (match: RegExpExecArray, context: { text: string; sentences: readonly Sentence[] }) => boolean
}

const escape = (words: readonly string[]) => words.map((word) => word.replace(/ /g, '\\s+')).join('|')

// A bare integer: not a figure's digits ("42,000", "4.5%", "1.1 million", "$5") that merely follow a capital.
const BARE_INTEGER_TAIL = /^(?:[.,]\d|\d|\s*(?:%|percent\b|per cent\b|percentage\b|thousand\b|million\b|billion\b|trillion\b))/i
const isYear = (digits: string) => /^\d{4}$/.test(digits) && Number(digits) >= 1800 && Number(digits) <= 2100

const NUMBER_WORD_NAMES = [...Object.keys(SMALL_NUMBERS), ...Object.keys(SPELLED_SCALES)].map((word) => word[0]?.toUpperCase() + word.slice(1))

const RULES: readonly Rule[] = [
  { reason: SKIP_REASONS.time, pattern: /\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)/g },
  { reason: SKIP_REASONS.time, pattern: /\b\d{1,2}:\d{2}\b/g },
  { reason: SKIP_REASONS.phone, pattern: /\b(?:call|dial|text|phone|calling|dialing)\s+\d(?:[\d-]*\d)?\b/gi },
  { reason: SKIP_REASONS.phone, pattern: /(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.]\d{4}\b/g },
  {
    reason: SKIP_REASONS.address,
    pattern: /\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][a-z]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Way|Place|Court|Parkway)/g,
  },
  { reason: SKIP_REASONS.citation, pattern: /\b\d+\s+(?:U\.S\.C\.|C\.F\.R\.|CFR|FR|U\.S\.)\s*§*\s*\d+(?:\.\d+)?\b/g },
  { reason: SKIP_REASONS.citation, pattern: /§+\s*\d+[\d.()a-z]*/g },
  // COVID-19, I-95, F-35, H-1B, Catch-22 (but not mid-2023 or pre-2020, which are dates).
  { reason: SKIP_REASONS.name, pattern: /\b(?!(?:Mid|Pre|Post|Early|Late|Non|Anti|Pro|Over|Under|Sub|Top|Ex)-)[A-Z][A-Za-z]{0,9}-\d+[A-Za-z]?\b/g },
  // 7-Eleven
  { reason: SKIP_REASONS.name, pattern: /\b\d+-[A-Z][a-z]+\b/g },
  // G7, MH370, H1N1 (not FY2023, a fiscal year)
  { reason: SKIP_REASONS.name, pattern: /\b(?!FY\d)[A-Za-z]+\d[A-Za-z\d]*\b/g },
  // 5G, 3D (not 499K or 5M, which are scale suffixes)
  { reason: SKIP_REASONS.name, pattern: /\b\d+(?!(?:K|M|B|BN|MN|AM|PM)\b)[A-Z]{1,3}\b/g },
  { reason: SKIP_REASONS.name, pattern: /\b(?:9\/11|24\/7|7\/11|50\/50|20\/20)(?!\/\d)/g },
  // The 14th Amendment, Fifth Avenue's digit form, the 9th Circuit
  { reason: SKIP_REASONS.name, pattern: /\b\d+(?:st|nd|rd|th)\s+[A-Z][a-z]+/g },
  // Title 42, Route 9, Proclamation 10773, Fortune 500
  {
    reason: SKIP_REASONS.name,
    pattern: new RegExp(`\\b(?:${escape(NAME_WORDS)})\\s+\\d+(?:[-–]\\d+)?[A-Za-z]?\\b`, 'g'),
    accept: (match, { text }) => !BARE_INTEGER_TAIL.test(text.slice(match.index + match[0].length)),
  },
  // Any other capitalised word before a bare whole number, mid-sentence: "Windows 11", "Boeing 737".
  {
    reason: SKIP_REASONS.name,
    pattern: /\b([A-Z][\w&’'.-]*)\s+(\d+)\b/g,
    accept: (match, { text, sentences }) => {
      const [, word = '', digits = ''] = match
      if (FUNCTION_CAPS.has(word) || MONTHS[word.toLowerCase()] !== undefined || /[’']s$/.test(word) || word.endsWith('.')) return false
      if (isYear(digits) || BARE_INTEGER_TAIL.test(text.slice(match.index + match[0].length))) return false
      return !isTitleCase(sentenceAt(sentences, match.index))
    },
  },
]

/** Capitalised number words mid-sentence are names: "CBP One", "Air Force One", "the One Big Beautiful Bill Act". */
function capitalisedNumberWords(text: string, sentences: readonly Sentence[]): Candidate[] {
  const found: Candidate[] = []
  const pattern = new RegExp(`\\b(?:${NUMBER_WORD_NAMES.join('|')})\\b`, 'g')
  for (const match of text.matchAll(pattern)) {
    const sentence = sentenceAt(sentences, match.index)
    if (!sentence || opensPhrase(text, sentences, match.index) || isTitleCase(sentence)) continue
    let start = match.index
    const left = text.slice(sentence.start, match.index).split(/(\s+)/)
    // Walk left over capitalised words (pairs of word and the space after it).
    for (let i = left.length - 3; i >= 0; i -= 2) {
      const word = left[i] ?? ''
      if (!/^[A-Z][\w&’'.-]*$/.test(word) || FUNCTION_CAPS.has(word)) break
      start -= word.length + (left[i + 1]?.length ?? 0)
    }
    const right = /^(?:\s+[A-Z][\w&’'-]*)*/.exec(text.slice(match.index + match[0].length))?.[0] ?? ''
    found.push({
      index: start,
      text: text.slice(start, match.index + match[0].length + right.length),
      kind: 'skip',
      value: null,
      priority: SKIP_PRIORITY,
      reason: SKIP_REASONS.name,
    })
  }
  return found
}

/**
 * Numbers that are not figures: names with digits (COVID-19, Title 42, I-95, 9/11, CBP One), times of day, phone
 * numbers, addresses and legal citations. A capital before a number marks a name only when the number is a bare
 * integer: "Texas 1,200" and "Harris 47%" carry figures.
 * @example findSkips('COVID-19 cases', splitSentences('COVID-19 cases')) // [{ text: 'COVID-19', reason: 'a name, not a figure', … }]
 */
export function findSkips(text: string, sentences: readonly Sentence[]): Candidate[] {
  const found: Candidate[] = []
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.accept && !rule.accept(match as RegExpExecArray, { text, sentences })) continue
      found.push({ index: match.index, text: match[0], kind: 'skip', value: null, priority: SKIP_PRIORITY, reason: rule.reason })
    }
  }
  return [...found, ...capitalisedNumberWords(text, sentences)]
}
