import type { z } from 'zod'
import type { ContentIssue } from '../content/issues'
import { parseDerivedTable, TableError, type DerivedTable } from './derive'
import { datasetMetadataSchema, type DatasetMetadata } from './metadata'
import { buildSeries, type Series } from './series'

/** What the import records beside the derived tables, so the build can tell they still match. */
export interface DerivedManifest {
  readonly file: string
  /** SHA-256 of the published file the tables were derived from. */
  readonly sha256: string
  /** SHA-256 of the table specs (as JSON) they were derived with. */
  readonly spec: string
  /** SHA-256 of each derived table's CSV. */
  readonly tables: Readonly<Record<string, string>>
}

/** A dataset folder as read from disk: metadata, fingerprints computed by the reader, and table texts. */
export interface RawDataset {
  /** content-relative folder, e.g. "data/ohss-usbp-encounters". */
  readonly folder: string
  readonly metadata: unknown
  /** SHA-256 of published/<file>, or undefined when the file is missing. */
  readonly publishedSha256: (fileName: string) => string | undefined
  readonly manifest: unknown
  /** Each derived table's CSV text and its SHA-256, or undefined when missing. */
  readonly derived: (tableId: string) => { readonly text: string; readonly sha256: string } | undefined
  readonly sha256: (text: string) => string
}

export interface Dataset {
  readonly metadata: DatasetMetadata
  readonly folder: string
  readonly tables: ReadonlyMap<string, DerivedTable>
  /** By "dataset-id/series-id". */
  readonly series: ReadonlyMap<string, Series>
}

/** A dataset as pages and downloads see it: metadata and each series month by month, plain JSON. */
export interface DatasetRecord {
  readonly metadata: DatasetMetadata
  readonly folder: string
  readonly series: readonly {
    readonly ref: string
    readonly id: string
    readonly title: string
    readonly table: string
    readonly months: readonly { readonly month: string; readonly count: number; readonly low: number; readonly high: number }[]
  }[]
}

/** The plain record of a loaded dataset (its series' categories stay in the tables). */
export function datasetRecord(dataset: Dataset): DatasetRecord {
  return {
    metadata: dataset.metadata,
    folder: dataset.folder,
    series: [...dataset.series.values()].map((series) => ({
      ref: series.ref,
      id: series.spec.id,
      title: series.spec.title,
      table: series.spec.table,
      months: [...series.months.values()].map((month) => ({ month: month.month, count: month.count, low: month.interval.low, high: month.interval.high })),
    })),
  }
}

