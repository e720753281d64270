import { describe, expect, it } from 'vitest'
import type { Ledger } from './ledger'
import { parseLedger, serialiseLedger } from './ledger-json'

// Only the shape that matters to the encoding: nested intervals with open ends, −0 and nulls.
const ledger = {
  sources: [{ id: 'a-source', published: '2024-06-18' }],
  claims: [
    { id: 'more-than', interval: { low: 231_000, high: Infinity }, checks: [{ computed: { interval: { low: -Infinity, high: 0.69 } } }] },
    { id: 'vague', interval: null, checks: [] },
  ],
  drafts: [],
} as unknown as Ledger

describe('serialiseLedger and parseLedger', () => {
  it('throws naming the field for NaN, which no checked ledger holds', () => {
    const bad = { ...ledger, claims: [{ id: 'x', interval: { low: NaN, high: 1 } }] } as unknown as Ledger
    expect(() => serialiseLedger(bad)).toThrow(/low is NaN/)
  })

  it('throws on a value JSON cannot carry instead of dropping it', () => {
    const bad = { ...ledger, claims: [{ id: 'x', render: () => null }] } as unknown as Ledger
    expect(() => serialiseLedger(bad)).toThrow(/render is a function/)
  })

  it('names the file when the text is not a ledger', () => {
    expect(() => parseLedger('{', '.export/ledger.json')).toThrow(/^\.export\/ledger\.json: not a ledger/)
    expect(() => parseLedger('{"sources":[],"claims":{}}', 'l.json')).toThrow(/^l\.json: claims: expected an array/)
    expect(() => parseLedger('{"sources":[],"claims":[{"x":{"$nonFinite":"big"}}],"drafts":[]}')).toThrow(/expected "Infinity" or "-Infinity"/)
  })

  it('round-trips open ends as ±Infinity, not as null', () => {
    const text = serialiseLedger(ledger)
    expect(text).not.toContain('null,"checks":[{')
    const back = parseLedger(text)
    expect(back).toStrictEqual(ledger)
    expect(back.claims[0]?.interval?.high).toBe(Infinity)
  })

  it('keeps a string that looks like the tag a string', () => {
    const tricky = { ...ledger, sources: [{ id: '$nonFinite', note: 'Infinity' }] } as unknown as Ledger
    expect(parseLedger(serialiseLedger(tricky))).toStrictEqual(tricky)
  })
})
