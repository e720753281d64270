import { describe, expect, it } from 'vitest'
import { interval } from '../figure'
import { numberLineChart, type ChartRow } from './index'

const rows: ChartRow[] = [
  { label: 'Before the order', interval: interval(3900, Infinity), nominal: 3900, role: 'figure' },
  { label: 'After the order', interval: interval(3150, 3250), nominal: 3200, role: 'figure' },
  { label: 'Trigger', interval: interval(2500, 2500), nominal: 2500, role: 'threshold' },
]

describe('numberLineChart', () => {
  it('returns no chart for no finite figures', () => {
    expect(numberLineChart({ title: 'Empty', rows: [] })).toBeNull()
    expect(numberLineChart({ title: 'NaN', rows: [{ label: 'x', interval: interval(1, 2), nominal: Number.NaN, role: 'figure' }] })).toBeNull()
  })

  it('draws bars from zero and runs an open end to the edge', () => {
    const chart = numberLineChart({ title: 'Daily crossings', rows, fromZero: true })!
    const [before, after, trigger] = chart.rows
    expect(before?.openHigh).toBe(true)
    expect(before?.x1).toBe(chart.plotRight)
    expect(after?.barFrom).toBe(chart.plotLeft)
    expect(after!.x0).toBeLessThan(after!.x1)
    expect(trigger?.x0).toBe(trigger?.x1)
    expect(chart.ticks[0]?.label).toBe('0')
  })

  it('zooms to the intervals when not from zero, keeping overlap visible', () => {
    const chart = numberLineChart({
      title: 'Total',
      rows: [
        { label: 'Stated', interval: interval(41_500, 42_500), nominal: 42_000, role: 'stated' },
        { label: 'Computed', interval: interval(40_950, 42_250), nominal: 41_600, role: 'computed' },
      ],
    })!
    expect(chart.ticks.every((tick) => tick.label !== '0')).toBe(true)
    const [stated, computed] = chart.rows
    expect(computed!.x1).toBeGreaterThan(stated!.x0)
  })

  it('describes the chart in words', () => {
    expect(numberLineChart({ title: 'Daily crossings', rows, unit: 'per day' })!.description).toBe(
      'Daily crossings (per day): Before the order, at least 3,900; After the order, 3,150 – 3,250; Trigger, exactly 2,500.',
    )
  })
})
