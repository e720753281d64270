import nlp from 'compromise'
import datesPlugin, { type DatesMethods } from 'compromise-dates'

// compromise keeps one model per process; the dates plugin extends it once, on first import.
nlp.plugin(datesPlugin)

// compromise tags a whole phrase per call (milliseconds each); articles repeat the same short phrases, so keep answers.
const MAX_CACHED = 5000
function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  const known = cache.get(key)
  if (known !== undefined || cache.has(key)) return known as T
  const value = compute()
  if (cache.size >= MAX_CACHED) cache.clear()
  cache.set(key, value)
  return value
}

const numberCache = new Map<string, number | null>()
/**
 * The value compromise reads in a short phrase of number words, or null.
 * @example wordsToNumber('twenty-five') // 25
 * @example wordsToNumber('fifth') // 5
 */
export function wordsToNumber(phrase: string): number | null {
  return memo(numberCache, phrase.toLowerCase(), () => {
    const values = nlp(phrase).numbers().get() as unknown[]
    const value = values[0]
    return typeof value === 'number' && Number.isFinite(value) ? value : null
  })
}

export interface DaySpan {
  /** First day, YYYY-MM-DD. */
  readonly start: string
  /** Last day, YYYY-MM-DD. */
  readonly end: string
}

const dateCache = new Map<string, DaySpan | null>()
/**
 * The days a relative date phrase covers, read by compromise-dates against a reference day ("today" for the
 * article: its publication date). Null when it names no definite span.
 * @example relativeDaySpan('last month', '2024-06-18') // { start: '2024-05-01', end: '2024-05-31' }
 */
export function relativeDaySpan(phrase: string, reference: string): DaySpan | null {
  return memo(dateCache, `${reference}|${phrase.toLowerCase()}`, () => {
    const found = nlp<DatesMethods>(phrase).dates({ today: reference, timezone: 'UTC' }).get()[0]
    if (!found?.start || !found.end) return null
    const start = found.start.slice(0, 10)
    const end = found.end.slice(0, 10)
    return /^\d{4}-\d{2}-\d{2}$/.test(start) && /^\d{4}-\d{2}-\d{2}$/.test(end) && start <= end ? { start, end } : null
  })
}

const personCache = new Map<string, boolean>()
/** Whether compromise reads a person's name in the phrase ("Manny Bayon"; not "Fox News"). */
export function namesAPerson(phrase: string): boolean {
  return memo(personCache, phrase, () => nlp(phrase).people().length > 0)
}
