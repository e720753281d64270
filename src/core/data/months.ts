import { dateInterval } from '../figure/dates'

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/** Thrown for a month that cannot be read; the caller adds the file, row and column. */
export class MonthError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'MonthError'
  }
}

function monthNumber(name: string): number {
  // "01 October", "October", "OCT", "Oct.": an optional ordinal, then a name or its first three letters.
  const word = name
    .trim()
    .toLowerCase()
    .replace(/^\d{1,2}\s+/, '')
    .replace(/\.$/, '')
  const index = MONTH_NAMES.findIndex((month) => month === word || (word.length === 3 && month.startsWith(word)))
  if (index === -1) throw new MonthError(`"${name}" is not a month name (expected e.g. "October", "01 October" or "OCT")`)
  return index + 1
}

function iso(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`
}

/**
 * The calendar month of a U.S. federal fiscal year's month: FY N runs from October N−1 to September N.
 * @example fiscalMonth(2024, '09 June') // '2024-06'
 * @example fiscalMonth('2022', 'OCT')   // '2021-10'
 */
export function fiscalMonth(fiscalYear: unknown, monthName: unknown): string {
  // CBP writes the current, incomplete year as "2025 (FYTD)": fiscal year to date.
  const year =
    typeof fiscalYear === 'number'
      ? fiscalYear
      : Number(
          String(fiscalYear ?? '')
            .trim()
            .replace(/^(\d{4}) \(FYTD\)$/, '$1'),
        )
  if (!Number.isInteger(year) || year < 1900 || year > 2200) {
    throw new MonthError(`"${String(fiscalYear)}" is not a fiscal year (expected a year such as 2024)`)
  }
  if (typeof monthName !== 'string') throw new MonthError(`${JSON.stringify(monthName)} is not a month name`)
  const month = monthNumber(monthName)
  return iso(month >= 10 ? year - 1 : year, month)
}

/**
 * A calendar month written as "2024-06", "June 2024" or a Date.
 * @example calendarMonth('June 2024') // '2024-06'
 */
export function calendarMonth(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return iso(value.getUTCFullYear(), value.getUTCMonth() + 1)
  const text = String(value ?? '').trim()
  const isoMatch = /^(\d{4})-(\d{2})(?:-\d{2})?$/.exec(text)
  if (isoMatch) {
    const month = Number(isoMatch[2])
    if (month >= 1 && month <= 12) return iso(Number(isoMatch[1]), month)
  }
  const named = /^([A-Za-z]+\.?)\s+(\d{4})$/.exec(text)
  if (named) return iso(Number(named[2]), monthNumber(named[1] ?? ''))
  throw new MonthError(`"${text}" is not a month (expected YYYY-MM or e.g. "June 2024")`)
}

/** Number of days in a YYYY-MM month. @example daysInMonth('2024-02') // 29 */
export function daysInMonth(month: string): number {
  const range = dateInterval(month)
  return range.high - range.low + 1
}

/** Every month from `from` to `to`, inclusive. @example monthsBetween('2024-11', '2025-01') // ['2024-11', '2024-12', '2025-01'] */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  let [year, month] = from.split('-').map(Number) as [number, number]
  const [endYear, endMonth] = to.split('-').map(Number) as [number, number]
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(iso(year, month))
    month += 1
    if (month > 12) {
      month = 1
      year += 1
    }
  }
  return months
}

/** The month before. @example previousMonth('2024-01') // '2023-12' */
export function previousMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  return number === 1 ? iso(year - 1, 12) : iso(year, number - 1)
}

/** "June 2024". */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  const name = MONTH_NAMES[number - 1] ?? ''
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${year}`
}
