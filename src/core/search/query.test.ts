import { describe, expect, it } from 'vitest'
import { EMPTY_QUERY, MAX_QUERY_PARTS, isEmptyQuery, parseQuery } from './query'

describe('parseQuery', () => {
  it('reads anything that is not a string as an empty query', () => {
    for (const input of [undefined, null, 42, {}, [], Symbol('q')]) expect(parseQuery(input)).toEqual(EMPTY_QUERY)
  })

  it('reads blank and punctuation-only text as an empty query', () => {
    for (const input of ['', '   ', '<>&"\'', '***', '()[]{}', '\\', '.*+?^${}()|[]']) expect(isEmptyQuery(parseQuery(input)), input).toBe(true)
  })

  it('bounds the work a pasted paragraph can cause', () => {
    const query = parseQuery('border '.repeat(2000) + 'asylum 77% '.repeat(500))
    expect(query.words.length + query.numbers.length).toBeLessThanOrEqual(MAX_QUERY_PARTS)
  })

  // [label, query, value, percent, rate]: every spelling gives the same number.
  // prettier-ignore
  const numbers: [string, string, number, boolean, string | null][] = [
    ['77%',            '77%',            77,     true,  null],
    ['77 percent',     '77 percent',     77,     true,  null],
    ['77 per cent',    '77 per cent',    77,     true,  null],
    ['499,000',        '499,000',        499000, false, null],
    ['499k',           '499k',           499000, false, null],
    ['499 thousand',   '499 thousand',   499000, false, null],
    ['0.499 million',  '0.499 million',  499000, false, null],
    ['3,200 a day',    '3,200 a day',    3200,   false, 'day'],
    ['3200 per day',   '3200 per day',   3200,   false, 'day'],
    ['3,200 daily',    '3,200 daily',    3200,   false, 'day'],
    ['a hedge',        'about 3,200',    3200,   false, null],
  ]
  it.each(numbers)('reads the number in "%s"', (_label, input, value, percent, rate) => {
    const query = parseQuery(input)
    expect(query.numbers).toHaveLength(1)
    expect(query.numbers[0]).toMatchObject({ value, percent, rate })
    expect(query.words).toEqual([])
  })

  // [query, low, high, percent, rate]: comparisons are inclusive ranges of figure values.
  // prettier-ignore
  const ranges: [string, number, number, boolean, string | null][] = [
    ['> 3000 per day',         3000,      Infinity, false, 'day'],
    ['>=3000',                 3000,      Infinity, false, null],
    ['over 100,000',           100000,    Infinity, false, null],
    ['more than 3,900',        3900,      Infinity, false, null],
    ['at least 50%',           50,        Infinity, true,  null],
    ['under 1,000',            -Infinity, 1000,     false, null],
    ['fewer than 2k',          -Infinity, 2000,     false, null],
    ['< 10 percent',           -Infinity, 10,       true,  null],
    ['between 3000 and 4000',  3000,      4000,     false, null],
    ['between 4000 and 3000',  3000,      4000,     false, null],
    ['3,000-4,000 a day',      3000,      4000,     false, 'day'],
    ['from 10 to 20',          10,        20,       false, null],
  ]
  it.each(ranges)('reads "%s" as a comparison', (input, low, high, percent, rate) => {
    const query = parseQuery(input)
    expect(query.ranges).toEqual([{ low, high, percent, rate }])
    expect(query.numbers).toEqual([])
    expect(query.words).toEqual([])
  })

  it('keeps words beside numbers and comparisons', () => {
    const query = parseQuery('asylum over 100,000 in FY2023')
    expect(query.ranges).toHaveLength(1)
    expect(query.words.map((word) => word.term)).toEqual(['asylum', 'in', 'fy2023'])
  })

  it('does not read two years joined by "and" as a range', () => {
    const query = parseQuery('2023 and 2024')
    expect(query.ranges).toEqual([])
    expect(query.numbers.map((number) => number.value)).toEqual([2023, 2024])
  })

  it('treats the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('asylum seek').words.map((word) => word.prefix)).toEqual([false, true])
    expect(parseQuery('asylum seek ').words.map((word) => word.prefix)).toEqual([false, false])
    expect(parseQuery('asylum seek.').words.map((word) => word.prefix)).toEqual([false, false])
  })

  it('marks stopwords optional', () => {
    expect(parseQuery('in absentia').words.map((word) => [word.term, word.optional])).toEqual([
      ['in', true],
      ['absentia', false],
    ])
  })

  it('normalises words as the index does', () => {
    expect(parseQuery('Crossings FOX News’').words.map((word) => word.term)).toEqual(['crossing', 'fox', 'news'])
  })
})
