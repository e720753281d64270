import { describe, expect, it } from 'vitest'
import { findQuantities } from '../extract/quantities'
import { scanNumbers } from '../search/numbers'
import { NUMBER_WORDS, PERCENT_WORDS, SCALE_ABBREVIATIONS, SCALE_WORDS } from './lexicon'
import { parseWritten } from './written'

// The figure parser, the extractor and search read numbers from one lexicon: each spelling it lists
// means the same number to all three.
describe('one number lexicon', () => {
  const scales = Object.entries({ ...SCALE_ABBREVIATIONS, ...SCALE_WORDS }).map(([word, power]) => [word, 10 ** power] as const)

  it.each(scales)('"2.5 %s" is the same number to the parser, the extractor and search', (word, factor) => {
    const written = SCALE_WORDS[word] === undefined ? `2.5${word}` : `2.5 ${word}`
    const expected = 2.5 * factor
    expect(parseWritten(written)?.value).toBe(expected)
    expect(findQuantities(`Officials counted ${written} crossings.`).find((candidate) => candidate.kind === 'quantity')?.value).toBe(expected)
    expect(scanNumbers(written)[0]?.value).toBe(expected)
  })

  it.each(['%', ...PERCENT_WORDS])('"77%s" is a percentage to all three', (word) => {
    const written = word === '%' ? '77%' : `77 ${word}`
    expect(parseWritten(written)).toMatchObject({ value: 77, percent: true })
    expect(findQuantities(`About ${written} of applicants stayed.`).find((candidate) => candidate.kind === 'quantity')).toMatchObject({ value: 77, percent: true })
    expect(scanNumbers(written)[0]).toMatchObject({ value: 77, percent: true })
  })

  it.each(Object.entries(NUMBER_WORDS))('"%s" is the exact number %d as a figure', (word, value) => {
    expect(parseWritten(word)).toEqual({ value, step: 0, percent: false })
  })
})
