import { describe, expect, it } from 'vitest'
import { deriveTable, derivedTableCsv, parseDerivedTable, readCount, TableError, type PublishedTable } from './derive'
import { loadDataset, specFingerprint, type RawDataset } from './dataset'
import type { DatasetMetadata, TableSpec } from './metadata'
import { calendarMonth, daysInMonth, fiscalMonth, monthsBetween } from './months'
import { buildSeries, categories, count, lastBelowPerDay, perDay, roundedCount, SeriesError } from './series'

describe('months', () => {
  // prettier-ignore
  it.each([
    ['October opens the fiscal year a calendar year earlier', 2024, '01 October', '2023-10'],
    ['September closes it',                                   2024, '12 September', '2024-09'],
    ['CBP abbreviations',                                     '2022', 'OCT', '2021-10'],
    ['the current year written as fiscal year to date',       '2025 (FYTD)', 'AUG', '2025-08'],
    ['a bare month name',                                     2024, 'June', '2024-06'],
  ])('%s', (_label, year, month, expected) => {
    expect(fiscalMonth(year, month)).toBe(expected)
  })

  // prettier-ignore
  it.each([
    [2024, 'Juno'], [2024, '13'], ['FY24', 'June'], [2024, 7], [null, 'June'], [1492, 'May'],
  ])('refuses fiscal year %j and month %j', (year, month) => {
    expect(() => fiscalMonth(year, month)).toThrow(/is not a (fiscal year|month name)|not a month/)
  })

  it('reads calendar months written several ways', () => {
    expect(calendarMonth('2024-06')).toBe('2024-06')
    expect(calendarMonth('June 2024')).toBe('2024-06')
    expect(calendarMonth(new Date(Date.UTC(2024, 5, 30)))).toBe('2024-06')
    expect(() => calendarMonth('2024-13')).toThrow(/not a month/)
  })

  it('counts days and walks months', () => {
    expect([daysInMonth('2024-02'), daysInMonth('2023-02'), daysInMonth('2024-06')]).toEqual([29, 28, 30])
    expect(monthsBetween('2024-11', '2025-02')).toEqual(['2024-11', '2024-12', '2025-01', '2025-02'])
  })
})

const SPEC: TableSpec = {
  id: 'monthly-by-region',
  title: 'By region',
  sheet: 'Monthly Region',
  month: { fiscalYear: 'Fiscal Year', month: 'Month' },
  dimensions: { region: 'Region' },
  value: 'Quantity',
}

function sheet(rows: unknown[][]): PublishedTable {
  return { headers: ['Fiscal\nYear', 'Month', 'Region', 'Quantity'], rows, firstRowNumber: 2 }
}

