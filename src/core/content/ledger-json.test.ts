import { describe, expect, it } from 'vitest'
import type { Ledger } from './ledger'
import { parseClaimPage, parseDatasetIndex, parseDatasetPage, parseLedger, parseSiteIndex, parseSourcePage, serialiseStaged, sourceSummary, type DatasetPageData } from './ledger-json'

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
    expect(() => parseLedger('{', '.stage/ledger.json')).toThrow(/^\.stage\/ledger\.json: not a ledger/)
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
    const index = { sources: ledger.sources.map(sourceSummary), claimIds: ['more-than', 'vague'] }
    expect(parseSiteIndex(serialiseStaged(index), 'site.json')).toStrictEqual(index)
    expect(index.sources[0]).not.toHaveProperty('text')
    const source = { source: { ...ledger.sources[0]!, text: 'The article.' }, claims: ledger.claims }
    expect(parseSourcePage(serialiseStaged(source), 'sources/a-source.json')).toStrictEqual(source)
  })

  it('names the file and the field when a record is not what prepare writes', () => {
    expect(() => parseClaimPage('{"citations":[]}', 'claims/x.json')).toThrow(/^claims\/x\.json: claim\.id: expected a claim record, got null/)
    expect(() => parseClaimPage('{"claim":{"id":"x"}}', 'claims/x.json')).toThrow(/^claims\/x\.json: citations: expected an array, got null/)
    expect(() => parseSiteIndex('[]', 'site.json')).toThrow(/^site\.json: expected a site index object/)
    expect(() => parseSourcePage('{"claims":3}', 's.json')).toThrow(/^s\.json: claims: expected an array, got 3/)
    expect(() => parseSourcePage('{"claims":[]}', 's.json')).toThrow(/^s\.json: source\.text: expected the source with its article, got null/)
  })
})

describe('parseDatasetPage and parseDatasetIndex', () => {
  it('reads back a dataset page as staged, the rounding intervals included', () => {
    const page = {
      dataset: { metadata: { id: 'd' }, folder: 'data/d', series: [{ ref: 'd/s', months: [{ month: '2024-06', count: 10, low: 5, high: 15 }] }] },
      marks: { 'd/s': [{ claimId: 'c', checkId: 'k', label: 'C: K', href: '/claims/c#check-k', months: ['2024-06'] }] },
      citations: [],
    } as unknown as DatasetPageData
    expect(parseDatasetPage(serialiseStaged(page), 'd.json')).toEqual(page)
  })

  it('names the file and the field when the text is not a dataset page or index', () => {
    expect(() => parseDatasetPage('{"citations":[]}', 'd.json')).toThrow(/^d\.json: dataset\.metadata\.id: expected a dataset record/)
    expect(() => parseDatasetPage('{"dataset":{"metadata":{"id":"d"}}}', 'd.json')).toThrow(/^d\.json: citations: expected an array/)
    expect(() => parseDatasetIndex('{"datasets":{}}', 'i.json')).toThrow(/^i\.json: datasets: expected an array/)
  })
})
