import { readFileSync } from 'node:fs'
import path from 'node:path'
import { datasetCslRecord, formatCitation, type CitationFormat } from '@/core/citation'
import type { DatasetRecord } from '@/core/data/dataset'
import { datasetDownloads, datasetJSON, type DatasetFingerprints } from '@/core/data/view'
import { contentDir } from '@/content/files'
import { siteConfig } from '@/config/site'
import type { DownloadInput, GeneratedFile } from './stage-dir'

// Each dataset's files, published beside its page: the agency's file byte for byte and each derived
// table, from content/data/<id>/ (validated by the ledger against the import's fingerprints), its
// citation files, and /data/datasets.json listing them all.

function folderOf(dataset: DatasetRecord): string {
  return path.join(contentDir(), dataset.folder)
}

function fingerprintsOf(dataset: DatasetRecord): DatasetFingerprints {
  return JSON.parse(readFileSync(path.join(folderOf(dataset), 'derived', 'manifest.json'), 'utf8')) as DatasetFingerprints
}

/** `/data/<id>/published/<file>`, `/data/<id>/derived/<table>.csv`, `/data/<id>.bib|.ris|.csl.json` and `/data/datasets.json`. */
export function datasetFiles({ ledger }: DownloadInput): GeneratedFile[] {
  const files: GeneratedFile[] = []
  for (const dataset of ledger.datasets) {
    const { metadata } = dataset
    const downloads = datasetDownloads(metadata)
    const folder = folderOf(dataset)
    // Paths in the stage are file paths, not URLs: the published name unencoded.
    files.push({ path: `data/${metadata.id}/published/${metadata.file}`, contents: readFileSync(path.join(folder, 'published', metadata.file)) })
    for (const table of downloads.tables) {
      files.push({ path: table.path.slice(1), contents: readFileSync(path.join(folder, 'derived', `${table.id}.csv`)) })
    }
    const record = datasetCslRecord(metadata)
    const formats: Record<string, CitationFormat> = { bib: 'bibtex', ris: 'ris', 'csl.json': 'csl-json' }
    for (const citation of downloads.citations) {
      files.push({ path: citation.path.slice(1), contents: `${formatCitation(record, formats[citation.extension]!)}\n` })
    }
  }
  const datasets = ledger.datasets.map((dataset) => datasetJSON(dataset, fingerprintsOf(dataset), siteConfig.url))
  files.push({ path: 'data/datasets.json', contents: `${JSON.stringify({ datasets }, null, 2)}\n` })
  return files
}
