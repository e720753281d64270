import { describe, expect, it } from 'vitest'
import {
  add,
  dateInterval,
  dayNumber,
  divide,
  DivisionByZeroError,
  formatDay,
  formatNumber,
  hedgeRuleOf,
  interval,
  intervalOf,
  multiply,
  parseWritten,
  subtract,
  toJSONPair,
  usFiscalYearEnd,
} from './index'

describe('parseWritten', () => {
  it('returns null on input that is not a number as written', () => {
    for (const bad of ['', '   ', 'lots', 'NaN', 'Infinity', '1,00', '12abc', '%', '$', 'COVID-19']) {
      expect(parseWritten(bad), bad).toBeNull()
    }
    expect(parseWritten(undefined as unknown as string)).toBeNull()
  })

  // prettier-ignore
  const rows: [string, string, number, number, boolean][] = [
    ['thousands separators, rounded to the thousand', '499,000', 499_000, 1000, false],
    ['a round hundred',                               '3,200',   3200,    100,  false],
    ['no trailing zeros',                             '3,231',   3231,    1,    false],
    ['a percentage',                                  '77%',     77,      1,    true],
    ['a percentage in words',                         '77 percent', 77,   1,    true],
    ['per cent, British spelling',                    '77 per cent', 77,  1,    true],
    ['one decimal',                                   '0.5',     0.5,     0.1,  false],
    ['a decimal with a scale word',                   '1.8 million', 1_800_000, 100_000, false],
    ['a k suffix',                                    '499k',    499_000, 1000, false],
    ['a thousand word',                               '499 thousand', 499_000, 1000, false],
    ['a leading zero decimal with a scale',           '0.499 million', 499_000, 1000, false],
    ['zero',                                          '0',       0,       1,    false],
    ['a spelled-out count is exact',                  'two',     2,       0,    false],
    ['a negative number',                             '-40',     -40,     10,   false],
    ['money',                                         '$1,500',  1500,    100,  false],
    // 8.2 × 10⁶ in doubles is 8,199,999.999999999; the decimal 82 × 10⁵ read at once is not.
    ['a scaled decimal without binary noise',         '8.2 million', 8_200_000, 100_000, false],
    ['a negative decimal percentage',                 '−2.35%',  -2.35,   0.01, true],
  ]
  it.each(rows)('%s: "%s"', (_label, written, value, step, percent) => {
    expect(parseWritten(written)).toEqual({ value, step, percent })
  })

  it('reads −0 as 0', () => {
    expect(Object.is(parseWritten('-0')?.value, 0)).toBe(true)
  })
})

describe('interval arithmetic', () => {
  it('throws on NaN bounds and reversed ends', () => {
    expect(() => interval(Number.NaN, 1)).toThrow(TypeError)
    expect(() => interval(2, 1)).toThrow(RangeError)
  })

  it('normalises −0 to 0', () => {
    expect(Object.is(interval(-0, -0).low, 0)).toBe(true)
  })

  // prettier-ignore
  const rows: [string, () => unknown, [number | null, number | null]][] = [
    ['adds lows and highs',                    () => add(interval(1, 2), interval(10, 20)),                    [11, 22]],
    ['subtracts crosswise',                    () => subtract(interval(10, 20), interval(1, 2)),               [8, 19]],
    ['multiplies by the extreme products',     () => multiply(interval(-2, 3), interval(4, 5)),                [-10, 15]],
    // Both quotients' nearest doubles already lie outside the exact ends: kept as they are.
    ['divides endpoint by endpoint',           () => divide(interval(498_500, 499_500), interval(647_500, 648_500)), [0.7686969930609098, 0.7714285714285715]],
    ['keeps an open end open',                 () => add(interval(231_000, Infinity), interval(1, 1)),         [231_001, null]],
    // 159,500 / 231,000 lies just above its nearest double …905, so the high end is the next one up.
    ['divides by an open-ended divisor to 0',  () => divide(interval(158_500, 159_500), interval(231_000, Infinity)), [0, 0.6904761904761906]],
    ['rounds an inexact sum outward',          () => add(interval(2.3, 2.3), interval(0.05, 0.05)),            [2.3499999999999996, 2.35]],
    ['keeps exact integer sums as they are',   () => add(interval(3150, 3250), interval(-3150, 9e15)),         [0, 9_000_000_000_003_250]],
    ['rounds an inexact difference outward',   () => subtract(interval(0.5, 0.5), interval(0.1, 0.1)),         [0.39999999999999997, 0.4]],
    ['keeps an exact product exact',           () => multiply(interval(3150, 3250), interval(13, 13)),         [40_950, 42_250]],
    ['rounds an inexact product outward',      () => multiply(interval(0.1, 0.1), interval(3, 3)),             [0.3, 0.30000000000000004]],
    ['rounds an overflowing low end to the largest double', () => add(interval(Number.MAX_VALUE, Infinity), interval(Number.MAX_VALUE, Infinity)), [Number.MAX_VALUE, null]],
    ['treats 0 × ∞ as 0',                      () => multiply(interval(0, 1), interval(5, Infinity)),          [0, null]],
  ]
  it.each(rows)('%s', (_label, compute, expected) => {
    expect(toJSONPair(compute() as ReturnType<typeof interval>)).toEqual(expected)
  })

  it('refuses to divide by an interval that contains zero', () => {
    expect(() => divide(interval(1, 2), interval(0, 0))).toThrow(DivisionByZeroError)
    expect(() => divide(interval(1, 2), interval(-1, 1))).toThrow(/contains zero/)
  })
})

