import { describe, expect, it } from 'vitest'
import type { RecordRow } from '../check/values'
import { datasetDownloads, datasetJSON, datasetMarks, describeRounding, recordReads, type MarkableClaim } from './view'
import type { DatasetMetadata } from './metadata'

const row = (month: string, count: number): RecordRow => ({ month, count, low: count - 5, high: count + 5 })

const metadata: DatasetMetadata = {
  id: 'ohss-usbp-encounters',
  publisher: 'OHSS',
  title: 'Encounters',
  page: 'https://ohss.dhs.gov/khsm/cbp-encounters',
  file: 'KHSM Encounters (USBP) fy25m11.xlsx',
  retrieved: '2026-12-02',
  coverage: { start: '1999-10', end: '2024-11' },
  counts: 'Encounters.',
  rounding: { to: 10 },
  licence: 'Public domain.',
  tables: [{ id: 'monthly-by-region', title: 'By region', month: { column: 'Month' }, dimensions: { region: 'Region' }, value: 'Quantity' }],
  series: [
    { id: 'southwest-border', title: 'Southwest', table: 'monthly-by-region', where: { region: 'Southwest Land Border' } },
    { id: 'empty', title: 'Empty', table: 'monthly-by-region', where: { region: 'Nowhere' } },
  ],
}

describe('describeRounding', () => {
  // prettier-ignore
  const cases: [string, Parameters<typeof describeRounding>[0], number, string][] = [
    ['rounded to 10',            { to: 10 }, 38_560, 'Every count is a multiple of 10, so 38,560 stands for 38,555 to 38,565; a sum of N rows carries N such roundings, up to N × 5 either way.'],
    ['an example off the grid',  { to: 10 }, 38_563, 'Every count is a multiple of 10, so 38,560 stands for 38,555 to 38,565; a sum of N rows carries N such roundings, up to N × 5 either way.'],
    ['never below zero',         { to: 10 }, 0,      'Every count is a multiple of 10, so 0 stands for 0 to 5; a sum of N rows carries N such roundings, up to N × 5 either way.'],
    ['rounded to 1,000',         { to: 1000 }, 12_000, 'Every count is a multiple of 1,000, so 12,000 stands for 11,500 to 12,500; a sum of N rows carries N such roundings, up to N × 500 either way.'],
    ['exact',                    { exact: true }, 117_905, 'Counts are exact as published: each stands for itself, and a sum of rows carries no rounding.'],
  ]
  it.each(cases)('%s', (_label, rounding, example, text) => {
    expect(describeRounding(rounding, example)).toBe(text)
  })
})

describe('datasetDownloads', () => {
  it('mirrors content/data/<id>/ under /data/<id>/, the file name percent-encoded', () => {
    expect(datasetDownloads(metadata)).toEqual({
      published: { file: 'KHSM Encounters (USBP) fy25m11.xlsx', path: '/data/ohss-usbp-encounters/published/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx' },
      tables: [{ id: 'monthly-by-region', title: 'By region', path: '/data/ohss-usbp-encounters/derived/monthly-by-region.csv' }],
      citations: [
        { label: 'BibTeX', extension: 'bib', path: '/data/ohss-usbp-encounters.bib' },
        { label: 'RIS', extension: 'ris', path: '/data/ohss-usbp-encounters.ris' },
        { label: 'CSL-JSON', extension: 'csl.json', path: '/data/ohss-usbp-encounters.csl.json' },
      ],
    })
  })
})

describe('recordReads', () => {
  it('is empty for a check that read no dataset', () => {
    expect(recordReads([])).toEqual([])
    expect(recordReads([{ series: undefined, rows: undefined }])).toEqual([])
  })

  it('merges the steps on one series into one read, each month once and in order', () => {
    const reads = recordReads([
      { series: 'd/s', rows: [row('2024-06', 83_530)] },
      { series: 'd/s', rows: [row('2024-05', 117_910), row('2024-06', 83_530)] },
      { series: 'e/t', rows: [row('2024-06', 83_532)] },
    ])
    expect(reads.map((read) => [read.dataset, read.series, read.rows.map((r) => r.month)])).toEqual([
      ['d', 'd/s', ['2024-05', '2024-06']],
      ['e', 'e/t', ['2024-06']],
    ])
  })
})

