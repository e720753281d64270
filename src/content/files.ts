import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { FrontmatterError, parseFrontmatter } from '@/core/content/frontmatter'
import type { ContentIssue, RawContentFile, RawSourceFile } from '@/core/content/ledger'
import { STAGING_DIR } from '@/core/content/writes'
import type { RawDataset } from '@/core/data/dataset'
import { readDatasets } from './datasets'

/** The content folder: `CONTENT_DIR` when set (benchmarks, fixtures), else `content/`. */
export function contentDir(): string {
  return path.resolve(process.env.CONTENT_DIR ?? 'content')
}

function listFolder(dir: string, folder: string, issues: ContentIssue[], allowed: RegExp): string[] {
  const full = path.join(dir, folder)
  if (!existsSync(full)) return []
  const names = readdirSync(full, { withFileTypes: true })
  for (const entry of names) {
    if (entry.isDirectory()) {
      issues.push({ file: `${folder}/${entry.name}`, field: '(file)', message: `expected files only; sub-folders would put a "/" in permalinks` })
    } else if (!allowed.test(entry.name)) {
      issues.push({ file: `${folder}/${entry.name}`, field: '(file)', message: `expected ${allowed.source.includes('txt') ? '.mdx or .txt' : '.mdx'} files only` })
    }
  }
  return names.filter((entry) => entry.isFile() && entry.name.endsWith('.mdx')).map((entry) => entry.name).sort()
}

function readDocument(dir: string, relative: string, issues: ContentIssue[]): { data: unknown; body: string } | null {
  try {
    return parseFrontmatter(readFileSync(path.join(dir, relative), 'utf8'))
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error
    issues.push({ file: relative, field: 'frontmatter', message: error.message })
    return null
  }
}

/** Reads every source and claim file under a content folder, collecting unreadable ones as issues. */
export function readContentFiles(dir = contentDir()): {
  sources: RawSourceFile[]
  claims: RawContentFile[]
  datasets: RawDataset[]
  issues: ContentIssue[]
} {
  const issues: ContentIssue[] = []
  const sources: RawSourceFile[] = []
  for (const name of listFolder(dir, 'sources', issues, /\.(mdx|txt)$/)) {
    const relative = `sources/${name}`
    const document = readDocument(dir, relative, issues)
    if (!document) continue
    const textPath = path.join(dir, 'sources', name.replace(/\.mdx$/, '.txt'))
    sources.push({ path: relative, ...document, text: existsSync(textPath) ? readFileSync(textPath, 'utf8') : undefined })
  }
  const claims: RawContentFile[] = []
  for (const name of listFolder(dir, 'claims', issues, /\.mdx$/)) {
    const relative = `claims/${name}`
    const document = readDocument(dir, relative, issues)
    if (document) claims.push({ path: relative, ...document })
  }
  const datasets = readDatasets(dir)
  return { sources, claims, datasets: datasets.datasets, issues: [...issues, ...datasets.issues, ...interruptedWrites(dir)] }
}

/**
 * A content write (src/cli/content-writes.ts) whose journal is still there was killed halfway, or is running: some of
 * its files may be new and others old, so the content is not checked or built as it is.
 */
function interruptedWrites(dir: string): ContentIssue[] {
  const staging = path.join(dir, STAGING_DIR)
  if (!existsSync(staging)) return []
  return readdirSync(staging)
    .filter((name) => name.startsWith('tx-') && existsSync(path.join(staging, name, 'journal.json')))
    .map((name) => ({
      file: `${STAGING_DIR}/${name}`,
      field: '(file)',
      message: 'a content write was interrupted halfway (or is still running): expected it finished; run the command again, which first puts back every file it changed',
    }))
}
