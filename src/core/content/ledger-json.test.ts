import { describe, expect, it } from 'vitest'
import type { Ledger } from './ledger'
import { parseClaimPage, parseLedger, parseSiteIndex, parseSourcePage, serialiseStaged } from './ledger-json'

// Only the shape that matters to the encoding: nested intervals with open ends, −0 and nulls.
const ledger = {
  datasets: [],
  sources: [{ id: 'a-source', published: '2024-06-18' }],
  claims: [
    { id: 'more-than', interval: { low: 231_000, high: Infinity }, checks: [{ computed: { interval: { low: -Infinity, high: 0.69 } } }] },
    { id: 'vague', interval: null, checks: [] },
  ],
  drafts: [],
} as unknown as Ledger

describe('serialiseStaged and parseLedger', () => {
  it('throws naming the field for NaN, which no checked ledger holds', () => {
    const bad = { ...ledger, claims: [{ id: 'x', interval: { low: NaN, high: 1 } }] } as unknown as Ledger
    expect(() => serialiseStaged(bad)).toThrow(/low is NaN/)
  })

  it('throws on a value JSON cannot carry instead of dropping it', () => {
    const bad = { ...ledger, claims: [{ id: 'x', render: () => null }] } as unknown as Ledger
    expect(() => serialiseStaged(bad)).toThrow(/render is a function/)
  })

  it('names the file when the text is not a ledger', () => {
    expect(() => parseLedger('{', '.export/ledger.json')).toThrow(/^\.export\/ledger\.json: not a ledger/)
    expect(() => parseLedger('{"datasets":[],"sources":[],"claims":{}}', 'l.json')).toThrow(/^l\.json: claims: expected an array/)
    expect(() => parseLedger('{"datasets":[],"sources":[],"claims":[{"x":{"$nonFinite":"big"}}],"drafts":[]}')).toThrow(/expected "Infinity" or "-Infinity"/)
  })

  it('round-trips open ends as ±Infinity, not as null', () => {
    const text = serialiseStaged(ledger)
    expect(text).not.toContain('null,"checks":[{')
    const back = parseLedger(text)
    expect(back).toStrictEqual(ledger)
    expect(back.claims[0]?.interval?.high).toBe(Infinity)
  })

  it('keeps a string that looks like the tag a string', () => {
    const tricky = { ...ledger, sources: [{ id: '$nonFinite', note: 'Infinity' }] } as unknown as Ledger
    expect(parseLedger(serialiseStaged(tricky))).toStrictEqual(tricky)
  })
})

describe('the per-page records', () => {
  const claim = ledger.claims[0]!

  it('round-trips a claim page with its open interval end and citations', () => {
    const page = { claim, citations: [{ format: 'apa', label: 'APA', text: 'A.' }] } as never
    const back = parseClaimPage(serialiseStaged(page), 'claims/more-than.json')
    expect(back).toStrictEqual(page)
    expect(back.claim.interval?.high).toBe(Infinity)
  })

  it('round-trips a site index and a source page', () => {
    const index = { sources: ledger.sources, claimIds: ['more-than', 'vague'] }
    expect(parseSiteIndex(serialiseStaged(index), 'site.json')).toStrictEqual(index)
    const source = { claims: ledger.claims }
    expect(parseSourcePage(serialiseStaged(source), 'sources/a-source.json')).toStrictEqual(source)
  })

  it('names the file and the field when a record is not what prepare writes', () => {
    expect(() => parseClaimPage('{"citations":[]}', 'claims/x.json')).toThrow(/^claims\/x\.json: claim\.id: expected a claim record, got null/)
    expect(() => parseClaimPage('{"claim":{"id":"x"}}', 'claims/x.json')).toThrow(/^claims\/x\.json: citations: expected an array, got null/)
    expect(() => parseSiteIndex('[]', 'site.json')).toThrow(/^site\.json: expected a site index object/)
    expect(() => parseSourcePage('{"claims":3}', 's.json')).toThrow(/^s\.json: claims: expected an array, got 3/)
  })
})
