import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parse as parseYaml } from 'yaml'
import { deriveTable, derivedTableCsv, TableError } from '@/core/data/derive'
import { specFingerprint, type DerivedManifest } from '@/core/data/dataset'
import { datasetMetadataSchema, type DatasetMetadata } from '@/core/data/metadata'
import { contentDir } from '@/content/files'
import { sha256 } from '@/content/datasets'
import { PublishedFileError, readPublishedTables } from '@/content/published'
import { ContentWriteError, recoverContentWrites, writeContentFiles } from './content-writes'
import { parseCommandArgs, UsageError } from './args'

/** Thrown for a dataset the import cannot read or derive; the message names the file and field. */
class ImportError extends Error {}

function readMetadata(folder: string, relative: string): DatasetMetadata {
  const file = path.join(folder, 'dataset.yaml')
  if (!existsSync(file)) throw new ImportError(`${relative}/dataset.yaml: (file): expected the dataset's metadata here`)
  const parsed = datasetMetadataSchema.safeParse(parseYaml(readFileSync(file, 'utf8')))
  if (!parsed.success) {
    throw new ImportError(parsed.error.issues.map((issue) => `${relative}/dataset.yaml: ${issue.path.join('.') || '(metadata)'}: ${issue.message}`).join('\n'))
  }
  return parsed.data
}

/**
 * Derives every table of a dataset from its published file, as dataset.yaml defines them, and
 * records fingerprints so the build can tell the tables still match the file.
 * Returns the files to write (content-relative path → text).
 */
export async function deriveDataset(dir: string, id: string): Promise<Map<string, string>> {
  const relative = `data/${id}`
  const folder = path.join(dir, relative)
  const metadata = readMetadata(folder, relative)
  const publishedFile = path.join(folder, 'published', metadata.file)
  if (!existsSync(publishedFile)) throw new ImportError(`${relative}/published/${metadata.file}: file: expected the file as published here`)
  let sources
  try {
    sources = await readPublishedTables(publishedFile, metadata.tables)
  } catch (error) {
    if (error instanceof PublishedFileError) throw new ImportError(`${relative}/published/${error.message}`)
    throw error
  }
  const files = new Map<string, string>()
  const tables: Record<string, string> = {}
  for (const [index, spec] of metadata.tables.entries()) {
    const label = `${relative}/published/${metadata.file}${spec.sheet ? `, sheet "${spec.sheet}"` : ''} (tables[${index}])`
    let text: string
    try {
      const table = deriveTable(spec, sources[index] ?? { headers: [], rows: [], firstRowNumber: 2 }, label)
      const outside = table.rows.find((row) => row.month < metadata.coverage.start || row.month > metadata.coverage.end)
      if (outside) throw new TableError(`${relative}/dataset.yaml: coverage`, `the file has ${outside.month}, outside ${metadata.coverage.start} to ${metadata.coverage.end}`)
      if (table.rows.length === 0) throw new TableError(label, 'no rows matched; check "sheet" and "where"')
      text = derivedTableCsv(table)
    } catch (error) {
      if (error instanceof TableError) throw new ImportError(error.message)
      throw error
    }
    files.set(`${relative}/derived/${spec.id}.csv`, text)
    tables[spec.id] = sha256(text)
  }
  const manifest: DerivedManifest = {
    file: metadata.file,
    sha256: sha256(readFileSync(publishedFile)),
    spec: specFingerprint(metadata, sha256),
    tables,
  }
  files.set(`${relative}/derived/manifest.json`, `${JSON.stringify(manifest, null, 2)}\n`)
  return files
}

/** `claims data import <dataset-id>…`: re-derives the datasets' tables from their published files. */
export async function runDataCommand(args: string[], out: (line: string) => void = console.log): Promise<number> {
  const parsed = parseCommandArgs('data', args, { allowPositionals: true, options: { check: { type: 'boolean' } } })
  const [action, ...ids] = parsed.positionals
  if (action !== 'import') throw new UsageError('data', action === undefined ? 'expected an action: import' : `unknown action "${action}"; expected import`)
  if (ids.length === 0) throw new UsageError('data', 'expected at least one dataset id (a folder in content/data/)')
  const dir = contentDir()
  try {
    // A write killed halfway is undone before anything is read (see src/cli/content-writes.ts).
    for (const line of recoverContentWrites(dir)) console.error(`rolled back an interrupted write: ${line}`)
    for (const id of ids) {
      const files = await deriveDataset(dir, id)
      if (parsed.values.check) {
        const stale = [...files].filter(([relative, text]) => !existsSync(path.join(dir, relative)) || readFileSync(path.join(dir, relative), 'utf8') !== text)
        for (const [relative] of stale) out(`${relative}: differs from what the import derives from the published file`)
        if (stale.length > 0) return 1
        out(`data/${id}: every derived table matches the published file`)
        continue
      }
      // Derived tables are generated files: replaced on a re-import, never over a hand edit, all or none.
      const result = writeContentFiles(
        dir,
        [...files].map(([relative, content]) => ({ path: relative, content })),
      )
      for (const file of result.files) out(`${file.status.padEnd(9)} ${path.relative(process.cwd(), path.join(dir, file.path))}`)
    }
  } catch (error) {
    if (error instanceof ImportError || error instanceof ContentWriteError) {
      console.error(error.message)
      return 1
    }
    throw error
  }
  return 0
}
