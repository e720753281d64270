import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { SAMPLE_CLAIMS, openSampleIndex, sampleClaim } from './fixtures'
import { highlightRanges, segments } from './highlight'
import { searchClaims } from './index'
import { wellFormed } from './normalise'
import { scanNumbers } from './numbers'
import { MAX_QUERY_PARTS, parseQuery } from './query'
import type { SearchIndex } from './reader'

// Any string a reader can type or paste: unicode including lone surrogates, markup and regex
// metacharacters, long runs, and numbers with separators.
const META = ['<', '>', '&', '"', "'", '/', '\\', '.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '%', ',', '-', '−', '\uD800', '\uDC00']
const anyQuery = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom(...META, 'a', '7', ' ', 'k', 'per cent'), maxLength: 40 }),
  fc.string({ unit: fc.constantFrom('0', '1', '9', ',', '.', ' ', '%', '-', '$'), maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '<img src=x onerror=alert(1)>', '(a+)+$', '9'.repeat(400), '1,'.repeat(300), 'é'.repeat(10_000)),
  fc.tuple(fc.string({ maxLength: 8 }), fc.integer({ min: 1, max: 2000 })).map(([text, times]) => text.repeat(times)),
)

let index: SearchIndex
beforeAll(async () => {
  index = await openSampleIndex()
})

describe('any query', () => {
  it('parses without throwing, within bounds', () => {
    fc.assert(
      fc.property(anyQuery, (query) => {
        const parsed = parseQuery(query)
        expect(parsed.words.length + parsed.numbers.length).toBeLessThanOrEqual(MAX_QUERY_PARTS)
        for (const word of parsed.words) expect(word.term).not.toBe('')
      }),
      { numRuns: 500 },
    )
  })

  it('returns results or none, never throws, and every hit is a real claim', async () => {
    await fc.assert(
      fc.asyncProperty(anyQuery, async (query) => {
        const { results, items } = await searchClaims(index, query)
        expect(items.length).toBeLessThanOrEqual(results.total)
        for (const item of items) expect(SAMPLE_CLAIMS.map((claim) => claim.id)).toContain(item.doc.id)
        for (const item of items) expect(Number.isFinite(item.score)).toBe(true)
      }),
      { numRuns: 300 },
    )
  })

  it('highlights by cutting the text, never by adding to it', async () => {
    await fc.assert(
      fc.asyncProperty(anyQuery, async (query) => {
        const { items } = await searchClaims(index, query)
        for (const item of items) {
          expect(item.highlights.title.map((piece) => piece.text).join('')).toBe(item.doc.title)
          expect(item.highlights.figure.map((piece) => piece.text).join('')).toBe(item.doc.written)
        }
      }),
      { numRuns: 200 },
    )
  })
})

describe('highlighting any text against any query', () => {
  it('gives ranges inside the text and pieces that join back into it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), anyQuery, fc.array(fc.string({ maxLength: 6 })), (text, query, terms) => {
        const ranges = highlightRanges(text, { terms: new Set(terms), query: parseQuery(query) })
        for (const [start, end] of ranges) {
          expect(start).toBeGreaterThanOrEqual(0)
          expect(end).toBeLessThanOrEqual(text.length)
          expect(start).toBeLessThan(end)
        }
        expect(
          segments(text, ranges)
            .map((piece) => piece.text)
            .join(''),
        ).toBe(wellFormed(text))
      }),
      { numRuns: 500 },
    )
  })
})

describe('number spellings', () => {
  const whole = fc.integer({ min: 1, max: 999_999_999 })

  it('"1,234,567" and "1234567" read as the same number', () => {
    fc.assert(
      fc.property(whole, (value) => {
        expect(scanNumbers(value.toLocaleString('en-US'))[0]?.value).toBe(value)
        expect(scanNumbers(String(value))[0]?.value).toBe(value)
      }),
    )
  })

  it('"499k", "499 thousand" and "0.499 million" read as 499,000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (thousands) => {
        const value = thousands * 1000
        for (const spelling of [`${thousands}k`, `${thousands} thousand`, `${thousands / 1000} million`, `${thousands}K`]) {
          expect(scanNumbers(spelling)[0]?.value, spelling).toBe(value)
        }
      }),
    )
  })

  it('"N%", "N percent" and "N per cent" read as the same percentage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1000 }).map((tenths) => tenths / 10),
        (value) => {
          for (const spelling of [`${value}%`, `${value} percent`, `${value} per cent`]) {
            expect(scanNumbers(spelling)[0], spelling).toMatchObject({ value, percent: true })
          }
        },
      ),
    )
  })

  it('any spelling of a claim’s figure finds it first', async () => {
    const taken = new Set(SAMPLE_CLAIMS.map((claim) => claim.value))
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 999 }).filter((thousands) => !taken.has(thousands * 1000)),
        fc.nat(3),
        async (thousands, spellingIndex) => {
          const value = thousands * 1000
          const claim = sampleClaim({
            id: 'planted',
            title: 'A planted count',
            quote: `${value.toLocaleString('en-US')} cases`,
            written: value.toLocaleString('en-US'),
            value,
            unit: 'cases',
            interval: [value - 500, value + 500],
          })
          const planted = await openSampleIndex([...SAMPLE_CLAIMS, claim])
          const spelling = [String(value), `${thousands}k`, `${thousands} thousand`, `${thousands / 1000} million`][spellingIndex] as string
          expect((await searchClaims(planted, spelling)).items[0]?.doc.id, spelling).toBe('planted')
        },
      ),
      { numRuns: 40 },
    )
  })
})
