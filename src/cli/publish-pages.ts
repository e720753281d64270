import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { headersFile, inlineScriptHashes, securityHeaders, withPolicyMeta, type ScriptHash } from '@/core/publish/security-headers'
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
 * Strips Next's client runtime from every exported page, gives each its Content-Security-Policy in
 * a `<meta>` (with the hashes of the inline scripts left), and deletes the RSC payload files
 * (`<page>.txt`, `__next.*.txt`) that only its client-side navigation would fetch. Returns the
 * hashes of every page's inline scripts, for the policy the headers carry.
 */
export function publishStaticPages(outDir: string): { pages: number; payloads: number; scriptHashes: ScriptHash[] } {
  const files = filesUnder(outDir)
  const pages = new Set(files.filter((file) => file.endsWith('.html')))
  const scriptHashes = new Set<ScriptHash>()
  let stripped = 0
  let payloads = 0
  for (const file of pages) {
    const original = readFileSync(file, 'utf8')
    const { html: runtimeless, removed } = HYDRATED_PAGES.has(path.relative(outDir, file)) ? { html: original, removed: 0 } : stripFrameworkRuntime(original)
    // Hashed after stripping: only what stays in the page may run.
    const { html, scriptHashes: hashes } = withPolicyMeta(runtimeless)
    for (const hash of hashes) scriptHashes.add(hash)
    if (html !== original) writeFileSync(file, html)
    if (removed > 0) stripped++
  }
  if (HYDRATED_PAGES.size === 0) {
    for (const file of files) {
      const isPayload = file.endsWith('.txt') && (path.basename(file).startsWith('__next.') || pages.has(file.replace(/\.txt$/, '.html')))
      if (!isPayload) continue
      rmSync(file)
      payloads++
    }
  }
  return { pages: stripped, payloads, scriptHashes: [...scriptHashes] }
}

/** The hashes of the inline scripts in the staged pages (aliases' redirects), which carry their own `<meta>` policy. */
export function stagedScriptHashes(stagedDir: string, skip: (name: string) => boolean): ScriptHash[] {
  const pages = filesUnder(stagedDir).filter((file) => file.endsWith('.html') && !path.relative(stagedDir, file).split(path.sep).some(skip))
  return pages.flatMap((file) => inlineScriptHashes(readFileSync(file, 'utf8')))
}

/**
 * Writes `out/_headers`: the security headers for every path, with the hashes of every page's
 * inline scripts (a header policy and a page's `<meta>` policy both apply, so the header must allow
 * every page's own). `npm start` serves what this file says, as a static host would.
 */
export function writeHeadersFile(outDir: string, scriptHashes: readonly ScriptHash[]): void {
  writeFileSync(path.join(outDir, '_headers'), headersFile([{ pattern: '/*', headers: securityHeaders(scriptHashes) }]))
}
