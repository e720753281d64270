// What the dataset pages, datasets.json and the claim pages' record charts show of a dataset: plain
// functions over the staged records, no zod or mathjs (pages import this).
import { citationFiles } from '../citation/formats'
import type { RecordRow, Step } from '../check/values'
import { formatNumber } from '../figure/format'
import { claimCheckPath, datasetPath } from '../paths'
import type { DatasetRecord } from './dataset'
import type { DatasetMetadata, Rounding, TableSpec } from './metadata'

/** The downloads of one dataset, as paths under the site root. */
export interface DatasetDownloads {
  /** The agency's file, byte for byte as published. */
  readonly published: { readonly file: string; readonly path: string }
  /** Each table derived from it by `claims data import`, as CSV. */
  readonly tables: readonly { readonly id: string; readonly title: string; readonly path: string }[]
  /** The citation files: BibTeX, RIS, CSL-JSON. */
  readonly citations: readonly { readonly label: string; readonly extension: string; readonly path: string }[]
}

/** The citation files a dataset has, by file extension, beside those of claims. */

/**
 * Where a dataset's files are published: `/data/<id>/published/<file>` and `/data/<id>/derived/<table>.csv`,
 * mirroring `content/data/<id>/`. A file name is percent-encoded (agencies' names have spaces).
 * @example datasetDownloads(metadata).published.path // '/data/ohss-usbp-encounters/published/KHSM%20Encounters%20(USBP)%20fy25m11.xlsx'
 */
export function datasetDownloads(metadata: Pick<DatasetMetadata, 'id' | 'file'> & { readonly tables: readonly Pick<TableSpec, 'id' | 'title'>[] }): DatasetDownloads {
  const base = datasetPath(metadata.id)
  return {
    published: { file: metadata.file, path: `${base}/published/${encodeURIComponent(metadata.file)}` },
    tables: metadata.tables.map((table) => ({ id: table.id, title: table.title, path: `${base}/derived/${table.id}.csv` })),
    citations: citationFiles(base),
  }
}

/**
 * The rounding in words, with an example count.
 * @example describeRounding({ to: 10 }, 38560) // 'Every count is a multiple of 10, so 38,560 stands for 38,555 to 38,565; a sum of N rows carries N such roundings, up to N × 5 either way.'
 */
export function describeRounding(rounding: Rounding, example: number): string {
  if ('exact' in rounding) return 'Counts are exact as published: each stands for itself, and a sum of rows carries no rounding.'
  const half = rounding.to / 2
  const count = Math.round(example / rounding.to) * rounding.to
  return `Every count is a multiple of ${formatNumber(rounding.to)}, so ${formatNumber(count)} stands for ${formatNumber(Math.max(0, count - half))} to ${formatNumber(count + half)}; a sum of N rows carries N such roundings, up to N × ${formatNumber(half)} either way.`
}

/** What a check needs to be marked on a dataset's chart. */
export interface MarkableClaim {
  readonly id: string
  readonly title: string
  readonly url: string
  readonly checks: readonly { readonly id: string; readonly title: string; readonly steps: readonly Pick<Step, 'series' | 'rows'>[] }[]
}

/** A check that read months of a series: what the series chart marks. */
export interface DatasetMark {
  readonly claimId: string
  readonly checkId: string
  readonly label: string
  readonly href: string
  readonly months: readonly string[]
}

/**
 * The checks that read each of a dataset's series, one mark per claim, check and series, with the
 * months read (union of the check's steps on that series), by series ref.
 * @example datasetMarks(claims, 'ohss-usbp-encounters').get('ohss-usbp-encounters/southwest-border')
 */
export function datasetMarks(claims: readonly MarkableClaim[], datasetId: string): Map<string, DatasetMark[]> {
  const marks = new Map<string, DatasetMark[]>()
  for (const claim of claims) {
    for (const check of claim.checks) {
      for (const read of recordReads(check.steps)) {
        if (read.dataset !== datasetId) continue
        const list = marks.get(read.series) ?? []
        list.push({
          claimId: claim.id,
          checkId: check.id,
          label: `${claim.title}: ${check.title}`,
          href: claimCheckPath(claim.id, check.id),
          months: read.rows.map((row) => row.month),
        })
        marks.set(read.series, list)
      }
    }
  }
  return marks
}

