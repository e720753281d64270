// `claims prepare`: validates the content and stages every download in .export/ (see ./stage.ts).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ledgerToJSON, type ClaimJSON } from '@/core/content/export'
import type { Ledger } from '@/core/content/ledger'
import { aliasPage } from '@/core/content/permalinks'
import { contentDir } from '@/content/files'
import { FORMATTED_CITATIONS_FILE, formatCitationsOf } from '@/content/citations'
import { siteConfig } from '@/config/site'
import { checkedLedger } from './check'
import { searchIndex } from './export-search'
import { citationFiles, feedFiles } from './export-downloads'
import { socialCards } from './social-cards'
import { STAGE_DIR } from './stage'

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

type Generator = (input: ExportInput) => GeneratedFile[] | Promise<GeneratedFile[]>

const claimsData: Generator = ({ claims }) => [
  { path: 'claims.json', contents: `${JSON.stringify({ claims }, null, 2)}\n` },
  ...claims.map((claim) => ({ path: `claims/${claim.id}.json`, contents: `${JSON.stringify(claim, null, 2)}\n` })),
]

const aliasPages: Generator = ({ ledger }) =>
  ledger.claims.flatMap((claim) =>
    (claim.aliases ?? []).map((alias) => ({ path: `claims/${alias}.html`, contents: aliasPage(alias, claim, siteConfig.url) })),
  )

const socialImages: Generator = ({ ledger }) => socialCards(ledger.claims)

// Not published: read by the claim pages during `next build` (see src/content/citations.ts).
export const INTERNAL = '.internal'
const pageCitations: Generator = ({ ledger }) => {
  const sources = new Map(ledger.sources.map((source) => [source.id, source]))
  const entries = formatCitationsOf(ledger.claims, (claim) => sources.get(claim.source)!)
  return [{ path: path.relative(STAGE_DIR, FORMATTED_CITATIONS_FILE), contents: JSON.stringify(entries) }]
}

// Each download is one generator; add new ones here.
const GENERATORS: readonly Generator[] = [pageCitations, claimsData, citationFiles, feedFiles, aliasPages, searchIndex, socialImages]

export const STAMP = '.stamp'

/** What the staged files were made from: every content file, and the settings that reach them. */
function fingerprint(): string {
  const hash = createHash('sha256').update(JSON.stringify({ url: siteConfig.url, name: siteConfig.name }))
  const dir = contentDir()
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  for (const file of files) hash.update(`\0${path.relative(dir, file)}\0`).update(readFileSync(file))
  return hash.digest('hex')
}

function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, file.contents)
  }
}

/** Validates the content and writes every download into `stageDir`; null when the content is invalid. */
export async function stage(stageDir: string): Promise<{ files: number; ledger: Ledger } | null> {
  const stamp = fingerprint()
  const ledger = checkedLedger()
  if (!ledger) return null
  const input: ExportInput = { ledger, claims: ledgerToJSON(ledger).claims }
  rmSync(stageDir, { recursive: true, force: true })
  let files = 0
  for (const generate of GENERATORS) {
    const generated = await generate(input)
    writeFiles(stageDir, generated)
    files += generated.length
  }
  writeFileSync(path.join(stageDir, STAMP), stamp)
  return { files, ledger }
}

export function isStageFresh(stageDir: string): boolean {
  const stampFile = path.join(stageDir, STAMP)
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint()
}


/** `claims prepare`: the content check, then every download, staged for `claims export`. */
export async function runPrepareCommand(): Promise<number> {
  const staged = await stage(path.resolve(STAGE_DIR))
  if (!staged) return 1
  const { ledger, files } = staged
  console.log(`Content is valid: ${ledger.sources.length} source(s), ${ledger.claims.length} claims, ${ledger.drafts.length} drafts. Staged ${files} files in ${STAGE_DIR}/`)
  return 0
}