describe('deriving a table from a published sheet', () => {
  it('reads each row’s month and count, sums duplicates, and sorts', () => {
    const table = deriveTable(
      SPEC,
      sheet([
        [2024, '09 June', 'Southwest Land Border', 83530],
        [2024, '08 May', 'Southwest Land Border', '117,900'],
        [2024, '08 May', 'Southwest Land Border', 10],
        [2024, '08 May', 'Coastal Border', 300],
      ]),
      'file.xlsx',
    )
    expect(table.rows).toEqual([
      { month: '2024-05', dimensions: { region: 'Coastal Border' }, count: 300 },
      { month: '2024-05', dimensions: { region: 'Southwest Land Border' }, count: 117910 },
      { month: '2024-06', dimensions: { region: 'Southwest Land Border' }, count: 83530 },
    ])
    expect(derivedTableCsv(table)).toBe('month,region,count\n2024-05,Coastal Border,300\n2024-05,Southwest Land Border,117910\n2024-06,Southwest Land Border,83530\n')
  })

  it('round-trips through its CSV', () => {
    const table = deriveTable(SPEC, sheet([[2024, '09 June', 'Southwest Land Border, "quoted"', 1]]), 'f')
    expect(parseDerivedTable(SPEC, derivedTableCsv(table), 'f')).toEqual(table)
  })

  // prettier-ignore
  it.each([
    ['a count that is not a number', [[2024, '09 June', 'X', 'n/a']],  /row 2, column "Quantity": expected a count .* found "n\/a"/],
    ['an empty count',               [[2024, '09 June', 'X', null]],   /row 2, column "Quantity": expected a count .* an empty cell/],
    ['a negative count',             [[2024, '09 June', 'X', -5]],     /row 2, column "Quantity"/],
    ['a month that does not parse',  [[2024, 'Juno', 'X', 5]],         /row 2, column "Month": "Juno" is not a month name/],
  ])('refuses %s, naming the row and column', (_label, rows, message) => {
    expect(() => deriveTable(SPEC, sheet(rows), 'file.xlsx')).toThrow(message)
    expect(() => deriveTable(SPEC, sheet(rows), 'file.xlsx')).toThrow(TableError)
  })

  it('refuses a sheet without a column the spec names, listing the columns it has', () => {
    expect(() => deriveTable({ ...SPEC, value: 'Count' }, sheet([]), 'file.xlsx')).toThrow(
      /expected a column "Count"; the columns are "Fiscal Year", "Month", "Region", "Quantity"/,
    )
  })

  it('keeps only the rows `where` selects', () => {
    const table = deriveTable(
      { ...SPEC, where: { Region: 'Coastal Border' } },
      sheet([
        [2024, '09 June', 'Coastal Border', 5],
        [2024, '09 June', 'Other', 7],
      ]),
      'f',
    )
    expect(table.rows.map((row) => row.count)).toEqual([5])
  })

  // prettier-ignore
  it.each([
    ['a hand-typed word for a count', 'month,region,count\n2024-06,X,lots\n', /line 2, column "count"/],
    ['a month that is not YYYY-MM',   'month,region,count\nJune 2024,X,5\n',  /line 2, column "month": expected a month as YYYY-MM/],
    ['a changed header',              'month,area,count\n2024-06,X,5\n',     /line 1: expected the columns month, region, count/],
  ])('refuses a derived table with %s', (_label, csv, message) => {
    expect(() => parseDerivedTable(SPEC, csv, 'derived.csv')).toThrow(message)
  })

  it('reads counts with separators and refuses fractions', () => {
    expect(readCount('1,234')).toBe(1234)
    expect(() => readCount(1.5)).toThrow(/whole number/)
    expect(() => readCount('1,23')).toThrow()
  })
})

const DATASET = { id: 'd', publisher: 'P', title: 'T', coverage: { start: '2020-01', end: '2024-12' }, rounding: { to: 10 } } as const

function series(counts: Record<string, number>, rounding: DatasetMetadata['rounding'] = { to: 10 }) {
  return buildSeries(
    { ...DATASET, rounding },
    { id: 's', title: 'Encounters', table: 't' },
    { id: 't', dimensions: ['region'], rows: Object.entries(counts).map(([month, value]) => ({ month, dimensions: { region: 'A' }, count: value })) },
  )
}

