import { format } from 'date-fns'
import { interval, type Interval } from './interval'

const MS_PER_DAY = 86_400_000
const PARTIAL_ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/** Days since 1970-01-01 (UTC) of an ISO calendar date. Throws on anything but a real date. */
export function dayNumber(isoDate: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate)
  if (!match) throw new RangeError(`Expected a date as YYYY-MM-DD, got "${isoDate}"`)
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const ms = Date.UTC(year, month - 1, day)
  const check = new Date(ms)
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`"${isoDate}" is not a calendar date`)
  }
  return ms / MS_PER_DAY
}

/**
 * The days a partial date covers: "2023" is the whole year, "2023-09" the month, "2023-09-30" one day.
 * @example dateInterval('2023-09') // days of 2023-09-01 .. 2023-09-30
 */
export function dateInterval(isoPartial: string): Interval {
  const match = PARTIAL_ISO.exec(isoPartial)
  if (!match) throw new RangeError(`Expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got "${isoPartial}"`)
  const year = Number(match[1])
  if (match[3] !== undefined) {
    const day = dayNumber(isoPartial)
    return interval(day, day)
  }
  if (match[2] !== undefined) {
    const month = Number(match[2])
    if (month < 1 || month > 12) throw new RangeError(`"${isoPartial}" has no month ${month}`)
    const first = Date.UTC(year, month - 1, 1) / MS_PER_DAY
    const last = Date.UTC(year, month, 1) / MS_PER_DAY - 1
    return interval(first, last)
  }
  return interval(Date.UTC(year, 0, 1) / MS_PER_DAY, Date.UTC(year + 1, 0, 1) / MS_PER_DAY - 1)
}

/** @example formatDay(dayNumber('2023-09-30')) // 'September 30, 2023' */
export function formatDay(day: number): string {
  const utc = new Date(day * MS_PER_DAY)
  // date-fns formats in local time; rebuild the same calendar day locally so no time zone shifts it.
  return format(new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate()), 'MMMM d, yyyy')
}

/** @example isoOfDay(19630) // '2023-09-30' */
export function isoOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/**
 * Last day of a US federal fiscal year: FY N runs from October 1 of N−1 to September 30 of N
 * (31 U.S.C. § 1102).
 */
export function usFiscalYearEnd(fiscalYear: number): number {
  if (!Number.isInteger(fiscalYear)) throw new RangeError(`A fiscal year is a whole year, got ${fiscalYear}`)
  return dayNumber(`${String(fiscalYear).padStart(4, '0')}-09-30`)
}
