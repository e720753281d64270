import { dateInterval, isoOfDay, usFiscalYearEnd } from '../figure'
import type { Candidate } from './candidates'
import { MONTH_PATTERN, MONTHS } from './word-lists'

const DATE_PRIORITY = 1
const DAY = 86_400_000

const pad = (value: number) => String(value).padStart(2, '0')

function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/**
 * The first and last day of a partial ISO date ("2023", "2023-09", "2023-09-30").
 * @example spanOfIso('2023-09') // { start: '2023-09-01', end: '2023-09-30' }
 */
export function spanOfIso(iso: string): { start: string; end: string } {
  const range = dateInterval(iso)
  return { start: isoOfDay(range.low), end: isoOfDay(range.high) }
}

/**
 * The year a month and day without one most likely mean. News looks back more than ahead: the day is placed within
 * nine months before to three months after the article's date. "June 5" in an article of June 18, 2024 is
 * 2024-06-05; "January 1" in one of July 8, 2024 is 2024-01-01; "December 20" in one of January 12, 2023 is 2022-12-20.
 * @example nearestYear(12, 20, '2023-01-12') // 2022
 */
export function nearestYear(month: number, day: number, reference: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(reference)
  if (!match) return null
  const year = Number(match[1])
  const target = Date.UTC(year, Number(match[2]) - 1, Number(match[3]))
  for (const candidate of [year - 1, year, year + 1]) {
    if (!isRealDay(candidate, month, day)) continue
    const offset = (Date.UTC(candidate, month - 1, day) - target) / DAY
    if (offset >= -275 && offset < 90) return candidate
  }
  return null
}

function monthOf(word: string): number {
  return MONTHS[word.toLowerCase()] ?? 0
}

function dayCandidate(index: number, text: string, year: number | null, month: number, day: number): Candidate | null {
  if (year !== null && !isRealDay(year, month, day)) return null
  if (year === null && !isRealDay(2000, month, day)) return null
  const value = year === null ? null : `${year}-${pad(month)}-${pad(day)}`
  return { index, text, kind: 'date', value, priority: DATE_PRIORITY, dateUnit: 'day', span: value ? { start: value, end: value } : undefined }
}

interface DateRule {
  readonly pattern: RegExp
  readonly read: (match: RegExpExecArray, reference: string | undefined) => Candidate | null
}

const DAY_SUFFIX = '(?:st|nd|rd|th)?'

