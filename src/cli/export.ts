import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ledgerToJSON } from '@/core/content/export'
import { buildLedgerOrThrow } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'

/** `claims export [--out DIR]`: the data downloads, written beside the static pages. */
export function runExportCommand(args: readonly string[]): number {
  const outFlag = args.indexOf('--out')
  const outDir = path.resolve(outFlag >= 0 ? (args[outFlag + 1] ?? 'out') : 'out')
  const files = readContentFiles()
  const data = ledgerToJSON(buildLedgerOrThrow(files))
  mkdirSync(path.join(outDir, 'claims'), { recursive: true })
  writeFileSync(path.join(outDir, 'claims.json'), `${JSON.stringify(data, null, 2)}\n`)
  for (const claim of data.claims) {
    writeFileSync(path.join(outDir, 'claims', `${claim.id}.json`), `${JSON.stringify(claim, null, 2)}\n`)
  }
  console.log(`Wrote claims.json and ${data.claims.length} claims/<id>.json files to ${path.relative(process.cwd(), outDir) || '.'}`)
  return 0
}
