import { describe, expect, it } from 'vitest'
import { fieldTexts, figureOf, toSearchDoc } from './document'
import { sampleClaim } from './fixtures'

const base = sampleClaim({ id: 'x', title: 'Average daily crossings', quote: 'about 3,200 a day', written: '3,200', unit: 'crossings per day' })

describe('figureOf', () => {
  it('has no figure for a vague quantity, a date or a value that is not a finite number', () => {
    expect(figureOf({ ...base, kind: 'vague', value: null })).toBeNull()
    expect(figureOf({ ...base, kind: 'date', value: '2023-09' })).toBeNull()
    expect(figureOf({ ...base, value: NaN })).toBeNull()
    expect(figureOf({ ...base, value: Infinity })).toBeNull()
    expect(figureOf({ ...base, value: '3200' })).toBeNull()
  })

  // [label, written, value, interval, exact, unit, low, high, percent, rate]
  // prettier-ignore
  const rows: [string, string, number, [number | null, number | null] | null, boolean, string, number, number, boolean, string | null][] = [
    ['a bounded interval',          '3,200',   3200,   [3150, 3250],  false, 'crossings per day',            3150,   3250,   false, 'day'],
    ['an open top: digits rounding','231,000', 231000, [231000, null],false, 'removal orders',               230500, 231500, false, null],
    ['an open bottom',              '1,000',   1000,   [null, 1000],  false, 'migrants',                     500,    1500,   false, null],
    ['an exact figure',             '2,500',   2500,   [2500, 2500],  true,  'crossings per day',            2500,   2500,   false, 'day'],
    ['no interval, exact',          '2,500',   2500,   null,          true,  'crossings per day',            2500,   2500,   false, 'day'],
    ['a percentage',                '77%',     77,     [76.5, 77.5],  false, 'percent of asylum applicants', 76.5,   77.5,   true,  null],
    ['a percentage by its unit',    '77',      77,     [76.5, 77.5],  false, 'percent of applicants',        76.5,   77.5,   true,  null],
    ['an interval not holding it',  '42,000',  42000,  [1, 2],        false, 'migrants',                     41500,  42500,  false, null],
  ]
  it.each(rows)('%s', (_label, written, value, interval, exact, unit, low, high, percent, rate) => {
    expect(figureOf({ ...base, written, value, interval, exact, unit, title: 'A claim' })).toEqual({ value, low, high, percent, rate })
  })
})

describe('fieldTexts', () => {
  it('counts who said it as part of the source', () => {
    expect(fieldTexts({ ...base, saidBy: { name: 'Fox News' } }).source).toBe('New York Post · Fox News')
  })
})

describe('toSearchDoc', () => {
  it('keeps only what a result shows', () => {
    expect(Object.keys(toSearchDoc(base)).sort()).toEqual(['axes', 'hedge', 'id', 'publisher', 'saidBy', 'title', 'topics', 'unit', 'url', 'written'])
  })
})
