import { describe, expect, it } from 'vitest'
import { claimRecall, scoreExtraction } from './evaluate'
import { extractFigures } from './extract'

const TEXT = 'Some 42,000 crossed, and 42,000 more. COVID-19 ended, about 77% said.'
const { figures } = extractFigures(TEXT)

describe('scoreExtraction', () => {
  it('counts nothing expected and nothing found as full recall and precision', () => {
    expect(scoreExtraction([], [])).toMatchObject({ expected: 0, found: 0, matched: 0, recall: 1, precision: 1, hedgeAgreement: null })
  })

  // prettier-ignore
  const rows: [string, { text: string; value: number | string | null; hedge?: string | null }[], number, number][] = [
    ['all found',                    [{ text: '42,000', value: 42000 }, { text: '42,000', value: 42000 }, { text: '77%', value: 77 }], 1, 1],
    ['a figure stated twice, expected once', [{ text: '42,000', value: 42000 }, { text: '77%', value: 77 }],                             1, 2 / 3],
    ['the right text with the wrong value',  [{ text: '77%', value: 0.77 }],                                                           0, 0],
    ['a figure not in the text',     [{ text: '3,200', value: 3200 }, { text: '77%', value: 77 }],                                     0.5, 1 / 3],
  ]
  it.each(rows)('%s', (_label, expected, recall, precision) => {
    const score = scoreExtraction(expected, figures)
    expect(score.recall).toBeCloseTo(recall, 9)
    expect(score.precision).toBeCloseTo(precision, 9)
    expect(score.matched + score.missed.length).toBe(expected.length)
    expect(score.matched + score.extra.length).toBe(figures.length)
  })

  it('measures hedge agreement on matched figures, ignoring case', () => {
    expect(
      scoreExtraction(
        [
          { text: '42,000', value: 42000, hedge: 'some' },
          { text: '77%', value: 77, hedge: null },
        ],
        figures,
      ).hedgeAgreement,
    ).toBe(0.5)
  })

  it('reports a name the extractor took as a figure', () => {
    const fake = [{ ...figures[0]!, text: '19', index: TEXT.indexOf('19') }]
    expect(scoreExtraction([], fake, { text: TEXT, names: ['COVID-19'] }).namesAsFigures).toEqual(['COVID-19'])
    expect(scoreExtraction([], figures, { text: TEXT, names: ['COVID-19'] }).namesAsFigures).toEqual([])
  })
})

describe('claimRecall', () => {
  it('finds quantities and dates by text and value, vague figures by their number word, and sets aside words with none', () => {
    const text = 'Some 42,000 crossed in July 2020. Thousands are still coming in by the day. It had no dramatic impact.'
    const found = extractFigures(text).figures
    const recall = claimRecall(
      [
        { id: 'a', figure: { kind: 'quantity', written: '42,000', value: 42000 } },
        { id: 'b', figure: { kind: 'date', written: 'July 2020', value: '2020-07' } },
        { id: 'c', figure: { kind: 'vague', written: 'Thousands are still coming in' } },
        { id: 'd', figure: { kind: 'vague', written: 'no dramatic impact' } },
        { id: 'e', figure: { kind: 'quantity', written: '3,200', value: 3200 } },
      ],
      found,
    )
    expect(recall).toEqual({ total: 4, found: 3, recall: 0.75, missed: ['e'], notNumeric: ['d'] })
  })
})
