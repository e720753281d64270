import { createHash } from 'node:crypto'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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
import { publishStaticPages } from './export-pages'
import { verifyPermalinks } from './permalinks'
import { socialCards } from './social-cards'

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
const INTERNAL = '.internal'
const pageCitations: Generator = ({ ledger }) => {
  const sources = new Map(ledger.sources.map((source) => [source.id, source]))
  const entries = formatCitationsOf(ledger.claims, (claim) => sources.get(claim.source)!)
  return [{ path: path.relative(STAGE_DIR, FORMATTED_CITATIONS_FILE), contents: JSON.stringify(entries) }]
}

// Each download is one generator; add new ones here.
const GENERATORS: readonly Generator[] = [pageCitations, claimsData, citationFiles, feedFiles, aliasPages, searchIndex, socialImages]

/**
 * Everything but the pages is made from the ledger alone, so `claims prepare` makes it while
 * Contentlayer compiles the MDX (its one core leaves the other free), into this folder; `claims
 * export` copies it beside Next's pages.
 */
export const STAGE_DIR = '.export'
const STAMP = '.stamp'

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
async function stage(stageDir: string): Promise<{ files: number; ledger: Ledger } | null> {
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

function isStageFresh(stageDir: string): boolean {
  const stampFile = path.join(stageDir, STAMP)
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint()
}

export const PREPARE_HELP = 'prepare             validate all content and make the downloads (data, feeds, citations, search index, social images) into .export/'
export const EXPORT_HELP = 'export [--out DIR] [--stage DIR]  put the downloads beside the pages in out/, strip the framework runtime, check every permalink'

/** `claims prepare`: the content check, then every download, staged for `claims export`. */
export async function runPrepareCommand(): Promise<number> {
  const staged = await stage(path.resolve(STAGE_DIR))
  if (!staged) return 1
  const { ledger, files } = staged
  console.log(`Content is valid: ${ledger.sources.length} source(s), ${ledger.claims.length} claims, ${ledger.drafts.length} drafts. Staged ${files} files in ${STAGE_DIR}/`)
  return 0
}

/** `claims export [--out DIR]`: the downloads beside the static pages, then the published-page checks. */
export async function runExportCommand(args: readonly string[]): Promise<number> {
  const option = (name: string, fallback: string) => {
    const index = args.indexOf(name)
    return path.resolve(index >= 0 ? (args[index + 1] ?? fallback) : fallback)
  }
  const outDir = option('--out', 'out')
  const stageDir = option('--stage', STAGE_DIR)
  if (!isStageFresh(stageDir)) {
    console.log(`${STAGE_DIR}/ is missing or older than the content; preparing it now`)
    if (!(await stage(stageDir))) return 1
  }
  cpSync(stageDir, outDir, { recursive: true, filter: (source) => ![STAMP, INTERNAL].includes(path.basename(source)) })
  const where = path.relative(process.cwd(), outDir) || '.'
  const published = publishStaticPages(outDir)
  console.log(`Copied the downloads into ${where}; stripped the framework runtime from ${published.pages} pages; removed ${published.payloads} client-navigation payloads`)
  const broken = verifyPermalinks(outDir)
  if (broken.length > 0) {
    console.error(`Broken permalinks: ${broken.length} published address(es) in permalinks.txt no longer resolve in ${where}:`)
    for (const entry of broken) console.error(`  ${entry}`)
    console.error('Restore the claim, or give the claim that replaced it an alias (aliases: [old-id]).')
    return 1
  }
  return 0
}
