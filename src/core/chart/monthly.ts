import { scaleLinear } from 'd3-scale'
import { formatNumber } from '../figure/format'
import { formatMonth, monthsBetween } from '../data/months'

// A monthly count series as a static chart: months on the x axis, counts from zero on the y axis,
// each month's rounding interval as a band (a line chart) or a whisker (columns). Geometry only, in
// chart units; the page draws it as SVG with HTML labels, so nothing runs in the browser.

/** One month of a series: the published count and the interval its rounding allows. */
export interface MonthlyPoint {
  readonly month: string
  readonly count: number
  readonly low: number
  readonly high: number
}

/** A claim's check that read some months of the series, to mark on the chart. */
export interface MonthlyMarkInput {
  readonly label: string
  readonly href: string
  readonly months: readonly string[]
}

export interface PlacedPoint extends MonthlyPoint {
  /** Centre of the month's slot. */
  readonly x: number
  readonly y: number
  readonly yLow: number
  readonly yHigh: number
}

export interface PlacedMark extends MonthlyMarkInput {
  /** 1-based, in the order the marks fall along the axis: the badge's text and the legend's. */
  readonly number: number
  /** Where the mark's badge sits: over its earliest month, kept inside the plot. */
  readonly badgeX: number
  /** The badge row, 0 nearest the plot: marks whose badges would overlap on a phone get another row. */
  readonly lane: number
  /** Each run of consecutive months read, as a span of the x axis. */
  readonly spans: readonly { readonly x0: number; readonly x1: number }[]
  /** "July 2020 to May 2024", "May 2024 and June 2024". */
  readonly monthsText: string
}

export interface MonthlyChart {
  readonly title: string
  readonly width: number
  readonly height: number
  /** Width of one month's slot. */
  readonly slot: number
  readonly points: readonly PlacedPoint[]
  /** The counts as an SVG path, broken where a month is missing. */
  readonly line: string
  /** The rounding intervals as a closed SVG path per unbroken run; empty when every count is exact. */
  readonly band: string
  readonly yTicks: readonly { readonly y: number; readonly label: string }[]
  readonly xTicks: readonly { readonly x: number; readonly label: string }[]
  readonly marks: readonly PlacedMark[]
  readonly lanes: number
  /** The chart in words, for readers who cannot see it. */
  readonly description: string
}

export const MONTHLY_CHART_WIDTH = 640
/**
 * Least distance between two badges in one lane, in chart units: a 1.6rem badge on a plot about
 * 300 px wide (a 375 px phone less the page margins and the y axis) is about 60 units of 640.
 */
export const BADGE_SPACING = 64

// Axis labels are short: "200K" fits a phone where "200,000" collides with its neighbour.
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function shortMonth(month: string): string {
  const [year, number] = month.split('-').map(Number) as [number, number]
  return `${SHORT_MONTHS[number - 1]} ${year}`
}

/** Consecutive runs of a sorted list of months, as [first, last] pairs. */
export function monthRuns(months: readonly string[]): [string, string][] {
  const sorted = [...new Set(months)].sort()
  const runs: [string, string][] = []
  for (const month of sorted) {
    const last = runs[runs.length - 1]
    if (last && monthsBetween(last[1], month).length === 2) last[1] = month
    else runs.push([month, month])
  }
  return runs
}

/**
 * The months read, as a reader says them.
 * @example describeMonths(['2024-05', '2024-06']) // 'May 2024 to June 2024'
 * @example describeMonths(['2020-07', '2024-06']) // 'July 2020 and June 2024'
 */
export function describeMonths(months: readonly string[]): string {
  const runs = monthRuns(months).map(([from, to]) => (from === to ? formatMonth(from) : `${formatMonth(from)} to ${formatMonth(to)}`))
  if (runs.length <= 1) return runs[0] ?? ''
  return `${runs.slice(0, -1).join(', ')} and ${runs[runs.length - 1]}`
}

/** Ticks along the months: years for a long series, months for a short one, at most `max` of them. */
function monthTicks(months: readonly string[], max: number): string[] {
  if (months.length <= max) return [...months]
  if (months.length <= 36) {
    const every = Math.ceil(months.length / max)
    return months.filter((_, index) => index % every === 0)
  }
  const januaries = months.filter((month) => month.endsWith('-01'))
  const years = januaries.length || 1
  const every = [1, 2, 5, 10, 20, 50].find((step) => years / step <= max) ?? Math.ceil(years / max)
  return januaries.filter((month) => Number(month.slice(0, 4)) % every === 0)
}

/**
 * Lays out a monthly series: a slot per month from the first to the last (a month with no count
 * leaves a gap), y from zero to a round number above the highest interval, and each mark's badge
 * in the lowest lane where it keeps {@link BADGE_SPACING} from the badge before it.
 * @example monthlyChart({ title: 'Encounters', points: [{ month: '2024-05', count: 117910, low: 117905, high: 117915 }] }).yTicks
 */
