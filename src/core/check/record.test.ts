import { describe, expect, it } from 'vitest'
import { buildSeries } from '../data/series'
import { evaluateExpression, ExpressionError, runCheck, type RefResolver, type SeriesResolver } from './index'

const series = buildSeries(
  { id: 'ohss', publisher: 'DHS', title: 'Encounters', coverage: { start: '2020-01', end: '2024-12' }, rounding: { to: 10 } },
  { id: 'swb', title: 'Southwest border', table: 't' },
  {
    id: 't',
    dimensions: [],
    rows: [
      ['2020-07', 38440],
      ['2020-08', 47280],
      ['2024-05', 117910],
      ['2024-06', 83530],
    ].map(([month, count]) => ({ month: month as string, dimensions: {}, count: count as number })),
  },
)
const resolver: SeriesResolver = { series: (ref) => (ref === 'ohss/swb' ? series : undefined), known: () => ['ohss/swb'] }
const noRefs: RefResolver = () => undefined
const ref: RefResolver = (id) => (id === 'after' ? { nominal: 3200, interval: { low: 3150, high: 3250 }, kind: 'number', written: '3,200' } : undefined)

describe('expressions that read the record', () => {
  it('records the dataset, the series and the rows each reading used', () => {
    const { value, steps } = evaluateExpression('perDay("ohss/swb", "2024-06") / perDay("ohss/swb", "2024-05")', noRefs, { series: resolver })
    expect(value.nominal).toBeCloseTo(83530 / 30 / (117910 / 31), 9)
    const reads = steps.filter((step) => step.dataset)
    expect(reads.map((step) => [step.dataset, step.series, step.rows?.map((row) => row.month)])).toEqual([
      ['ohss', 'ohss/swb', ['2024-06']],
      ['ohss', 'ohss/swb', ['2024-05']],
    ])
    expect(reads[0]?.rows?.[0]).toEqual({ month: '2024-06', count: 83530, low: 83525, high: 83535 })
  })

  it('mixes the record with the article’s figures, carrying both roundings', () => {
    const { value } = evaluateExpression('(count("ohss/swb", "2024-06") - 13 * ref("after")) / 17', ref, { series: resolver })
    expect(value.interval.low).toBeCloseTo((83525 - 13 * 3250) / 17, 9)
    expect(value.interval.high).toBeCloseTo((83535 - 13 * 3150) / 17, 9)
  })

  it('answers "when was it last this low" as a month, comparable with a date figure', () => {
    const july2020 = { written: 'July 2020', interval: { low: 18444, high: 18474 }, kind: 'date' as const }
    const result = runCheck({ id: 'c', title: 't', expression: 'lastBelowPerDay("ohss/swb", 1500, "2020-09")' }, july2020, noRefs, resolver)
    expect(result.status).toBe('consistent')
    expect(result.computed?.kind).toBe('date')
    expect(result.steps[0]?.rows?.map((row) => row.month)).toEqual(['2020-07', '2020-08'])
    const august = { ...july2020, written: 'August 2020', interval: { low: 18475, high: 18505 } }
    expect(runCheck({ id: 'c', title: 't', expression: 'lastBelowPerDay("ohss/swb", 1500, "2020-09")' }, august, noRefs, resolver).status).toBe('inconsistent')
  })

  // prettier-ignore
  it.each([
    ['an unknown series',          'count("ohss/nope", "2024-06")',               /no such dataset series; expected one of ohss\/swb/],
    ['a month outside coverage',   'count("ohss/swb", "2019-06")',                /2019-06 is outside ohss's coverage \(2020-01 to 2024-12\)/],
    ['a missing month',            'count("ohss/swb")',                           /expected count\("dataset-id\/series-id", "YYYY-MM"/],
    ['a threshold given as text',  'lastBelowPerDay("ohss/swb", "1500", "2024-06")', /expected lastBelowPerDay\("dataset-id\/series-id", threshold, "YYYY-MM"\)/],
    ['cited() with no citation',   'cited()',                                     /cited\(\) needs a `cited:` block/],
  ])('refuses %s with a reason', (_label, expression, message) => {
    expect(() => evaluateExpression(expression, noRefs, { series: resolver })).toThrow(ExpressionError)
    expect(() => evaluateExpression(expression, noRefs, { series: resolver })).toThrow(message)
  })
})

describe('checks completed by hand against a publication', () => {
  const citation = {
    publisher: 'Congressional Research Service',
    title: 'Insight IN12383',
    url: 'https://www.everycrsreport.com/reports/IN12383.html',
    published: '2024-06-20',
    retrieved: '2026-12-06',
    passage: '… an average of 2,500 per day over a seven-day period …',
    value: '2,500',
    exact: true,
  }
  const stated = { written: '2,500', interval: { low: 2500, high: 2500 }, kind: 'number' as const }

  it('compares the cited value with the stated figure and keeps the citation', () => {
    const result = runCheck({ id: 'c', title: 't', cited: citation }, stated, noRefs)
    expect(result.status).toBe('consistent')
    expect(result.citation).toEqual(citation)
    expect(result.steps[0]?.cited).toBe(true)
  })

  it('finds a different cited value inconsistent', () => {
    expect(runCheck({ id: 'c', title: 't', cited: { ...citation, value: '2,400' } }, stated, noRefs).status).toBe('inconsistent')
  })

  it('rounds an inexact cited value like a stated figure', () => {
    const result = runCheck({ id: 'c', title: 't', cited: { ...citation, value: '2,500', exact: false } }, { ...stated, interval: { low: 2540, high: 2540 } }, noRefs)
    expect(result.computed?.interval).toEqual({ low: 2450, high: 2550 })
    expect(result.status).toBe('consistent')
  })
})

describe('describing a record check', () => {
  it('gives a gap between months in days, and says a figure from the record does not test the claim directly', async () => {
    const { describeOutcome } = await import('./describe')
    const july2020 = { written: 'July 2020', interval: { low: 18444, high: 18474 }, kind: 'date' as const }
    const failed = runCheck(
      { id: 'c', title: 't', expression: 'lastBelowPerDay("ohss/swb", 1500, "2020-09")' },
      { ...july2020, interval: { low: 18414, high: 18414 } },
      noRefs,
      resolver,
    )
    expect(describeOutcome(failed)).toMatch(/they are 30 days apart\.$/)
    const context = runCheck({ id: 'c', title: 't', expression: 'perDay("ohss/swb", "2024-06")', compare: 'none' }, null, noRefs, resolver)
    expect(describeOutcome(context)).toMatch(/^From the record: 2,784 .*does not test the stated figure directly/)
  })
})
