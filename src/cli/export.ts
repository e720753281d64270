import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ledgerToJSON, type ClaimJSON } from '@/core/content/export'
import { buildLedgerOrThrow, type Ledger } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'
import { searchIndex } from './export-search'
import { aliasPage } from '@/core/content/permalinks'
import { siteConfig } from '@/config/site'
import { citationFiles, feedFiles } from './export-downloads'
import { verifyPermalinks } from './permalinks'
import { publishStaticPages } from './export-pages'

/** What every generated download is made from. */
export interface ExportInput {
  readonly ledger: Ledger
  readonly claims: readonly ClaimJSON[]
}

/** A generated file: its path under `out/` and its contents. */
export interface GeneratedFile {
  readonly path: string
  readonly contents: string | Uint8Array
}

type Generator = (input: ExportInput) => GeneratedFile[]

const claimsData: Generator = ({ claims }) => [
  { path: 'claims.json', contents: `${JSON.stringify({ claims }, null, 2)}\n` },
  ...claims.map((claim) => ({ path: `claims/${claim.id}.json`, contents: `${JSON.stringify(claim, null, 2)}\n` })),
]

const aliasPages: Generator = ({ ledger }) =>
  ledger.claims.flatMap((claim) =>
    (claim.aliases ?? []).map((alias) => ({ path: `claims/${alias}.html`, contents: aliasPage(alias, claim, siteConfig.url) })),
  )

// Each download is one generator; add new ones here.
const GENERATORS: readonly Generator[] = [claimsData, citationFiles, feedFiles, aliasPages, searchIndex]

/** `claims export [--out DIR]`: the data downloads, written beside the static pages. */
export function runExportCommand(args: readonly string[]): number {
  const outFlag = args.indexOf('--out')
  const outDir = path.resolve(outFlag >= 0 ? (args[outFlag + 1] ?? 'out') : 'out')
  const ledger = buildLedgerOrThrow(readContentFiles())
  const input: ExportInput = { ledger, claims: ledgerToJSON(ledger).claims }
  const files = GENERATORS.flatMap((generate) => generate(input))
  for (const file of files) {
    const target = path.join(outDir, file.path)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, file.contents)
  }
  console.log(`Wrote ${files.length} data files to ${path.relative(process.cwd(), outDir) || '.'}`)
  const published = publishStaticPages(outDir)
  console.log(`Stripped the framework runtime from ${published.pages} pages; removed ${published.payloads} client-navigation payloads`)
  const broken = verifyPermalinks(outDir)
  if (broken.length > 0) {
    console.error(`Broken permalinks: ${broken.length} published address(es) in permalinks.txt no longer resolve in ${path.relative(process.cwd(), outDir) || '.'}:`)
    for (const entry of broken) console.error(`  ${entry}`)
    console.error('Restore the claim, or give the claim that replaced it an alias (aliases: [old-id]).')
    return 1
  }
  return 0
}
