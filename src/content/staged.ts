import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'

// What `claims prepare` stages for the pages (never published: the export skips `.internal`).
// Both files come from one run over the same content, so they always agree with each other.
export const PAGE_LEDGER_FILE = '.export/downloads/.internal/ledger.json'
export const FORMATTED_CITATIONS_FILE = '.export/downloads/.internal/citations.json'

const isDevelopment = process.env.NODE_ENV === 'development'
const cache = new Map<string, { mtimeMs: number; value: unknown }>()

/**
 * A staged file, parsed once per process; in development it is reread when `claims prepare
 * --watch` rewrites it, so an edit shows on the next reload.
 */
export function readStaged<T>(file: string, parse: (text: string, file: string) => T): T {
  const absolute = path.resolve(file)
  let mtimeMs: number
  try {
    mtimeMs = statSync(absolute).mtimeMs
  } catch {
    throw new Error(`${file} is missing: run \`npm run claims -- prepare\` (npm run build and npm run dev do) before rendering pages`)
  }
  const hit = cache.get(absolute)
  if (hit && (!isDevelopment || hit.mtimeMs === mtimeMs)) return hit.value as T
  const value = parse(readFileSync(absolute, 'utf8'), file)
  cache.set(absolute, { mtimeMs, value })
  return value
}
