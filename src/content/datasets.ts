import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { RawDataset } from '@/core/data/dataset'
import type { ContentIssue } from '@/core/content/ledger'

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}

function readJson(file: string, relative: string, issues: ContentIssue[]): unknown {
  if (!existsSync(file)) return undefined
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    issues.push({ file: relative, field: '(file)', message: `not readable as JSON: ${(error as Error).message}` })
    return null
  }
}

/**
 * Reads every dataset folder under `<content>/data/`: its metadata (dataset.yaml), fingerprints of
 * the published file and of each derived table, and the import's manifest. Validation is core's.
 */
export function readDatasets(dir: string): { datasets: RawDataset[]; issues: ContentIssue[] } {
  const root = path.join(dir, 'data')
  const issues: ContentIssue[] = []
  if (!existsSync(root)) return { datasets: [], issues }
  const datasets: RawDataset[] = []
  for (const entry of readdirSync(root, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const folder = `data/${entry.name}`
    if (!entry.isDirectory()) {
      issues.push({ file: folder, field: '(file)', message: 'expected a folder per dataset (data/<dataset-id>/dataset.yaml, published/, derived/)' })
      continue
    }
    const full = path.join(root, entry.name)
    const metadataPath = path.join(full, 'dataset.yaml')
    let metadata: unknown
    if (!existsSync(metadataPath)) {
      issues.push({ file: `${folder}/dataset.yaml`, field: '(file)', message: 'expected the dataset’s metadata here' })
      continue
    }
    try {
      metadata = parseYaml(readFileSync(metadataPath, 'utf8'), { uniqueKeys: true })
    } catch (error) {
      issues.push({ file: `${folder}/dataset.yaml`, field: '(file)', message: `malformed YAML: ${(error as Error).message.split('\n')[0]}` })
      continue
    }
    datasets.push({
      folder,
      metadata,
      manifest: readJson(path.join(full, 'derived', 'manifest.json'), `${folder}/derived/manifest.json`, issues),
      publishedSha256: (fileName) => {
        const file = path.join(full, 'published', fileName)
        return existsSync(file) ? sha256(readFileSync(file)) : undefined
      },
      derived: (tableId) => {
        const file = path.join(full, 'derived', `${tableId}.csv`)
        if (!existsSync(file)) return undefined
        const text = readFileSync(file, 'utf8')
        return { text, sha256: sha256(text) }
      },
      sha256,
    })
  }
  return { datasets, issues }
}
