import { describe, expect, it } from 'vitest'
import { bucketName, bucketOf, canonicalValue, numberKey, rateIn, scanNumbers } from './numbers'

describe('scanNumbers', () => {
  it('finds nothing where there is no number', () => {
    // prettier-ignore
    for (const text of ['', 'in absentia', ',,,', '...', '.', '-', '$', '%', 'k', '1e999'.replace(/\d/g, 'x')]) {
      expect(scanNumbers(text), text).toEqual([])
    }
  })

  it('skips a run of digits too long for a double', () => {
    expect(scanNumbers('9'.repeat(400))).toEqual([])
  })

  // One spelling per row: [label, text, value, percent, rate]. Every spelling of a figure meets.
  // prettier-ignore
  const rows: [string, string, number, boolean, string | null][] = [
    ['thousands separators',   '499,000',          499000,  false, null],
    ['no separators',          '499000',           499000,  false, null],
    ['a k suffix',             '499k',             499000,  false, null],
    ['a K suffix, spaced',     '499 K',            499000,  false, null],
    ['a scale word',           '499 thousand',     499000,  false, null],
    ['a fraction of a million','0.499 million',    499000,  false, null],
    ['a leading point',        '.5 million',       500000,  false, null],
    ['bn',                     '1.2bn',            1.2e9,   false, null],
    ['a currency sign',        '$7,000',           7000,    false, null],
    ['a percent sign',         '77%',              77,      true,  null],
    ['percent',                '77 percent',       77,      true,  null],
    ['per cent',               '77 per cent',      77,      true,  null],
    ['a decimal percentage',   '12.5%',            12.5,    true,  null],
    ['a day',                  '3,200 a day',      3200,    false, 'day'],
    ['per day',                '3200 per day',     3200,    false, 'day'],
    ['daily',                  '3,200 daily',      3200,    false, 'day'],
    ['each day',               '3,200 each day',   3200,    false, 'day'],
    ['a slash',                '3200/day',         3200,    false, 'day'],
    ['per week',               '40 per week',      40,      false, 'week'],
    ['annually',               '1 million annually', 1e6,   false, 'year'],
    ['a minus sign',           '−5',               -5,      false, null],
    ['a minus before a point', '-.5',              -0.5,    false, null],
    ['zero',                   '0',                0,       false, null],
  ]
  it.each(rows)('reads %s', (_label, text, value, percent, rate) => {
    const [mention] = scanNumbers(text)
    expect(mention).toMatchObject({ value, percent, rate, start: 0, end: text.length })
  })

  it('finds every number in a sentence, with offsets', () => {
    const text = 'equating to 499,000 of the 648,000 applications, or 77%'
    const mentions = scanNumbers(text)
    expect(mentions.map((mention) => mention.value)).toEqual([499000, 648000, 77])
    expect(mentions.map((mention) => text.slice(mention.start, mention.end))).toEqual(['499,000', '648,000', '77%'])
  })

  it('does not read numbers glued to words or broken separators as figures', () => {
    expect(scanNumbers('FY2023')).toEqual([])
    expect(scanNumbers('COVID-19').map((mention) => mention.value)).toEqual([19])
    expect(scanNumbers('1,2,3').map((mention) => mention.value)).toEqual([1])
    expect(scanNumbers('5 kilometres').map((mention) => mention.value)).toEqual([5])
  })

  it('skips a number whose separators are broken instead of reading its first digits', () => {
    // "12,0001" is no number: reading it as 12 put a figure in the index that the text does not state.
    expect(scanNumbers('12,0001')).toEqual([])
    expect(scanNumbers('1,2345 and 1,234')).toMatchObject([{ value: 1234, start: 11, end: 16 }])
  })

  it('keeps the written precision', () => {
    expect(scanNumbers('499,000')[0]?.step).toBe(1000)
    expect(scanNumbers('1.8 million')[0]?.step).toBe(100000)
  })
})

describe('rateIn', () => {
  it.each([
    ['', null],
    ['migrants', null],
    ['crossings per day', 'day'],
    ['Average daily crossings', 'day'],
    ['cases a year', 'year'],
    ['everyday items', null],
  ])('%j → %s', (text, rate) => {
    expect(rateIn(text)).toBe(rate)
  })
})

describe('canonicalValue', () => {
  it.each([
    ['binary noise', 0.499 * 1e6, 499000],
    ['−0', -0, 0],
    ['NaN', NaN, NaN],
    ['Infinity', Infinity, Infinity],
    ['a plain value', 3200, 3200],
  ])('%s', (_label, value, expected) => {
    expect(Object.is(canonicalValue(value), expected)).toBe(true)
  })
})

describe('numberKey', () => {
  it('keeps percentages apart from counts', () => {
    expect(numberKey(77, true)).toBe('#%77')
    expect(numberKey(77, false)).toBe('#77')
    expect(numberKey(0.499 * 1e6, false)).toBe('#499000')
  })
})

describe('bucketOf', () => {
  // prettier-ignore
  const rows: [string, number, number][] = [
    ['NaN',            NaN,       -2],
    ['−Infinity',      -Infinity, -2],
    ['a negative',     -5,        -2],
    ['−0',             -0,        -1],
    ['a fraction',     0.5,       -1],
    ['one',            1,         0],
    ['just below ten', 9.99,      0],
    ['ten',            10,        1],
    ['a thousand',     1000,      3],
    ['499,000',        499000,    5],
    ['Infinity',       Infinity,  15],
    ['a quadrillion',  1e15,      15],
  ]
  it.each(rows)('%s', (_label, value, bucket) => {
    expect(bucketOf(value)).toBe(bucket)
  })

  it('names buckets for file names', () => {
    expect(bucketName('n', 5)).toBe('n5')
    expect(bucketName('p', -1)).toBe('pm1')
  })
})