/** The fingerprint of the table specs: a change to them means the tables must be derived again. */
export function specFingerprint(metadata: Pick<DatasetMetadata, 'tables'>, sha256: (text: string) => string): string {
  return sha256(JSON.stringify(metadata.tables))
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${String(key)}` : String(key)), '') || '(metadata)'
}

const IMPORT_HINT = 'run `npm run claims -- data import'

/**
 * Validates a dataset folder: complete metadata, the published file present and unchanged since the
 * import, and every derived table as the import wrote it (never hand-edited), each row readable.
 * Returns the dataset with its series, or the issues, each naming the file and the field.
 */
export function loadDataset(raw: RawDataset): { dataset: Dataset | null; issues: ContentIssue[] } {
  const metadataFile = `${raw.folder}/dataset.yaml`
  const parsed = datasetMetadataSchema.safeParse(raw.metadata)
  if (!parsed.success) {
    return {
      dataset: null,
      issues: (parsed.error as z.ZodError).issues.map((issue) => ({
        file: metadataFile,
        field: fieldOf(issue.path),
        message: issue.message.replace(/^Invalid input: expected (.+), received undefined$/, 'missing: expected $1'),
      })),
    }
  }
  const metadata = parsed.data
  const issues: ContentIssue[] = []
  const report = (file: string, field: string, message: string) => issues.push({ file, field, message })
  const folderName = raw.folder.replace(/^.*\//, '')
  if (metadata.id !== folderName) report(metadataFile, 'id', `expected "${folderName}", the folder's name; got "${metadata.id}"`)
  if (metadata.coverage.start > metadata.coverage.end) report(metadataFile, 'coverage', 'expected start on or before end')
  const hint = `${IMPORT_HINT} ${metadata.id}\` to derive them from the published file; never edit a derived table by hand`

  const published = raw.publishedSha256(metadata.file)
  if (published === undefined) report(`${raw.folder}/published/${metadata.file}`, 'file', `expected the file as published here (named by dataset.yaml's "file"); it is missing`)

  const tableIds = new Set<string>()
  for (const [index, table] of metadata.tables.entries()) {
    if (tableIds.has(table.id)) report(metadataFile, `tables[${index}].id`, `duplicate table id "${table.id}"`)
    tableIds.add(table.id)
  }
  for (const [index, series] of metadata.series.entries()) {
    const table = metadata.tables.find((candidate) => candidate.id === series.table)
    if (!table) {
      report(metadataFile, `series[${index}].table`, `expected the id of one of this dataset's tables (${[...tableIds].join(', ')}); got "${series.table}"`)
      continue
    }
    for (const name of [...Object.keys(series.where ?? {}), ...(series.by ? [series.by] : [])]) {
      if (!(name in table.dimensions))
        report(metadataFile, `series[${index}]`, `"${name}" is not a dimension of table "${table.id}" (its dimensions: ${Object.keys(table.dimensions).join(', ') || 'none'})`)
    }
  }

  const manifestFile = `${raw.folder}/derived/manifest.json`
  const manifest = raw.manifest as Partial<DerivedManifest> | undefined
  if (!manifest || typeof manifest !== 'object') {
    report(manifestFile, '(file)', `expected the import's record of the derived tables; ${hint}`)
  } else if (published !== undefined) {
    if (manifest.file !== metadata.file || manifest.sha256 !== published) {
      report(`${raw.folder}/published/${metadata.file}`, 'file', `the derived tables were made from another file (or another version of it); ${hint}`)
    }
    if (manifest.spec !== specFingerprint(metadata, raw.sha256)) {
      report(metadataFile, 'tables', `the table definitions changed since the tables were derived; ${hint}`)
    }
  }

  const tables = new Map<string, DerivedTable>()
  for (const [index, spec] of metadata.tables.entries()) {
    const file = `${raw.folder}/derived/${spec.id}.csv`
    const derived = raw.derived(spec.id)
    if (!derived) {
      report(file, '(file)', `expected the derived table "${spec.id}" (tables[${index}]); ${hint}`)
      continue
    }
    if (manifest && typeof manifest === 'object' && manifest.tables?.[spec.id] !== derived.sha256) {
      report(
        file,
        '(file)',
        `no longer matches what the import derived from the published file: a derived table is never edited by hand; restore it (git checkout), or delete it and ${IMPORT_HINT} ${metadata.id}\``,
      )
    }
    try {
      tables.set(spec.id, parseDerivedTable(spec, derived.text, file))
    } catch (error) {
      if (!(error instanceof TableError)) throw error
      const [where, ...rest] = error.where.split(', ')
      report(where ?? file, rest.join(', ') || '(file)', error.detail)
    }
    for (const row of tables.get(spec.id)?.rows ?? []) {
      if (row.month < metadata.coverage.start || row.month > metadata.coverage.end) {
        report(file, 'month', `${row.month} is outside the coverage in dataset.yaml (${metadata.coverage.start} to ${metadata.coverage.end})`)
        break
      }
    }
  }
  if (issues.length > 0) return { dataset: null, issues }

  const series = new Map<string, Series>()
  for (const spec of metadata.series) {
    const built = buildSeries(metadata, spec, tables.get(spec.table) as DerivedTable)
    series.set(built.ref, built)
  }
  return { dataset: { metadata, folder: raw.folder, tables, series }, issues }
}
