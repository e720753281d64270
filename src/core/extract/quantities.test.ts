import { describe, expect, it } from 'vitest'
import { extractFigures } from './extract'
import { findQuantities } from './quantities'

const quantities = (text: string) => findQuantities(text).filter((candidate) => candidate.kind === 'quantity' && candidate.priority === 3)

// Numbers in digits are found by the one tokeniser (../figure/tokens, ARTICLE_TOKENS). Where the extractor's
// own regex read a figure differently from the figure parser and search, these rows pin the shared reading.
describe('findQuantities: numbers in digits, read as the figure parser reads them', () => {
  // prettier-ignore
  const rows: [string, string, string, number, boolean][] = [
    // label,                                         text,                                written,         value,      percent
    ['a percent word in title case (was 12, no percentage)', 'Border Crossings Fell 12 Percent', '12 Percent', 12,        true],
    ['a scale word in capitals (was 5)',              'A 5 MILLION DOLLAR FINE',            '5 MILLION',     5_000_000,  false],
    ['a scale word glued to its digits (was 1)',      'About 1.8million residents pay.',    '1.8million',    1_800_000,  false],
    ['a percent sign after a space (was no percentage)', 'Some 77 % of migrants stayed.',   '77 %',          77,         true],
    ['per cent across two spaces',                    'It rose 4 per  cent.',               '4 per  cent',   4,          true],
    ['a percent sign after a scale (was nothing)',    'Views rose 5k% overnight.',          '5k%',           5000,       true],
    ['pounds, kept out of the written figure',        'The charity raised £5m last year.',  '5m',            5_000_000,  false],
  ]
  it.each(rows)('%s: %s', (_label, text, written, value, percent) => {
    expect(quantities(text)).toMatchObject([{ text: written, value, percent }])
  })

  it('never cuts a number short to fit the word after it: "3.5mg" is not 3, "1,500kg" not 1', () => {
    expect(quantities('A 3.5mg dose and a 1,500kg load.')).toEqual([])
    // The build still counts those numbers: extraction accounts for them whole.
    expect(extractFigures('A 3.5mg dose and a 1,500kg load.').figures.map((figure) => [figure.text, figure.value])).toEqual([
      ['3.5', 3.5],
      ['1,500', 1500],
    ])
  })

  it('reads a title-case headline figure as a percentage, with its unit', () => {
    expect(extractFigures('Border Crossings Fell 12 Percent In June').figures.map((figure) => [figure.text, figure.value, figure.unit])).toEqual([['12 Percent', 12, 'percent']])
  })

  it('still keeps capitals glued to digits beyond K, M and B apart, and never spans a line break', () => {
    expect(quantities('a 5MN fine, 5K views, $2B')).toMatchObject([{ text: '5K' }, { text: '$2B' }])
    expect(quantities('2,000\npercent and 5\nmillion').map((candidate) => candidate.text)).toEqual(['2,000', '5'])
  })
})
