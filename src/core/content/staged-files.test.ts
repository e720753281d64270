import { describe, expect, it } from 'vitest'
import { parseDatasetPage, parseSiteIndex, serialiseStaged, type DatasetPageData, type SiteIndex } from './staged-files'

// The encoding and the refusals on small records; projections.test.ts runs every kind of staged file
// made from the bundled content through the same parse functions.
const index: SiteIndex = {
  sources: [{ id: 'a-source', publisher: 'P', headline: 'H', url: 'https://example.org/a', published: '2024-06-18', retrieved: '2024-06-19', page: '/sources/a-source' }],
  claimIds: ['more-than', 'vague'],
}

// A dataset page with an open-ended month: the shape of the encoding that matters (±Infinity, −0).
const datasetPage: DatasetPageData = {
  dataset: {
    metadata: {
      id: 'd',
      publisher: 'Agency',
      title: 'Counts',
      page: 'https://example.org/d',
      file: 'd.csv',
      retrieved: '2024-07-01',
      coverage: { start: '2024-01', end: '2024-06' },
      counts: 'Things, by month.',
      rounding: { to: 10 },
      licence: 'Public domain',
      tables: [{ id: 'monthly', title: 'Monthly' }],
    },
    series: [{ ref: 'd/s', id: 's', title: 'S', table: 'monthly', months: [{ month: '2024-06', count: 10, low: -Infinity, high: Infinity }] }],
  },
  marks: { 'd/s': [{ label: 'C: K', href: '/claims/c#check-k', months: ['2024-06'] }] },
  citations: [{ format: 'apa', label: 'APA 7', text: 'Agency. (2024).' }],
}

describe('serialiseStaged', () => {
  it('throws naming the field for NaN, which no checked ledger holds', () => {
    expect(() => serialiseStaged({ ...index, claimIds: [NaN] } as never)).toThrow(/0 is NaN/)
    expect(() => serialiseStaged({ ...datasetPage, marks: { 'd/s': [{ label: 'x', href: 'y', months: [], low: NaN }] } } as never)).toThrow(/low is NaN/)
  })

  it('throws on a value JSON cannot carry instead of dropping it', () => {
    expect(() => serialiseStaged({ ...index, render: () => null } as never)).toThrow(/render is a function/)
  })

  it('round-trips open ends as ±Infinity, not as null', () => {
    const text = serialiseStaged(datasetPage)
    expect(text).not.toContain('"low":null')
    const back = parseDatasetPage(text, 'datasets/d.json')
    expect(back).toStrictEqual(datasetPage)
    expect(back.dataset.series[0]?.months[0]?.high).toBe(Infinity)
    expect(back.dataset.series[0]?.months[0]?.low).toBe(-Infinity)
  })

  it('keeps a string that looks like the tag a string', () => {
    const tricky = { ...index, sources: [{ ...index.sources[0]!, id: '$nonFinite', publisher: 'Infinity' }] }
    expect(parseSiteIndex(serialiseStaged(tricky), 'site.json')).toStrictEqual(tricky)
  })
})

describe('the parse functions', () => {
  it('name the file when the text is not JSON, or not the tag as serialiseStaged writes it', () => {
    expect(() => parseSiteIndex('{', '.stage/site.json')).toThrow(/^\.stage\/site\.json: not a site index written by claims prepare/)
    expect(() => parseSiteIndex('{"sources":[],"claimIds":[{"$nonFinite":"big"}]}', 'site.json')).toThrow(/expected "Infinity" or "-Infinity"/)
  })

  it('refuse a field the type does not declare, naming the file and the field', () => {
    const withText = { ...index, sources: [{ ...index.sources[0]!, text: 'The whole article.' }] }
    expect(() => parseSiteIndex(serialiseStaged(withText as never), 'site.json')).toThrow(/^site\.json: sources\[0\]\.text: not declared by the type/)
    const withClaimId = { ...datasetPage, marks: { 'd/s': [{ ...datasetPage.marks['d/s']![0]!, claimId: 'c' }] } }
    expect(() => parseDatasetPage(serialiseStaged(withClaimId as never), 'd.json')).toThrow(/^d\.json: marks\["d\/s"\]\[0\]\.claimId: not declared by the type/)
  })

  it('refuse a file with a field missing, naming the file and the field', () => {
    expect(() => parseSiteIndex('{"sources":[]}', 'site.json')).toThrow(/^site\.json: claimIds: missing: the type requires it/)
    const { licence: _licence, ...metadata } = datasetPage.dataset.metadata
    expect(() => parseDatasetPage(serialiseStaged({ ...datasetPage, dataset: { ...datasetPage.dataset, metadata } } as never), 'd.json')).toThrow(
      /^d\.json: dataset\.metadata\.licence: missing: the type requires it/,
    )
  })

  it('refuse what is not an object of the declared shape', () => {
    expect(() => parseSiteIndex('[]', 'site.json')).toThrow(/^site\.json: \(the file\): expected an object, got a list/)
    expect(() => parseSiteIndex('{"sources":{},"claimIds":[]}', 'site.json')).toThrow(/^site\.json: sources: expected a list, got an object/)
  })
})