describe('intervalOf: written precision and hedges', () => {
  // prettier-ignore
  const rows: [string, string, number, string | null, boolean, number | null, number | null][] = [
    ['unhedged thousands',           '499,000', 499_000, null,        false, 498_500, 499_500],
    ['a percentage',                 '77%',     77,      null,        false, 76.5,    77.5],
    ['"about" is the rounding',      '3,200',   3200,    'about',     false, 3150,    3250],
    ['"roughly" is the rounding',    '159,000', 159_000, 'roughly',   false, 158_500, 159_500],
    ['"some" is the rounding',       '42,000',  42_000,  'Some',      false, 41_500,  42_500],
    ['"more than" is a floor',       '3,900',   3900,    'more than', false, 3900,    null],
    ['"at least" is a floor',        '100',     100,     'at least',  false, 100,     null],
    ['"up to" is a ceiling',         '500',     500,     'up to',     false, null,    500],
    ['"nearly" is just below',       '3,000',   3000,    'nearly',    false, 2500,    3000],
    ['an exact threshold',           '2,500',   2500,    null,        true,  2500,    2500],
    ['an exact, hedged floor',       '1,500',   1500,    'more than', true,  1500,    null],
    // Ends from the written decimals, rounded outward: 2.25 is a double, 2.35 lies between two.
    ['a decimal: ends from its digits', '2.3',  2.3,     null,        false, 2.25,    2.35],
    ['the next decimal meets it',    '2.4',     2.4,     null,        false, 2.3499999999999996, 2.45],
    ['a decimal percentage',         '1.8%',    1.8,     null,        false, 1.75,    1.85],
    ['a decimal with a scale word',  '1.85 million', 1_850_000, null, false, 1_845_000, 1_855_000],
    ['an exact decimal pins it',     '2.3',     2.3,     null,        true,  2.3,     2.3000000000000003],
    ['"more than" a decimal',        '0.1',     0.1,     'more than', false, 0.09999999999999999, null],
    ['"nearly" a decimal',           '0.3',     0.3,     'nearly',    false, 0.25,    0.30000000000000004],
  ]
  it.each(rows)('%s: %s %s', (_label, written, value, hedge, exact, low, high) => {
    const range = intervalOf({ kind: 'quantity', written, value, hedge, exact })
    expect(range && toJSONPair(range)).toEqual([low, high])
  })

  it('gives a vague quantity no interval', () => {
    expect(intervalOf({ kind: 'vague', written: 'thousands' })).toBeNull()
  })

  it('gives a date the whole span it names', () => {
    const range = intervalOf({ kind: 'date', written: 'September 2023', value: '2023-09' })
    expect(range).toEqual(interval(dayNumber('2023-09-01'), dayNumber('2023-09-30')))
  })

  it('throws on an unknown hedge, a value that is not a number and unreadable text', () => {
    expect(() => intervalOf({ kind: 'quantity', written: '3,200', value: 3200, hedge: 'perhaps' })).toThrow(/Unknown hedge/)
    expect(() => intervalOf({ kind: 'quantity', written: '3,200', value: Number.NaN })).toThrow(/finite number/)
    expect(() => intervalOf({ kind: 'quantity', written: '3,200', value: Infinity })).toThrow(/finite number/)
    expect(() => intervalOf({ kind: 'quantity', written: 'lots', value: 3 })).toThrow(/not a number/)
    expect(() => intervalOf({ kind: 'quantity', written: '3,200', value: 3100 })).toThrow(/value 3100 is not "3,200" as written/)
  })

  it('maps hedge words case-insensitively and no hedge to rounding', () => {
    expect(hedgeRuleOf('More  Than')).toBe('lower-bound')
    expect(hedgeRuleOf(null)).toBe('rounded')
    expect(hedgeRuleOf('maybe')).toBeUndefined()
  })
})

describe('dates', () => {
  it('rejects dates that do not exist', () => {
    expect(() => dayNumber('2023-02-30')).toThrow(/not a calendar date/)
    expect(() => dayNumber('2023-9-1')).toThrow(/YYYY-MM-DD/)
    expect(() => dateInterval('2023-13')).toThrow(/no month/)
    expect(() => dateInterval('September')).toThrow()
  })

  it('counts the days between June 5 and June 18, 2024 as 13', () => {
    expect(dayNumber('2024-06-18') - dayNumber('2024-06-05')).toBe(13)
  })

  it('spans a whole year and a leap February', () => {
    const year = dateInterval('2024')
    expect(year.high - year.low + 1).toBe(366)
    const february = dateInterval('2024-02')
    expect(february.high - february.low + 1).toBe(29)
  })

  it('ends US fiscal year 2023 on September 30, 2023', () => {
    expect(formatDay(usFiscalYearEnd(2023))).toBe('September 30, 2023')
    expect(() => usFiscalYearEnd(2023.5)).toThrow(RangeError)
  })
})

describe('formatNumber', () => {
  // prettier-ignore
  const rows: [number, string][] = [
    [0.770061, '0.7701'], [77.0061, '77.01'], [3230.77, '3,231'], [-0, '0'], [Infinity, '∞'], [-Infinity, '−∞'], [Number.NaN, 'NaN'], [-16.67, '−16.67'],
  ]
  it.each(rows)('formats %d as %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected)
  })
})
