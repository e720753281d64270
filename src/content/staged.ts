import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// What `claims prepare` stages for the pages (never published: the export skips `.internal`), all
// from one run over the same content. A page reads only what it shows: a claim page its own file,
// not the whole ledger, so that no build worker holds every claim (at 10,000 claims the ledger
// alone is hundreds of megabytes in each worker).
const INTERNAL = '.stage/downloads/.internal'
// Each file holds what its page shows and nothing more: its type and shape are in
// src/core/content/staged-files.ts, and src/core/content/projections.ts makes it.
export const STAGED = {
  /** The sources as pages name them, and the ids of the published claims: every page's small index. */
  site: `${INTERNAL}/site.json`,
  /** Every published claim as a list shows it, and the overview's counts (the overview and the sitemap). */
  overview: `${INTERNAL}/overview.json`,
  /** The search page's filter menus. */
  search: `${INTERNAL}/search.json`,
  claim: (id: string) => `${INTERNAL}/claims/${id}.json`,
  source: (id: string) => `${INTERNAL}/sources/${id}.json`,
  /** The datasets' ids and what the data page lists of them. */
  datasets: `${INTERNAL}/datasets.json`,
  dataset: (id: string) => `${INTERNAL}/datasets/${id}.json`,
} as const

const isDevelopment = process.env.NODE_ENV === 'development'
const cache = new Map<string, { mtimeMs: number; value: unknown }>()

function read<T>(file: string, parse: (text: string, file: string) => T): { mtimeMs: number; read: () => T } {
  const absolute = path.resolve(file)
  let mtimeMs: number
  try {
    mtimeMs = statSync(absolute).mtimeMs
  } catch {
    throw new Error(`${file} is missing: run \`npm run claims -- prepare\` (npm run build and npm run dev do) before rendering pages`)
  }
  return { mtimeMs, read: () => parse(readFileSync(absolute, 'utf8'), file) }
}

/**
 * A small staged file, parsed once per process; in development it is reread when `claims prepare
 * --watch` rewrites it, so an edit shows on the next reload.
 */
export function readStaged<T>(file: string, parse: (text: string, file: string) => T): T {
  const { mtimeMs, read: parsed } = read(file, parse)
  const hit = cache.get(file)
  if (hit && (!isDevelopment || hit.mtimeMs === mtimeMs)) return hit.value as T
  const value = parsed()
  cache.set(file, { mtimeMs, value })
  return value
}

/** A staged file parsed afresh on every call and kept by nobody: one page's data, or every claim's list entry. */
export function readStagedOnce<T>(file: string, parse: (text: string, file: string) => T): T {
  return read(file, parse).read()
}
