import { Cite } from '@citation-js/core'
import { describe, expect, it } from 'vitest'
import { allCitations, cslRecord, formatCitation, type CitableClaim } from './index'

const claim: CitableClaim = {
  id: 'asylum-allowed-share',
  title: 'Share of asylum applicants permitted to remain in the US',
  version: 2,
  reviewed: '2026-11-28',
  source: {
    publisher: 'New York Post',
    headline: '42,000 migrants have crossed the border since Biden’s executive order',
    url: 'https://nypost.com/2024/06/18/us-news/42000-migrants-crossed-border-since-bidens-executive-order/',
    published: '2024-06-18',
  },
}
const site = { name: 'Claim Ledger', url: 'https://claims.example.org' }
const permalink = 'https://claims.example.org/claims/asylum-allowed-share'
const record = cslRecord(claim, site)

describe('cslRecord', () => {
  it('carries the permalink, the version, the review date and the original article', () => {
    expect(record).toMatchObject({ id: 'asylum-allowed-share-v2', URL: permalink, version: 'version 2', issued: { 'date-parts': [[2026, 11, 28]] } })
    expect(record.note).toContain(claim.source.url)
    expect(record.genre).toContain('version 2')
  })
})

describe('each format', () => {
  it.each(['apa', 'mla', 'chicago'] as const)('%s names the permalink, the version and the review year', (format) => {
    const text = formatCitation(record, format)
    expect(text).toContain(permalink)
    expect(text).toMatch(/version 2/)
    expect(text).toContain('2026')
  })

  it('APA and Chicago name the original article', () => {
    expect(formatCitation(record, 'apa')).toContain('New York Post')
    expect(formatCitation(record, 'chicago')).toContain('New York Post')
  })

  it('BibTeX parses back with citation-js to the same permalink and version', async () => {
    const [parsed] = (await Cite.async(formatCitation(record, 'bibtex'))).data
    expect(parsed).toMatchObject({ URL: permalink, title: claim.title })
    expect(String(parsed?.version ?? parsed?.note)).toMatch(/version 2/i)
  })

  it('RIS parses back with citation-js to the same permalink and version', async () => {
    const [parsed] = (await Cite.async(formatCitation(record, 'ris'))).data
    expect(parsed).toMatchObject({ URL: permalink, title: claim.title })
    expect(JSON.stringify(parsed)).toMatch(/[Vv]ersion 2/)
  })

  it('RIS keeps every value on one line and the full id', () => {
    const ris = formatCitation(record, 'ris')
    expect(ris.split('\n').every((line) => /^[A-Z][A-Z0-9] {2}- ?/.test(line))).toBe(true)
    expect(ris).toContain('ID  - asylum-allowed-share-v2')
    expect(ris).toContain('Version 2, reviewed 2026-11-28.')
  })

  it('CSL-JSON parses back to the record itself', async () => {
    const text = formatCitation(record, 'csl-json')
    expect(JSON.parse(text)).toEqual([record])
    const [parsed] = (await Cite.async(JSON.parse(text))).data
    expect(parsed).toMatchObject({ URL: permalink, version: 'version 2' })
  })

  it('lists all six formats in order', () => {
    expect(allCitations(claim, site).map((citation) => citation.label)).toEqual(['APA 7', 'MLA 9', 'Chicago author-date', 'BibTeX', 'RIS', 'CSL-JSON'])
  })
})