// A date never spans a line break (sentences end at one): words are joined by spaces or tabs only.
const RULES: readonly DateRule[] = [
  {
    // June 18, 2024 · Sept. 30, 2025 · June 5th 2024
    pattern: new RegExp(`(?<![\\w.])(${MONTH_PATTERN})[^\\S\\n]+(\\d{1,2})${DAY_SUFFIX},?[^\\S\\n]+(\\d{4})\\b`, 'g'),
    read: (m) => dayCandidate(m.index, m[0], Number(m[3]), monthOf(m[1] ?? ''), Number(m[2])),
  },
  {
    // 18 June 2024
    pattern: new RegExp(`\\b(\\d{1,2})${DAY_SUFFIX}[^\\S\\n]+(${MONTH_PATTERN})[^\\S\\n]+(\\d{4})\\b`, 'g'),
    read: (m) => dayCandidate(m.index, m[0], Number(m[3]), monthOf(m[2] ?? ''), Number(m[1])),
  },
  {
    // July 2020 · September of 2023
    pattern: new RegExp(`(?<![\\w.])(${MONTH_PATTERN})[^\\S\\n]+(?:of[^\\S\\n]+)?(\\d{4})\\b`, 'g'),
    read: (m) => {
      const value = `${m[2]}-${pad(monthOf(m[1] ?? ''))}`
      return { index: m.index, text: m[0], kind: 'date', value, priority: DATE_PRIORITY, dateUnit: 'month', span: spanOfIso(value) }
    },
  },
  {
    // June 5 · Sept. 30th: the year comes from the article's date.
    pattern: new RegExp(`(?<![\\w.])(${MONTH_PATTERN})[^\\S\\n]+(\\d{1,2})${DAY_SUFFIX}(?![\\d,]\\d|\\d|%)\\b`, 'g'),
    read: (m, reference) => {
      const month = monthOf(m[1] ?? '')
      const day = Number(m[2])
      return dayCandidate(m.index, m[0], reference ? nearestYear(month, day, reference) : null, month, day)
    },
  },
  {
    // 5 June
    pattern: new RegExp(`\\b(\\d{1,2})${DAY_SUFFIX}[^\\S\\n]+(${MONTH_PATTERN})(?=[\\s,.;]|$)`, 'g'),
    read: (m, reference) => {
      const month = monthOf(m[2] ?? '')
      const day = Number(m[1])
      return dayCandidate(m.index, m[0], reference ? nearestYear(month, day, reference) : null, month, day)
    },
  },
  {
    pattern: /\b(\d{4})-(\d{2})-(\d{2})\b/g,
    read: (m) => dayCandidate(m.index, m[0], Number(m[1]), Number(m[2]), Number(m[3])),
  },
  {
    // 6/18/2024 · 6/18/24 (US order)
    pattern: /\b(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})\b/g,
    read: (m) => {
      const year = (m[3] ?? '').length === 2 ? 2000 + Number(m[3]) : Number(m[3])
      return dayCandidate(m.index, m[0], year, Number(m[1]), Number(m[2]))
    },
  },
  {
    // 6/18 without a year, unless it is a fraction ("1/3 of") or a name (9/11, caught before dates).
    pattern: /\b(\d{1,2})\/(\d{1,2})\b(?!\/\d|[^\S\n]+of\b)/g,
    read: (m, reference) => {
      const month = Number(m[1])
      const day = Number(m[2])
      return dayCandidate(m.index, m[0], reference ? nearestYear(month, day, reference) : null, month, day)
    },
  },
  {
    // fiscal year 2023 · financial year 2023 · fiscal 2023 · FY2023 · FY 2023 · FY23: the US federal year, October to September.
    pattern: /\b(?:[Ff]iscal[^\S\n]+(?:[Yy]ear[^\S\n]+)?|[Ff]inancial[^\S\n]+[Yy]ear[^\S\n]+)((?:19|20)\d{2})\b(?![-–/]\d)|\bFY[^\S\n]?((?:19|20)?\d{2})\b(?![-–/]\d)/g,
    read: (m) => {
      const digits = m[1] ?? m[2] ?? ''
      const year = digits.length === 2 ? 2000 + Number(digits) : Number(digits)
      const end = isoOfDay(usFiscalYearEnd(year))
      const start = `${year - 1}-10-01`
      return { index: m.index, text: m[0], kind: 'date', value: `${start}/${end}`, priority: DATE_PRIORITY, dateUnit: 'fiscal year', span: { start, end } }
    },
  },
  {
    // mid-2023 · early 2024 · late 2022
    pattern: /\b(?:mid|early|late)(?:-|[^\S\n])((?:18|19|20)\d{2})\b/gi,
    read: (m) => ({ index: m.index, text: m[0], kind: 'date', value: m[1] ?? null, priority: DATE_PRIORITY, dateUnit: 'year', span: spanOfIso(m[1] ?? '') }),
  },
  {
    // the 1990s
    pattern: /\b((?:18|19|20)\d0)s\b/g,
    read: (m) => {
      const decade = Number(m[1])
      return { index: m.index, text: m[0], kind: 'date', value: null, priority: DATE_PRIORITY, dateUnit: 'decade', span: { start: `${decade}-01-01`, end: `${decade + 9}-12-31` } }
    },
  },
]

/**
 * Calendar dates, months, fiscal years and decades written in the text. A date without a year takes the year that
 * puts it nearest the reference day (the article's publication date); with no reference its value is null.
 * Bare years ("since 2021") are read with numbers, where a hedge or a rate can show they are counts.
 * @example findDates('since July 2020')[0].value // '2020-07'
 * @example findDates('in fiscal year 2023')[0].value // '2022-10-01/2023-09-30'
 */
export function findDates(text: string, reference?: string): Candidate[] {
  const found: Candidate[] = []
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      const candidate = rule.read(match as RegExpExecArray, reference)
      if (candidate) found.push(candidate)
    }
  }
  return found
}