/** The rows one check read of one series. */
export interface RecordRead {
  readonly dataset: string
  /** "dataset-id/series-id". */
  readonly series: string
  /** Months in order, each once. */
  readonly rows: readonly RecordRow[]
}

/**
 * A check's steps that read a dataset, merged per series: May and June read in two steps are one
 * read of two rows. Series in the order the steps read them.
 * @example recordReads(check.steps).map((read) => read.series) // ['ohss-usbp-encounters/southwest-border']
 */
export function recordReads(steps: readonly Pick<Step, 'series' | 'rows'>[]): RecordRead[] {
  const reads = new Map<string, Map<string, RecordRow>>()
  for (const step of steps) {
    if (!step.series || !step.rows) continue
    const rows = reads.get(step.series) ?? new Map<string, RecordRow>()
    for (const row of step.rows) rows.set(row.month, row)
    reads.set(step.series, rows)
  }
  return [...reads.entries()].map(([series, rows]) => ({
    dataset: series.slice(0, series.indexOf('/')),
    series,
    rows: [...rows.values()].sort((a, b) => a.month.localeCompare(b.month)),
  }))
}

/** One dataset in `/data/datasets.json`. */
export interface DatasetJSON extends Omit<DatasetMetadata, 'tables' | 'series'> {
  /** This site's page for the dataset. */
  readonly url: string
  readonly published: { readonly file: string; readonly url: string; readonly sha256: string }
  readonly tables: readonly { readonly id: string; readonly title: string; readonly url: string; readonly sha256: string }[]
  readonly series: readonly {
    readonly id: string
    /** How a check names it: "dataset-id/series-id". */
    readonly ref: string
    readonly title: string
    readonly table: string
    /** The first and last month with a count. */
    readonly coverage: { readonly start: string; readonly end: string } | null
  }[]
  readonly citation: { readonly bibtex: string; readonly ris: string; readonly cslJson: string }
}

/** The import's fingerprints of a dataset's files (derived/manifest.json). */
export interface DatasetFingerprints {
  readonly sha256: string
  readonly tables: Readonly<Record<string, string>>
}

/**
 * A dataset's entry in datasets.json: its metadata as in dataset.yaml (nothing left out), absolute
 * addresses of its page and files, each file's SHA-256, and each series' coverage.
 * @example datasetJSON(record, manifest, 'https://claims.example.org').published.url
 */
export function datasetJSON(record: Pick<DatasetRecord, 'metadata' | 'series'>, fingerprints: DatasetFingerprints, siteUrl: string): DatasetJSON {
  const { tables: _tables, series, ...metadata } = record.metadata
  void _tables
  const downloads = datasetDownloads(record.metadata)
  const tableSha = (id: string) => {
    const sha = fingerprints.tables[id]
    if (!sha) throw new Error(`datasetJSON: ${record.metadata.id}: the manifest has no fingerprint for table "${id}"`)
    return sha
  }
  const citation = (extension: string) => `${siteUrl}${downloads.citations.find((file) => file.extension === extension)!.path}`
  return {
    ...metadata,
    url: `${siteUrl}${datasetPath(metadata.id)}`,
    published: { file: metadata.file, url: `${siteUrl}${downloads.published.path}`, sha256: fingerprints.sha256 },
    tables: downloads.tables.map((table) => ({ id: table.id, title: table.title, url: `${siteUrl}${table.path}`, sha256: tableSha(table.id) })),
    series: series.map((spec) => {
      const months = record.series.find((built) => built.id === spec.id)?.months ?? []
      return {
        id: spec.id,
        ref: `${metadata.id}/${spec.id}`,
        title: spec.title,
        table: spec.table,
        coverage: months.length > 0 ? { start: months[0]!.month, end: months[months.length - 1]!.month } : null,
      }
    }),
    citation: { bibtex: citation('bib'), ris: citation('ris'), cslJson: citation('csl.json') },
  }
}
