import { readFileSync } from 'node:fs'
import { csvParseRows } from 'd3-dsv'
import type { PublishedTable } from '@/core/data/derive'
import type { TableSpec } from '@/core/data/metadata'

/** Thrown when the published file cannot be read as the spec says; names the file and sheet. */
export class PublishedFileError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PublishedFileError'
  }
}

function cellValue(value: unknown): unknown {
  // exceljs gives rich text, formulas and hyperlinks as objects; a count or a name is their text or result.
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const cell = value as { result?: unknown; text?: unknown; richText?: { text: string }[] }
    if ('result' in cell) return cell.result
    if (cell.richText) return cell.richText.map((part) => part.text).join('')
    if ('text' in cell) return cell.text
  }
  return value
}

/**
 * Reads the sheets (XLSX) or the one table (CSV) that the specs name from a published file.
 * Returns one PublishedTable per spec, in order.
 */
export async function readPublishedTables(file: string, specs: readonly TableSpec[]): Promise<PublishedTable[]> {
  const name = file.replace(/^.*\//, '')
  if (/\.xlsx$/i.test(file)) {
    const { default: ExcelJS } = await import('exceljs')
    const workbook = new ExcelJS.Workbook()
    try {
      await workbook.xlsx.readFile(file)
    } catch (error) {
      throw new PublishedFileError(`${name}: not readable as an XLSX workbook: ${(error as Error).message}`)
    }
    return specs.map((spec) => {
      if (!spec.sheet) throw new PublishedFileError(`${name}: table "${spec.id}" needs a "sheet": a workbook has several (${workbook.worksheets.map((sheet) => `"${sheet.name}"`).join(', ')})`)
      const sheet = workbook.getWorksheet(spec.sheet)
      if (!sheet) throw new PublishedFileError(`${name}: table "${spec.id}": no sheet "${spec.sheet}"; the sheets are ${workbook.worksheets.map((s) => `"${s.name}"`).join(', ')}`)
      const rows: unknown[][] = []
      sheet.eachRow({ includeEmpty: true }, (row) => {
        // exceljs rows are 1-based with an empty slot 0.
        rows.push((row.values as unknown[]).slice(1).map(cellValue))
      })
      return { headers: rows[0] ?? [], rows: rows.slice(1), firstRowNumber: 2 }
    })
  }
  if (/\.csv$/i.test(file)) {
    const records = csvParseRows(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))
    return specs.map((spec) => {
      if (spec.sheet) throw new PublishedFileError(`${name}: table "${spec.id}" names a sheet, but a CSV file has none`)
      return { headers: records[0] ?? [], rows: records.slice(1), firstRowNumber: 2 }
    })
  }
  throw new PublishedFileError(`${name}: expected an .xlsx or .csv file`)
}
