import { Cite } from '@citation-js/core'
import { describe, expect, it } from 'vitest'
import { allCitations, cslRecord, datasetCslRecord, formatAllCitations, formatCitation, formatCitationsInBatch, type CitableClaim } from './index'

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

describe('formatCitationsInBatch', () => {
  // Same author (the site) and same year: a bibliography of them would read "2026a", "2026b", and
  // MLA and Chicago would replace the repeated author with dashes. Each claim is cited alone.
  const records = [
    record,
    cslRecord({ ...claim, id: 'asylum-allowed-count', title: 'Asylum applicants permitted to remain', version: 1 }, site),
    cslRecord({ ...claim, id: 'removal-orders', title: 'Removal orders in fiscal year 2023', reviewed: '2026-01-05' }, site),
    cslRecord({ ...claim, id: 'a-later-review', title: 'A claim reviewed the next year', reviewed: '2027-03-01' }, site),
  ]

  it('throws on two records with one id instead of citing one of them twice', () => {
    expect(() => formatCitationsInBatch([record, record])).toThrow(/two records share the id asylum-allowed-share-v2/)
  })

  it('formats every record exactly as it formats alone, without disambiguating between them', () => {
    const batch = formatCitationsInBatch(records)
    for (const each of records) expect(batch.get(each.id), each.id).toEqual(formatAllCitations(each))
    const apa = batch.get(records[1]!.id)!.find((citation) => citation.format === 'apa')!.text
    expect(apa).not.toMatch(/2026[a-z]/)
    const mla = batch.get(records[1]!.id)!.find((citation) => citation.format === 'mla')!.text
    expect(mla.startsWith('Claim Ledger.')).toBe(true)
  })

  it('gives nothing for an empty batch', () => {
    expect(formatCitationsInBatch([]).size).toBe(0)
  })
})

describe('datasetCslRecord', () => {
  const dataset = {
    id: 'ohss-usbp-encounters',
    publisher: 'U.S. Department of Homeland Security, Office of Homeland Security Statistics (OHSS)',
    title: 'Key Homeland Security Metrics: CBP Encounters, U.S. Border Patrol',
    page: 'https://ohss.dhs.gov/khsm/cbp-encounters',
    file: 'KHSM Encounters (USBP) fy25m11.xlsx',
    retrieved: '2026-12-02',
  }
  const formatted = new Map(formatAllCitations(datasetCslRecord(dataset)).map((citation) => [citation.format, citation.text]))

  it('cites the agency and its page, never this site', () => {
    for (const [format, text] of formatted) {
      expect(text, format).toContain(dataset.page)
      expect(text, format).not.toContain('claims.example.org')
      expect(text, format).not.toContain('Claim Ledger')
    }
  })

  // prettier-ignore
  const cases: [string, string][] = [
    ['apa',     'U.S. Department of Homeland Security, Office of Homeland Security Statistics (OHSS). (n.d.). Key Homeland Security Metrics: CBP Encounters, U.S. Border Patrol [Data set]. Retrieved December 2, 2026, from https://ohss.dhs.gov/khsm/cbp-encounters'],
    ['mla',     'U.S. Department of Homeland Security, Office of Homeland Security Statistics (OHSS). Key Homeland Security Metrics: CBP Encounters, U.S. Border Patrol. https://ohss.dhs.gov/khsm/cbp-encounters. Accessed 2 Dec. 2026.'],
  ]
  it.each(cases)('%s: the agency as author, no release date invented, the retrieval date', (format, text) => {
    expect(formatted.get(format as 'apa')).toBe(text)
  })

  it('gives BibTeX a key from the id and RIS the data type, the id and the access date', () => {
    expect(formatted.get('bibtex')).toMatch(/^@misc\{OhssUsbpEncounters,/)
    expect(formatted.get('ris')).toContain('TY  - DATA')
    expect(formatted.get('ris')).toContain('ID  - ohss-usbp-encounters')
    expect(formatted.get('ris')).toContain('Y2  - 2026/12/2/')
    expect(formatted.get('ris')).toContain('KHSM Encounters (USBP) fy25m11.xlsx')
  })
})