describe('reading a series with its rounding', () => {
  // prettier-ignore
  it.each([
    ['a count rounded to 10',     38560, { to: 10 },        1, 38555, 38565],
    ['a sum of three such rows',  38560, { to: 10 },        3, 38545, 38575],
    ['an exact count',            38560, { exact: true },   1, 38560, 38560],
    ['a count near zero',         0,     { to: 10 },        1, 0,     5],
  ] as const)('%s', (_label, value, rounding, rows, low, high) => {
    expect(roundedCount(value, rounding, rows)).toEqual({ low, high })
  })

  it('counts a month and sums a range, one rounding per month', () => {
    const s = series({ '2024-05': 117910, '2024-06': 83530 })
    expect(count(s, '2024-05').interval).toEqual({ low: 117905, high: 117915 })
    const both = count(s, '2024-05', '2024-06')
    expect([both.nominal, both.interval.low, both.interval.high]).toEqual([201440, 201430, 201450])
    expect(both.months.map((month) => month.month)).toEqual(['2024-05', '2024-06'])
  })

  it('divides by the days of the months read', () => {
    const answer = perDay(series({ '2024-06': 83530 }), '2024-06')
    expect(answer.nominal).toBeCloseTo(2784.33, 2)
    expect(answer.interval.low).toBeCloseTo(83525 / 30, 6)
    expect(answer.interval.high).toBeCloseTo(83535 / 30, 6)
  })

  it('refuses a month outside the dataset’s coverage, or one it does not have', () => {
    const s = series({ '2024-05': 1 })
    expect(() => count(s, '2019-12')).toThrow(/2019-12 is outside d's coverage \(2020-01 to 2024-12\)/)
    expect(() => count(s, '2024-07')).toThrow(/has no count for 2024-07/)
    expect(() => count(s, '2024-06', '2024-05')).toThrow(SeriesError)
  })

  it('finds the last month under a daily level before a date', () => {
    // July: 1,240 a day; August: 1,525; September: 1,826.
    const s = series({ '2020-06': 50000, '2020-07': 38440, '2020-08': 47280, '2020-09': 54780 })
    const answer = lastBelowPerDay(s, 1500, '2020-10')
    expect(answer.kind).toBe('date')
    expect(answer.months.map((month) => month.month)).toEqual(['2020-07', '2020-08', '2020-09'])
    expect(answer.interval).toEqual({ low: Date.UTC(2020, 6, 1) / 864e5, high: Date.UTC(2020, 6, 31) / 864e5 })
  })

  it('widens the answer to a later month that the rounding leaves on either side of the level', () => {
    // 46,500 ± 5 over 31 days straddles 1,500 a day; July is clearly under it.
    const s = series({ '2020-07': 38440, '2020-08': 46500, '2020-09': 54780 })
    const answer = lastBelowPerDay(s, 1500, '2020-10')
    expect(answer.interval.high).toBe(Date.UTC(2020, 7, 31) / 864e5)
  })

  it('says when the series never falls under the level', () => {
    expect(() => lastBelowPerDay(series({ '2020-01': 90000, '2020-02': 90000 }), 1500, '2020-03')).toThrow(/stays at or above 1500 a day from 2020-01/)
  })

  it('counts categories, leaving out those named uncategorised, as a floor under rounding', () => {
    const s = buildSeries(
      DATASET,
      { id: 'c', title: 'By citizenship', table: 't', by: 'citizenship', uncategorised: ['Unknown'] },
      {
        id: 't',
        dimensions: ['citizenship'],
        rows: ['Mexico', 'Peru', 'Unknown', 'Chad'].map((name, index) => ({ month: '2024-06', dimensions: { citizenship: name }, count: index === 3 ? 0 : 10 })),
      },
    )
    const answer = categories(s, '2024-06')
    expect(answer.nominal).toBe(2)
    expect(answer.interval).toEqual({ low: 2, high: Infinity })
    expect(() => categories(series({ '2024-06': 1 }), '2024-06')).toThrow(/has no categories/)
  })
})

const sha = (text: string) => `h${text.length}-${[...text].reduce((hash, char) => (hash * 31 + char.charCodeAt(0)) >>> 0, 7)}`

function rawDataset(overrides: Partial<RawDataset> & { metadata?: unknown; csv?: string } = {}): RawDataset {
  const metadata = overrides.metadata ?? {
    id: 'ohss',
    publisher: 'DHS OHSS',
    title: 'Encounters',
    page: 'https://ohss.dhs.gov/khsm/cbp-encounters',
    file: 'file.xlsx',
    retrieved: '2026-12-02',
    coverage: { start: '2024-01', end: '2024-12' },
    counts: 'Border Patrol encounters',
    rounding: { to: 10 },
    licence: 'Public domain',
    tables: [SPEC],
    series: [{ id: 'swb', title: 'Southwest', table: 'monthly-by-region', where: { region: 'Southwest Land Border' } }],
  }
  const csv = overrides.csv ?? 'month,region,count\n2024-06,Southwest Land Border,83530\n'
  const tables = overrides.csv === undefined ? { 'monthly-by-region': sha(csv) } : { 'monthly-by-region': sha('month,region,count\n2024-06,Southwest Land Border,83530\n') }
  return {
    folder: 'data/ohss',
    metadata,
    publishedSha256: () => 'published-hash',
    manifest: { file: 'file.xlsx', sha256: 'published-hash', spec: specFingerprint(metadata as DatasetMetadata, sha), tables },
    derived: () => ({ text: csv, sha256: sha(csv) }),
    sha256: sha,
    ...overrides,
  }
}

describe('validating a dataset folder', () => {
  it('loads a complete dataset with its series', () => {
    const { dataset, issues } = loadDataset(rawDataset())
    expect(issues).toEqual([])
    expect(dataset?.series.get('ohss/swb')?.months.get('2024-06')?.count).toBe(83530)
  })

  it.each(['publisher', 'page', 'retrieved', 'coverage', 'rounding', 'licence', 'counts'])('refuses metadata without %s, naming the field', (field) => {
    const metadata = { ...(rawDataset().metadata as Record<string, unknown>) }
    delete metadata[field]
    const { dataset, issues } = loadDataset(rawDataset({ metadata }))
    expect(dataset).toBeNull()
    expect(issues).toContainEqual(expect.objectContaining({ file: 'data/ohss/dataset.yaml', field }))
  })

  it('refuses a missing published file, naming it', () => {
    const { issues } = loadDataset(rawDataset({ publishedSha256: () => undefined }))
    expect(issues).toContainEqual(expect.objectContaining({ file: 'data/ohss/published/file.xlsx', field: 'file', message: expect.stringMatching(/missing/) }))
  })

  it('refuses a published file other than the one the tables were derived from', () => {
    const { issues } = loadDataset(rawDataset({ publishedSha256: () => 'another-hash' }))
    expect(issues).toContainEqual(expect.objectContaining({ file: 'data/ohss/published/file.xlsx', message: expect.stringMatching(/another version of it.*data import ohss/) }))
  })

  it('refuses a hand-edited derived table', () => {
    const { issues } = loadDataset(rawDataset({ csv: 'month,region,count\n2024-06,Southwest Land Border,99999\n' }))
    expect(issues).toContainEqual(expect.objectContaining({ file: 'data/ohss/derived/monthly-by-region.csv', message: expect.stringMatching(/no longer matches/) }))
  })

  it('refuses a derived table whose count is not a number, naming the line and column', () => {
    const { issues } = loadDataset(rawDataset({ csv: 'month,region,count\n2024-06,Southwest Land Border,about 80k\n' }))
    expect(issues).toContainEqual({ file: 'data/ohss/derived/monthly-by-region.csv', field: 'line 2, column "count"', message: expect.stringMatching(/expected a count/) })
  })

  it('refuses changed table definitions until the import runs again', () => {
    const base = rawDataset()
    const metadata = { ...(base.metadata as DatasetMetadata), tables: [{ ...SPEC, title: 'Renamed' }] }
    const { issues } = loadDataset({ ...base, metadata })
    expect(issues).toContainEqual(expect.objectContaining({ field: 'tables', message: expect.stringMatching(/changed since the tables were derived/) }))
  })

  it('refuses a series over an unknown table or dimension', () => {
    const metadata = {
      ...(rawDataset().metadata as DatasetMetadata),
      series: [
        { id: 'x', title: 'X', table: 'nope' },
        { id: 'y', title: 'Y', table: 'monthly-by-region', where: { sector: 'A' } },
      ],
    }
    const { issues } = loadDataset(rawDataset({ metadata }))
    expect(issues.map((issue) => issue.field)).toEqual(['series[0].table', 'series[1]'])
  })
})