describe('datasetMarks', () => {
  const claims: MarkableClaim[] = [
    {
      id: 'no-dramatic-impact',
      title: 'No dramatic impact',
      url: '/claims/no-dramatic-impact',
      checks: [
        {
          id: 'may-to-june',
          title: 'May to June',
          steps: [
            { series: 'ohss-usbp-encounters/southwest-border', rows: [row('2024-06', 1)] },
            { series: 'ohss-usbp-encounters/southwest-border', rows: [row('2024-05', 1)] },
          ],
        },
        { id: 'cbp', title: 'CBP', steps: [{ series: 'cbp/border-patrol', rows: [row('2024-05', 1)] }] },
        { id: 'arithmetic', title: 'Arithmetic', steps: [{}] },
      ],
    },
  ]

  it('marks each check that read the dataset at the months it read, linking to the check', () => {
    const marks = datasetMarks(claims, 'ohss-usbp-encounters')
    expect([...marks.keys()]).toEqual(['ohss-usbp-encounters/southwest-border'])
    expect(marks.get('ohss-usbp-encounters/southwest-border')).toEqual([
      {
        claimId: 'no-dramatic-impact',
        checkId: 'may-to-june',
        label: 'No dramatic impact: May to June',
        href: '/claims/no-dramatic-impact#check-may-to-june',
        months: ['2024-05', '2024-06'],
      },
    ])
  })

  it('marks nothing for a dataset no check read', () => {
    expect(datasetMarks(claims, 'unused').size).toBe(0)
  })
})

describe('datasetJSON', () => {
  const record = {
    metadata,
    series: [
      {
        ref: 'ohss-usbp-encounters/southwest-border',
        id: 'southwest-border',
        title: 'Southwest',
        table: 'monthly-by-region',
        months: [{ ...row('1999-10', 87_820) }, { ...row('2024-11', 46_610) }],
      },
    ],
  }
  const fingerprints = { sha256: 'aa', tables: { 'monthly-by-region': 'bb' } }

  it('carries every metadata field, absolute addresses and fingerprints, and each series with its coverage', () => {
    const json = datasetJSON(record, fingerprints, 'https://claims.example.org')
    const { tables: _tables, series: _series, ...rest } = metadata
    void _tables
    void _series
    expect(json).toMatchObject(rest)
    expect(json.url).toBe('https://claims.example.org/data/ohss-usbp-encounters')
    expect(json.published).toEqual({
      file: metadata.file,
      url: 'https://claims.example.org/data/ohss-usbp-encounters/published/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx',
      sha256: 'aa',
    })
    expect(json.tables).toEqual([
      { id: 'monthly-by-region', title: 'By region', url: 'https://claims.example.org/data/ohss-usbp-encounters/derived/monthly-by-region.csv', sha256: 'bb' },
    ])
    expect(json.series).toEqual([
      { id: 'southwest-border', ref: 'ohss-usbp-encounters/southwest-border', title: 'Southwest', table: 'monthly-by-region', coverage: { start: '1999-10', end: '2024-11' } },
      { id: 'empty', ref: 'ohss-usbp-encounters/empty', title: 'Empty', table: 'monthly-by-region', coverage: null },
    ])
    expect(json.citation.bibtex).toBe('https://claims.example.org/data/ohss-usbp-encounters.bib')
  })

  it('throws naming the table when the manifest lacks its fingerprint', () => {
    expect(() => datasetJSON(record, { sha256: 'aa', tables: {} }, '')).toThrow(/ohss-usbp-encounters.*monthly-by-region/)
  })
})
