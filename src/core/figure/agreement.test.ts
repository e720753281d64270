import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findQuantities } from '../extract/quantities'
import { canonicalValue, scanNumbers } from '../search/numbers'
import { CURRENCIES, PERCENT_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from './lexicon'
import { FIGURE_TOKENS } from './tokens'
import { parseWritten } from './written'

// The figure parser, the extractor and search find numbers with one tokeniser (./tokens) and value them
// with one function (numberOfToken): whichever of them reads a written figure whole reads the same value,
// so the three cannot drift apart again.

interface Reading {
  readonly value: number
  readonly percent: boolean
}

const BEFORE = 'Officials counted '

/** The parser's reading of a figure's `written`. */
function parser(written: string): Reading | null {
  const parsed = parseWritten(written)
  return parsed && { value: canonicalValue(parsed.value), percent: parsed.percent }
}

/** The extractor's reading, when it finds the whole figure in a sentence (less a currency a figure may not carry). */
function extractor(written: string): { readonly text: string; readonly reading: Reading } | null {
  const candidate = findQuantities(`${BEFORE}${written} crossings.`).find((found) => found.kind === 'quantity' && typeof found.value === 'number')
  if (!candidate || typeof candidate.value !== 'number') return null
  const currency = [...Object.keys(CURRENCIES)].find((sign) => written.startsWith(sign) && !FIGURE_TOKENS.currencies.includes(sign)) ?? ''
  if (candidate.index !== BEFORE.length + currency.length || candidate.text !== written.slice(currency.length)) return null
  return { text: candidate.text, reading: { value: canonicalValue(candidate.value), percent: candidate.percent === true } }
}

/** Search's reading, when it finds the whole figure as one number. */
function search(written: string): Reading | null {
  const mentions = scanNumbers(written)
  const [mention] = mentions
  if (mentions.length !== 1 || !mention || mention.start !== 0 || mention.end !== written.length) return null
  return { value: mention.value, percent: mention.percent }
}

function expectAgreement(written: string): void {
  const figure = parser(written)
  const found = extractor(written)
  const searched = search(written)
  // Search reads every spelling a figure may be written in; the parser reads every figure the extractor drafts.
  if (figure) expect(searched, `search reads ${written}`).toEqual(figure)
  if (found) {
    expect(parser(found.text), `the parser reads the drafted "${found.text}"`).toEqual(found.reading)
    if (searched) expect(searched, `search and the extractor read ${written}`).toEqual(found.reading)
  }
}

describe('the parser, the extractor and search read a figure the same', () => {
  // prettier-ignore
  const written = [
    '499,000', '648,000', '3,200', '77%', '77 %', '77 percent', '77 Per Cent', '12.5 per cent', '$1.5bn', '$2.3 billion', '£5m', '€40bn',
    '1.8 million', '1.8million', '0.499 million', '499k', '499K', '499 thousand', '5M', '2.5 trillion', '1,000,000', '0.5', '7', '0',
    '−2.35%', '-40', '.5', '5k%', '1.5BN', '5MN', '8.2 million', '9'.repeat(400),
  ]
  it.each(written)('%s', (text) => {
    expectAgreement(text)
  })

  it('holds for any figure as written', () => {
    const abbreviation = fc.constantFrom(...Object.keys(SCALE_ABBREVIATIONS)).chain((word) => fc.constantFrom(word, word.toUpperCase()))
    const word = fc.constantFrom(...Object.keys(SCALE_WORDS)).chain((scale) => fc.constantFrom(scale, scale.toUpperCase(), `${scale[0]?.toUpperCase()}${scale.slice(1)}`))
    const figure = fc
      .record({
        sign: fc.constantFrom('', '', '-', '−'),
        currency: fc.constantFrom('', '', ...Object.keys(CURRENCIES)),
        whole: fc.oneof(
          fc.nat({ max: 10_000_000 }).map((value) => value.toLocaleString('en-US')),
          fc.nat({ max: 10_000_000 }).map(String),
          fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String),
          fc.constant(''),
        ),
        fraction: fc.oneof(fc.constant(''), fc.stringMatching(/^\.\d{1,6}$/)),
        scale: fc.oneof(
          fc.constant(''),
          abbreviation,
          fc.tuple(fc.constantFrom('', ' '), abbreviation).map((parts) => parts.join('')),
          word.map((scale) => ` ${scale}`),
        ),
        percent: fc.constantFrom('', '', '%', ' %', ...PERCENT_WORDS.map((percent) => ` ${percent}`), ' pct'),
      })
      .filter(({ whole, fraction }) => whole !== '' || fraction !== '')
      .map(({ sign, currency, whole, fraction, scale, percent }) => `${sign}${currency}${whole}${fraction}${scale}${percent}`)
    fc.assert(
      fc.property(figure, (text) => expectAgreement(text)),
      { numRuns: 2000 },
    )
  })
})
