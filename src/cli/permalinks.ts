import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import {
  brokenPermalinks,
  droppedLedgerLines,
  mergePermalinks,
  parsePermalinkLedger,
  publishedPermalinks,
  renderPermalinkLedger,
  type PathResolver,
} from '@/core/content/permalinks'
import { contentDir } from '@/content/files'
import { parseCommandArgs } from './args'
import { ContentWriteError, recoverContentWrites, writeContentFiles } from './content-writes'

/** The ledger lives with the content it promises to keep: `content/permalinks.txt`. */
export function ledgerFile(): string {
  return path.join(contentDir(), 'permalinks.txt')
}

export function readPermalinkLedger(file = ledgerFile()): string[] {
  return existsSync(file) ? parsePermalinkLedger(readFileSync(file, 'utf8')) : []
}

/** Resolves a path in `out/` the way the static server does (`/x` → `x.html`, `/` → `index.html`). */
export function outResolver(outDir: string): PathResolver {
  return (urlPath) => {
    const relative = decodeURIComponent(urlPath).replace(/^\/+/, '')
    const candidates = relative === '' ? ['index.html'] : [relative, `${relative}.html`, path.join(relative, 'index.html')]
    for (const candidate of candidates) {
      const file = path.join(outDir, candidate)
      if (existsSync(file) && statSync(file).isFile()) {
        return { html: file.endsWith('.html') ? readFileSync(file, 'utf8') : null }
      }
    }
    return null
  }
}

/** Fails with every ledger entry that `out/` no longer serves. */
export function verifyPermalinks(outDir: string, entries = readPermalinkLedger()): string[] {
  return brokenPermalinks(entries, outResolver(outDir))
}

/** `claims permalinks [--update]`: list published permalinks, or add new ones to the ledger. */
export async function runPermalinksCommand(args: readonly string[]): Promise<number> {
  const { update = false } = parseCommandArgs('permalinks', args, { options: { update: { type: 'boolean' } } }).values
  // The checks load only here: the export verifies permalinks without them.
  const [{ buildLedgerOrThrow }, { readContentFiles }] = await Promise.all([import('@/core/content/ledger'), import('@/content/files')])
  // A write killed halfway is rolled back before the content and the ledger are read (a listing writes nothing).
  if (update) for (const line of recoverContentWrites(contentDir())) console.error(`rolled back an interrupted write: ${line}`)
  const current = publishedPermalinks(buildLedgerOrThrow(readContentFiles()))
  const file = ledgerFile()
  const text = existsSync(file) ? readFileSync(file, 'utf8') : null
  const existing = text === null ? [] : parsePermalinkLedger(text)
  if (update) {
    const merged = mergePermalinks(existing, current)
    const next = renderPermalinkLedger(merged)
    const shown = path.relative(process.cwd(), file)
    const dropped = droppedLedgerLines(text ?? '', next)
    if (dropped.length > 0) {
      console.error(
        `${shown}: not updated; a person has added lines the update would drop:\n${dropped.map(({ line, text: written }) => `  line ${line}: ${written}`).join('\n')}\nMove them out of the file (or into the header in src/core/content/permalinks.ts) and run again.`,
      )
      return 1
    }
    // Over exactly the ledger read above: an edit made while the content was checked is not overwritten.
    try {
      writeContentFiles(path.dirname(file), [{ path: path.basename(file), content: next, policy: { base: text } }])
    } catch (error) {
      if (!(error instanceof ContentWriteError)) throw error
      console.error(error.message)
      return 1
    }
    console.log(`${shown}: ${merged.length} permalinks (${merged.length - existing.length} new)`)
    return 0
  }
  const missing = current.filter((entry) => !existing.includes(entry))
  for (const entry of current) console.log(entry)
  if (missing.length > 0) console.error(`\n${missing.length} published permalink(s) are not in the ledger yet; run \`npm run claims -- permalinks --update\``)
  return 0
}