export function monthlyChart(input: { title: string; points: readonly MonthlyPoint[]; marks?: readonly MonthlyMarkInput[]; height?: number; unit?: string }): MonthlyChart | null {
  const points = input.points.filter((point) => Number.isFinite(point.count) && Number.isFinite(point.low) && Number.isFinite(point.high))
  if (points.length === 0) return null
  const sorted = [...points].sort((a, b) => a.month.localeCompare(b.month))
  const months = monthsBetween(sorted[0]!.month, sorted[sorted.length - 1]!.month)
  const index = new Map(months.map((month, position) => [month, position]))
  const width = MONTHLY_CHART_WIDTH
  const height = input.height ?? 180
  const slot = width / months.length
  const xOf = (month: string) => ((index.get(month) ?? 0) + 0.5) * slot
  const top = Math.max(...sorted.map((point) => point.high))
  // A little headroom above the tallest point, so the line never runs along the frame.
  const scale = scaleLinear()
    .domain([0, top > 0 ? top : 1])
    .range([height, 6])
    .nice(4)
  const placed = sorted.map((point) => ({ ...point, x: xOf(point.month), y: scale(point.count), yLow: scale(point.low), yHigh: scale(point.high) }))

  const runs: PlacedPoint[][] = []
  for (const point of placed) {
    const run = runs[runs.length - 1]
    const previous = run?.[run.length - 1]
    if (run && previous && index.get(point.month) === (index.get(previous.month) ?? -2) + 1) run.push(point)
    else runs.push([point])
  }
  const round = (value: number) => Math.round(value * 100) / 100
  const line = runs.map((run) => run.map((point, position) => `${position === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.y)}`).join(' ')).join(' ')
  const exact = placed.every((point) => point.low === point.high)
  const band = exact
    ? ''
    : runs
        .map((run) => {
          const upper = run.map((point, position) => `${position === 0 ? 'M' : 'L'}${round(point.x)} ${round(point.yHigh)}`)
          const lower = [...run].reverse().map((point) => `L${round(point.x)} ${round(point.yLow)}`)
          return `${upper.join(' ')} ${lower.join(' ')} Z`
        })
        .join(' ')

  const yTicks = scale.ticks(4).map((value) => ({ y: scale(value), label: value === 0 ? '0' : COMPACT.format(value) }))
  const xTicks = monthTicks(months, 6).map((month) => ({
    x: xOf(month),
    label: months.length > 36 ? month.slice(0, 4) : shortMonth(month),
  }))

  const inRange = (month: string) => index.has(month)
  const ordered = (input.marks ?? [])
    .map((mark) => ({ ...mark, months: [...new Set(mark.months.filter(inRange))].sort() }))
    .filter((mark) => mark.months.length > 0)
    .sort((a, b) => a.months[0]!.localeCompare(b.months[0]!) || a.label.localeCompare(b.label))
  const laneEnds: number[] = []
  const half = BADGE_SPACING / 2
  const marks = ordered.map((mark, position) => {
    const badgeX = Math.min(Math.max(xOf(mark.months[0]!), half), width - half)
    let lane = laneEnds.findIndex((end) => badgeX - end >= BADGE_SPACING)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = badgeX
    return {
      ...mark,
      number: position + 1,
      badgeX,
      lane,
      spans: monthRuns(mark.months).map(([from, to]) => ({ x0: (index.get(from) ?? 0) * slot, x1: ((index.get(to) ?? 0) + 1) * slot })),
      monthsText: describeMonths(mark.months),
    }
  })

  const lowest = sorted.reduce((min, point) => (point.count < min.count ? point : min))
  const highest = sorted.reduce((max, point) => (point.count > max.count ? point : max))
  const last = sorted[sorted.length - 1]!
  const unit = input.unit ? ` ${input.unit}` : ''
  const description = [
    sorted.length === 1
      ? `${input.title}: ${formatMonth(last.month)}, ${formatNumber(last.count)}${unit}.`
      : `${input.title}, ${formatMonth(sorted[0]!.month)} to ${formatMonth(last.month)}: lowest ${formatNumber(lowest.count)}${unit} in ${formatMonth(lowest.month)}, highest ${formatNumber(highest.count)} in ${formatMonth(highest.month)}, last ${formatNumber(last.count)} in ${formatMonth(last.month)}.`,
    ...marks.map((mark) => `Mark ${mark.number}: ${mark.label}, reading ${mark.monthsText}.`),
  ].join(' ')

  return { title: input.title, width, height, slot, points: placed, line, band, yTicks, xTicks, marks, lanes: laneEnds.length, description }
}
