import { scaleLinear } from 'd3-scale'
import { displayInterval } from '../check/values'
import { formatNumber, type Interval } from '../figure'

/** One figure on a number line: its interval as a band, its written value as a tick. */
export interface ChartRow {
  readonly label: string
  readonly interval: Interval
  readonly nominal: number
  readonly role: 'stated' | 'computed' | 'figure' | 'threshold'
  readonly href?: string
}

export interface PlacedRow extends ChartRow {
  /** Left and right edge of the band, in chart units; an open end runs to the chart's edge. */
  readonly x0: number
  readonly x1: number
  readonly xNominal: number
  readonly openLow: boolean
  readonly openHigh: boolean
  /** Start of the bar drawn from zero, when the chart starts at zero. */
  readonly barFrom: number | null
  readonly intervalText: string
}

export interface NumberLineChart {
  readonly title: string
  readonly width: number
  readonly plotLeft: number
  readonly plotRight: number
  readonly rows: readonly PlacedRow[]
  readonly ticks: readonly { readonly x: number; readonly label: string }[]
  /** The chart in words, for readers who cannot see it. */
  readonly description: string
}

const WIDTH = 640
const MARGIN = 12

/**
 * Lays figures out on one linear axis with d3-scale. `fromZero` draws bars from zero (for comparing
 * sizes); without it the axis zooms to the intervals (for seeing whether they overlap).
 * Open ends reach past the largest finite bound by a fifth of the span, then the edge.
 * @example numberLineChart({ title: 'Daily crossings', rows, fromZero: true }).ticks
 */
export function numberLineChart(input: { title: string; rows: readonly ChartRow[]; fromZero?: boolean; unit?: string }): NumberLineChart | null {
  const rows = input.rows.filter((row) => Number.isFinite(row.nominal))
  if (rows.length === 0) return null
  const finite = rows.flatMap((row) => [row.interval.low, row.interval.high, row.nominal]).filter(Number.isFinite)
  let low = Math.min(...finite)
  let high = Math.max(...finite)
  const hasOpenHigh = rows.some((row) => row.interval.high === Infinity)
  const hasOpenLow = rows.some((row) => row.interval.low === -Infinity)
  const span = high - low || Math.abs(high) || 1
  if (hasOpenHigh) high += span * 0.2
  if (hasOpenLow) low -= span * 0.2
  if (input.fromZero) {
    low = Math.min(0, low)
    high = Math.max(0, high)
  } else {
    low -= span * 0.08
    high += span * 0.08
  }
  const scale = scaleLinear()
    .domain([low, high])
    .range([MARGIN, WIDTH - MARGIN])
  if (!hasOpenHigh && !hasOpenLow) scale.nice(5)
  const [domainLow, domainHigh] = scale.domain() as [number, number]
  const clamp = (value: number) => scale(Math.min(Math.max(value, domainLow), domainHigh))
  const placed = rows.map((row) => ({
    ...row,
    x0: clamp(row.interval.low),
    x1: clamp(row.interval.high),
    xNominal: clamp(row.nominal),
    openLow: row.interval.low === -Infinity,
    openHigh: row.interval.high === Infinity,
    barFrom: input.fromZero && row.interval.low > 0 ? scale(0) : null,
    intervalText: displayInterval(row.interval),
  }))
  const tickLabel = (value: number) => (Math.abs(domainHigh) >= 10_000 ? COMPACT.format(value) : formatNumber(value))
  const ticks = scale.ticks(5).map((value) => ({ x: scale(value), label: tickLabel(value) }))
  const description = `${input.title}${input.unit ? ` (${input.unit})` : ''}: ${placed.map((row) => `${row.label}, ${row.intervalText}`).join('; ')}.`
  return { title: input.title, width: WIDTH, plotLeft: MARGIN, plotRight: WIDTH - MARGIN, rows: placed, ticks, description }
}

// Axis labels are short: "200K" fits a phone where "200,000" collides with its neighbour. Made
// once: building a formatter costs more than a chart's every label.
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 })

/** What a check chart needs of a check result. */
export interface ChartableCheck {
  readonly title: string
  readonly computed: { readonly nominal: number; readonly interval: Interval; readonly kind: 'number' | 'date' } | null
  readonly stated: { readonly written: string; readonly interval: Interval; readonly kind: 'number' | 'date' } | null
  readonly relation: { readonly symbol: string } | null
}

/**
 * A check's result beside what it is compared with, zoomed so that overlap shows; null when the
 * check has no two numeric intervals to compare.
 */
export function checkChart(check: ChartableCheck): NumberLineChart | null {
  const { computed, stated } = check
  if (!computed || !stated || computed.kind !== 'number' || stated.kind !== 'number') return null
  const statedNominal = Number.isFinite(stated.interval.low)
    ? Number.isFinite(stated.interval.high)
      ? (stated.interval.low + stated.interval.high) / 2
      : stated.interval.low
    : stated.interval.high
  return numberLineChart({
    title: check.title,
    rows: [
      { label: check.relation ? `Compared with ${stated.written}` : `Stated ${stated.written}`, interval: stated.interval, nominal: statedNominal, role: 'stated' },
      { label: 'Computed', interval: computed.interval, nominal: computed.nominal, role: 'computed' },
    ],
  })
}
