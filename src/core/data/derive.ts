// d3-dsv: a strict RFC 4180 reader several times faster than csv-parse on the 15,000-row tables the
// build reads on every check.
import { csvFormatRows, csvParseRows } from 'd3-dsv'
import type { TableSpec } from './metadata'
import { calendarMonth, fiscalMonth, MonthError } from './months'

/** A sheet or CSV of the published file: header row, then data rows (cells as the reader gave them). */
export interface PublishedTable {
  readonly headers: readonly unknown[]
  readonly rows: readonly (readonly unknown[])[]
  /** The file's row number of `rows[0]` (1-based), so errors point at the row a person would open. */
  readonly firstRowNumber: number
}

export interface DerivedRow {
  readonly month: string
  readonly dimensions: Readonly<Record<string, string>>
  readonly count: number
}

export interface DerivedTable {
  readonly id: string
  readonly dimensions: readonly string[]
  readonly rows: readonly DerivedRow[]
}

/** A problem in a published file or a derived table: `where` names the sheet, row and column. */
export class TableError extends Error {
  constructor(
    readonly where: string,
    readonly detail: string,
  ) {
    super(`${where}: ${detail}`)
    this.name = 'TableError'
  }
}

// Workbook headers carry line breaks ("Fiscal\nYear"); compare them as a person reads them.
function headerText(cell: unknown): string {
  return String(cell ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** A count as published: a whole number, or digits with thousands separators. Anything else is an error. */
export function readCount(cell: unknown): number {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return cell
  if (typeof cell === 'string' && /^\d{1,3}(,\d{3})*$|^\d+$/.test(cell.trim())) return Number(cell.trim().replace(/,/g, ''))
  throw new Error(`expected a count (a whole number of 0 or more), found ${cell === null || cell === undefined || cell === '' ? 'an empty cell' : JSON.stringify(cell)}`)
}

/**
 * Derives one table from a published sheet: keeps the rows `where` selects, reads each row's month
 * and count, and sums rows that share a month and dimensions. Sorted by month, then dimensions.
 * Throws {@link TableError} naming the row and column of the first bad cell.
 */
export function deriveTable(spec: TableSpec, source: PublishedTable, label: string): DerivedTable {
  const headers = source.headers.map(headerText)
  const column = (name: string): number => {
    const index = headers.indexOf(headerText(name))
    if (index === -1) {
      throw new TableError(
        label,
        `expected a column "${name}"; the columns are ${headers
          .filter(Boolean)
          .map((h) => `"${h}"`)
          .join(', ')}`,
      )
    }
    return index
  }
  const monthColumns = 'column' in spec.month ? [column(spec.month.column)] : [column(spec.month.fiscalYear), column(spec.month.month)]
  const dimensionNames = Object.keys(spec.dimensions)
  const dimensionColumns = dimensionNames.map((name) => column(spec.dimensions[name] ?? ''))
  const valueColumn = column(spec.value)
  const filters = Object.entries(spec.where ?? {}).map(([name, value]) => [column(name), value] as const)

  const sums = new Map<string, { month: string; dimensions: Record<string, string>; count: number }>()
  source.rows.forEach((row, index) => {
    const where = `${label}, row ${source.firstRowNumber + index}`
    if (row.every((cell) => cell === null || cell === undefined || cell === '')) return
    if (filters.some(([at, value]) => headerText(row[at]) !== value)) return
    let month: string
    try {
      month = 'column' in spec.month ? calendarMonth(row[monthColumns[0] ?? 0]) : fiscalMonth(row[monthColumns[0] ?? 0], row[monthColumns[1] ?? 0])
    } catch (error) {
      if (!(error instanceof MonthError)) throw error
      throw new TableError(`${where}, column "${'column' in spec.month ? spec.month.column : spec.month.month}"`, error.message)
    }
    let count: number
    try {
      count = readCount(row[valueColumn])
    } catch (error) {
      throw new TableError(`${where}, column "${spec.value}"`, (error as Error).message)
    }
    const dimensions = Object.fromEntries(dimensionNames.map((name, at) => [name, headerText(row[dimensionColumns[at] ?? 0])]))
    const key = JSON.stringify([month, ...dimensionNames.map((name) => dimensions[name])])
    const existing = sums.get(key)
    if (existing) existing.count += count
    else sums.set(key, { month, dimensions, count })
  })
  const rows = [...sums.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || dimensionNames.reduce((order, name) => order || (a.dimensions[name] ?? '').localeCompare(b.dimensions[name] ?? ''), 0),
  )
  return { id: spec.id, dimensions: dimensionNames, rows }
}

/** The derived table as CSV: `month`, the dimensions, `count`. */
export function derivedTableCsv(table: DerivedTable): string {
  return `${csvFormatRows([
    ['month', ...table.dimensions, 'count'],
    ...table.rows.map((row) => [row.month, ...table.dimensions.map((name) => row.dimensions[name] ?? ''), String(row.count)]),
  ])}\n`
}

/**
 * Reads a derived table back, checking its header against the spec and every month and count.
 * Throws {@link TableError} naming the line and column.
 */
export function parseDerivedTable(spec: TableSpec, csvText: string, label: string): DerivedTable {
  const records = csvParseRows(csvText.replace(/\n$/, ''))
  const dimensions = Object.keys(spec.dimensions)
  const expected = ['month', ...dimensions, 'count']
  const header = records[0] ?? []
  if (header.join(',') !== expected.join(',')) {
    throw new TableError(`${label}, line 1`, `expected the columns ${expected.join(', ')}; found ${header.join(', ') || 'none'}`)
  }
  const rows = records.slice(1).map((record, index) => {
    const where = `${label}, line ${index + 2}`
    if (record.length !== expected.length) throw new TableError(where, `expected ${expected.length} columns (${expected.join(', ')}); found ${record.length}`)
    const month = record[0] ?? ''
    if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw new TableError(`${where}, column "month"`, `expected a month as YYYY-MM, found ${JSON.stringify(month)}`)
    let count: number
    try {
      count = readCount(record[record.length - 1])
    } catch (error) {
      throw new TableError(`${where}, column "count"`, (error as Error).message)
    }
    return { month, dimensions: Object.fromEntries(dimensions.map((name, at) => [name, record[at + 1] ?? ''])), count }
  })
  return { id: spec.id, dimensions, rows }
}
