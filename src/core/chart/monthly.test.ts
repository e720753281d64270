import { describe, expect, it } from 'vitest'
import { BADGE_SPACING, describeMonths, monthlyChart, monthRuns, MONTHLY_CHART_WIDTH, type MonthlyPoint } from './monthly'

const rounded = (month: string, count: number): MonthlyPoint => ({ month, count, low: count - 5, high: count + 5 })
const exact = (month: string, count: number): MonthlyPoint => ({ month, count, low: count, high: count })

describe('monthRuns and describeMonths', () => {
  // prettier-ignore
  const cases: [string, string[], [string, string][], string][] = [
    ['no months',                  [],                                      [],                                              ''],
    ['one month',                  ['2024-06'],                             [['2024-06', '2024-06']],                        'June 2024'],
    ['two consecutive, unsorted',  ['2024-06', '2024-05'],                  [['2024-05', '2024-06']],                        'May 2024 to June 2024'],
    ['across a year end',          ['2023-12', '2024-01'],                  [['2023-12', '2024-01']],                        'December 2023 to January 2024'],
    ['a gap',                      ['2020-07', '2024-06'],                  [['2020-07', '2020-07'], ['2024-06', '2024-06']], 'July 2020 and June 2024'],
    ['duplicates',                 ['2024-05', '2024-05', '2024-06'],       [['2024-05', '2024-06']],                        'May 2024 to June 2024'],
    ['three runs',                 ['2020-01', '2021-01', '2021-02', '2022-05'], [['2020-01', '2020-01'], ['2021-01', '2021-02'], ['2022-05', '2022-05']], 'January 2020, January 2021 to February 2021 and May 2022'],
  ]
  it.each(cases)('%s', (_label, months, runs, text) => {
    expect(monthRuns(months)).toEqual(runs)
    expect(describeMonths(months)).toBe(text)
  })
})

describe('monthlyChart', () => {
  it('returns no chart for no finite points', () => {
    expect(monthlyChart({ title: 'Empty', points: [] })).toBeNull()
    expect(monthlyChart({ title: 'NaN', points: [{ month: '2024-01', count: Number.NaN, low: 0, high: 1 }] })).toBeNull()
    expect(monthlyChart({ title: 'Infinite', points: [{ month: '2024-01', count: 1, low: 0, high: Infinity }] })).toBeNull()
  })

  it('gives each month a slot across the width, in month order whatever the input order', () => {
    const chart = monthlyChart({ title: 'T', points: [rounded('2024-03', 300), rounded('2024-01', 100), rounded('2024-02', 200)] })!
    expect(chart.slot).toBeCloseTo(MONTHLY_CHART_WIDTH / 3)
    expect(chart.points.map((point) => point.month)).toEqual(['2024-01', '2024-02', '2024-03'])
    expect(chart.points.map((point) => point.x)).toEqual([chart.slot / 2, chart.slot * 1.5, chart.slot * 2.5])
  })

  it('draws counts from zero up, a higher count higher on the chart (smaller y)', () => {
    const chart = monthlyChart({ title: 'T', points: [rounded('2024-01', 100), rounded('2024-02', 200)], height: 100 })!
    const [first, second] = chart.points
    expect(second!.y).toBeLessThan(first!.y)
    expect(chart.yTicks[0]).toEqual({ y: 100, label: '0' })
    // The rounding interval spans the count: low below it on the chart, high above.
    expect(first!.yLow).toBeGreaterThan(first!.y)
    expect(first!.yHigh).toBeLessThan(first!.y)
  })

  it('labels the y axis compactly and the x axis with years for a long series', () => {
    const points = Array.from({ length: 120 }, (_, index) => rounded(`${2000 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, 200_000))
    const chart = monthlyChart({ title: 'Ten years', points })!
    expect(chart.yTicks.map((tick) => tick.label)).toContain('200K')
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['2000', '2002', '2004', '2006', '2008'])
    expect(chart.xTicks.length).toBeLessThanOrEqual(6)
  })

  it('labels a short series by month', () => {
    const chart = monthlyChart({ title: 'Two months', points: [rounded('2024-05', 117_910), rounded('2024-06', 83_530)] })!
    expect(chart.xTicks.map((tick) => tick.label)).toEqual(['May 2024', 'Jun 2024'])
  })

  it('breaks the line and the band at a missing month', () => {
    const chart = monthlyChart({ title: 'Gap', points: [rounded('2024-01', 10), rounded('2024-02', 20), rounded('2024-04', 40)] })!
    expect(chart.slot).toBeCloseTo(MONTHLY_CHART_WIDTH / 4)
    expect(chart.line.match(/M/g)).toHaveLength(2)
    expect(chart.band.match(/Z/g)).toHaveLength(2)
  })

  it('draws no band when every count is exact', () => {
    expect(monthlyChart({ title: 'Exact', points: [exact('2024-05', 117_905), exact('2024-06', 83_532)] })!.band).toBe('')
  })

  it('numbers marks along the axis, spans the months each read and keeps badges apart in lanes', () => {
    const points = Array.from({ length: 60 }, (_, index) => rounded(`${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, 50_000))
    const chart = monthlyChart({
      title: 'Marks',
      points,
      marks: [
        { label: 'June', href: '/claims/a#check-june', months: ['2024-06'] },
        { label: 'Range', href: '/claims/b#check-range', months: ['2021-01', '2021-02', '2021-03'] },
        { label: 'May', href: '/claims/c#check-may', months: ['2024-05'] },
        { label: 'Outside', href: '/claims/d#check-outside', months: ['1999-01'] },
      ],
    })!
    expect(chart.marks.map((mark) => [mark.number, mark.label])).toEqual([
      [1, 'Range'],
      [2, 'May'],
      [3, 'June'],
    ])
    const [range, may, june] = chart.marks
    expect(range!.spans).toEqual([{ x0: 12 * chart.slot, x1: 15 * chart.slot }])
    expect(range!.monthsText).toBe('January 2021 to March 2021')
    // May and June are one slot apart: June's badge goes up a lane.
    expect([range!.lane, may!.lane, june!.lane]).toEqual([0, 0, 1])
    expect(chart.lanes).toBe(2)
    expect(chart.description).toContain('Mark 1: Range, reading January 2021 to March 2021.')
  })

  it('keeps a badge at the edge inside the plot', () => {
    const chart = monthlyChart({
      title: 'Edge',
      points: [rounded('2024-01', 1), rounded('2024-12', 1)],
      marks: [{ label: 'Last', href: '/x', months: ['2024-12'] }],
    })!
    expect(chart.marks[0]!.badgeX).toBe(MONTHLY_CHART_WIDTH - BADGE_SPACING / 2)
  })

  it('describes the series in words: span, lowest, highest and last', () => {
    const chart = monthlyChart({ title: 'Encounters', points: [rounded('2024-04', 128_900), rounded('2024-05', 117_910), rounded('2024-06', 83_530)], unit: 'encounters' })!
    expect(chart.description).toBe('Encounters, April 2024 to June 2024: lowest 83,530 encounters in June 2024, highest 128,900 in April 2024, last 83,530 in June 2024.')
    expect(monthlyChart({ title: 'One', points: [rounded('2024-06', 83_530)] })!.description).toBe('One: June 2024, 83,530.')
  })

  it('draws an all-zero series on a 0-to-1 axis rather than dividing by zero', () => {
    const chart = monthlyChart({ title: 'Zero', points: [exact('2024-01', 0)], height: 100 })!
    expect(Number.isFinite(chart.points[0]!.y)).toBe(true)
    expect(chart.points[0]!.y).toBe(100)
  })
})
