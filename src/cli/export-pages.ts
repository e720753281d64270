import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { stripFrameworkRuntime } from '@/core/publish/strip-runtime'

/**
 * Pages still hydrated by React, relative to out/; every other page ships no framework runtime.
 * None are: while this is empty the RSC payloads go too, since nothing can fetch them.
 */
const HYDRATED_PAGES = new Set<string>()

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
}

/**
 * Strips Next's client runtime from every exported page, and deletes the RSC payload files
 * (`<page>.txt`, `__next.*.txt`) that only its client-side navigation would fetch.
 */
export function publishStaticPages(outDir: string): { pages: number; payloads: number } {
  const files = filesUnder(outDir)
  const pages = new Set(files.filter((file) => file.endsWith('.html')))
  let stripped = 0
  let payloads = 0
  for (const file of pages) {
    if (HYDRATED_PAGES.has(path.relative(outDir, file))) continue
    const { html, removed } = stripFrameworkRuntime(readFileSync(file, 'utf8'))
    if (removed > 0) {
      writeFileSync(file, html)
      stripped++
    }
  }
  if (HYDRATED_PAGES.size === 0) {
    for (const file of files) {
      const isPayload = file.endsWith('.txt') && (path.basename(file).startsWith('__next.') || pages.has(file.replace(/\.txt$/, '.html')))
      if (!isPayload) continue
      rmSync(file)
      payloads++
    }
  }
  return { pages: stripped, payloads }
}
