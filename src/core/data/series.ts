import { add, divide, interval, point, type Interval } from '../figure/interval'
import { dateInterval } from '../figure/dates'
import type { DerivedTable } from './derive'
import type { DatasetMetadata, Rounding, SeriesSpec } from './metadata'
import { daysInMonth, formatMonth, monthsBetween, previousMonth } from './months'

/** One month of a series as a check used it: the published count and what its rounding allows. */
export interface SeriesMonth {
  readonly month: string
  readonly count: number
  readonly interval: Interval
  /** Published rows summed into it: each carries the dataset's rounding. */
  readonly rows: number
  /** Count per category, for a series with `by`. */
  readonly categories?: ReadonlyMap<string, number>
}

/** A monthly series of one dataset, ready to query. */
export interface Series {
  /** "dataset-id/series-id", as a check names it. */
  readonly ref: string
  readonly dataset: Pick<DatasetMetadata, 'id' | 'publisher' | 'title' | 'coverage' | 'rounding'>
  readonly spec: SeriesSpec
  readonly months: ReadonlyMap<string, SeriesMonth>
}

/** Thrown for a query the series cannot answer; `message` says why for a person. */
export class SeriesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SeriesError'
  }
}

/** What one published count stands for under the dataset's rounding. @example roundedCount(38560, { to: 10 }) // 38,555–38,565 */
export function roundedCount(count: number, rounding: Rounding, rows = 1): Interval {
  if ('exact' in rounding) return point(count)
  const half = (rounding.to / 2) * rows
  return interval(Math.max(0, count - half), count + half)
}

/** Builds a series from its derived table: rows filtered by `where`, summed per month. */
export function buildSeries(dataset: Pick<DatasetMetadata, 'id' | 'publisher' | 'title' | 'coverage' | 'rounding'>, spec: SeriesSpec, table: DerivedTable): Series {
  const sums = new Map<string, { count: number; rows: number; categories: Map<string, number> }>()
  for (const row of table.rows) {
    if (Object.entries(spec.where ?? {}).some(([name, value]) => row.dimensions[name] !== value)) continue
    const entry = sums.get(row.month) ?? { count: 0, rows: 0, categories: new Map<string, number>() }
    entry.count += row.count
    entry.rows += 1
    if (spec.by) {
      const category = row.dimensions[spec.by] ?? ''
      entry.categories.set(category, (entry.categories.get(category) ?? 0) + row.count)
    }
    sums.set(row.month, entry)
  }
  const months = new Map<string, SeriesMonth>()
  for (const month of [...sums.keys()].sort()) {
    const { count, rows, categories } = sums.get(month) as { count: number; rows: number; categories: Map<string, number> }
    months.set(month, { month, count, rows, interval: roundedCount(count, dataset.rounding, rows), ...(spec.by ? { categories } : {}) })
  }
  return { ref: `${dataset.id}/${spec.id}`, dataset, spec, months }
}

/** A query's answer: nominal value, interval, the months read, and a line a reader can follow. */
export interface SeriesAnswer {
  readonly nominal: number
  readonly interval: Interval
  readonly months: readonly SeriesMonth[]
  readonly text: string
  /** For `lastBelowPerDay`: the answer is a date (a day number). */
  readonly kind: 'number' | 'date'
}

function monthOf(series: Series, month: string): SeriesMonth {
  const { start, end } = series.dataset.coverage
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new SeriesError(`"${month}" is not a month as YYYY-MM`)
  if (month < start || month > end) {
    throw new SeriesError(`${month} is outside ${series.dataset.id}'s coverage (${start} to ${end})`)
  }
  const found = series.months.get(month)
  if (!found) throw new SeriesError(`${series.ref} has no count for ${month}`)
  return found
}

function range(series: Series, from: string, to: string): SeriesMonth[] {
  if (to < from) throw new SeriesError(`the range ${from} to ${to} ends before it starts`)
  return monthsBetween(from, to).map((month) => monthOf(series, month))
}

function label(from: string, to: string): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)} to ${formatMonth(to)}`
}

/**
 * The series' count for a month, or summed over months (inclusive), with each published row's rounding.
 * @example count(series, '2024-05').nominal // 117910
 */
export function count(series: Series, from: string, to = from): SeriesAnswer {
  const months = range(series, from, to)
  const nominal = months.reduce((sum, month) => sum + month.count, 0)
  const total = months.reduce<Interval>((sum, month) => add(sum, month.interval), point(0))
  return { nominal, interval: total, months, text: `${series.spec.title}, ${label(from, to)}`, kind: 'number' }
}

/**
 * The count per day: the months' total over their days (exact).
 * @example perDay(series, '2024-06').nominal // 83530 / 30
 */
export function perDay(series: Series, from: string, to = from): SeriesAnswer {
  const total = count(series, from, to)
  const days = total.months.reduce((sum, month) => sum + daysInMonth(month.month), 0)
  return {
    ...total,
    nominal: total.nominal / days,
    interval: divide(total.interval, point(days)),
    text: `${series.spec.title}, ${label(from, to)}, per day (${days} days)`,
  }
}

/**
 * The last month before `before` whose count per day was below `threshold`, as a date interval: a
 * month whose rounding leaves it on either side of the threshold widens the answer to include it.
 * The months read are the answer and every later month up to `before`, all shown.
 * @example lastBelowPerDay(series, 1500, '2024-06') // July 2020 in the OHSS series
 */
export function lastBelowPerDay(series: Series, threshold: number, before: string): SeriesAnswer {
  if (!Number.isFinite(threshold) || threshold <= 0) throw new SeriesError(`the threshold must be a positive number; got ${threshold}`)
  monthOf(series, previousMonth(before))
  const read: SeriesMonth[] = []
  let latestPossible: string | undefined
  for (let month = previousMonth(before); month >= series.dataset.coverage.start; month = previousMonth(month)) {
    const entry = monthOf(series, month)
    read.unshift(entry)
    const days = daysInMonth(month)
    const low = entry.interval.low / days
    const high = entry.interval.high / days
    if (high < threshold) {
      const answer = dateInterval(month)
      const end = latestPossible ? dateInterval(latestPossible).high : answer.high
      return {
        nominal: answer.low,
        interval: interval(answer.low, end),
        months: read,
        text: `${series.spec.title}: last month before ${formatMonth(before)} under ${threshold.toLocaleString('en-US')} a day`,
        kind: 'date',
      }
    }
    if (low < threshold && latestPossible === undefined) latestPossible = month
  }
  throw new SeriesError(
    `${series.ref} stays at or above ${threshold} a day from ${series.dataset.coverage.start}, the start of its coverage, to ${formatMonth(previousMonth(before))}`,
  )
}

/**
 * How many categories (of the series' `by` dimension) have a count in a month, leaving out the names
 * the series calls uncategorised ("Unknown"). Under rounding, categories too small to reach the rounding unit are not
 * listed, so the answer is a floor unless the dataset is exact.
 */
export function categories(series: Series, month: string): SeriesAnswer {
  const exclude = series.spec.uncategorised ?? []
  if (!series.spec.by) throw new SeriesError(`${series.ref} has no categories; give its series a "by" dimension`)
  const entry = monthOf(series, month)
  const listed = [...(entry.categories ?? new Map()).entries()].filter(([name, value]) => value > 0 && !exclude.includes(name)).length
  const floorOnly = !('exact' in series.dataset.rounding)
  return {
    nominal: listed,
    interval: floorOnly ? interval(listed, Infinity) : point(listed),
    months: [entry],
    text: `${series.spec.title}: ${series.spec.by} categories listed for ${formatMonth(month)}`,
    kind: 'number',
  }
}
