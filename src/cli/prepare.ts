// `claims prepare`: validates the content and stages every download in .export/ (see ./stage.ts).
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
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
  return [{ path: path.relative(path.join(STAGE_DIR, 'downloads'), FORMATTED_CITATIONS_FILE), contents: JSON.stringify(entries) }]
}

/**
 * The staged parts, each in its own folder under the stage: what the pages need is made first,
 * beside Contentlayer; the social images (a third of the build's CPU time) by a low-priority
 * process that soaks up whatever core Contentlayer and Next leave idle until the export needs them.
 */
export const PARTS = {
  downloads: [pageCitations, claimsData, citationFiles, feedFiles, aliasPages, searchIndex],
  images: [socialImages],
} as const satisfies Record<string, readonly Generator[]>
export type Part = keyof typeof PARTS

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

/**
 * Validates the content and writes one part into `<stageDir>/<part>`; null when the content is
 * invalid (its problems are printed, or only counted when `quiet`, since `prepare` prints them).
 */
export async function stage(stageDir: string, part: Part, { quiet = false } = {}): Promise<{ files: number; ledger: Ledger } | null> {
  const stamp = fingerprint()
  const ledger = checkedLedger(quiet ? () => {} : console.error)
  if (!ledger) return null
  const input: ExportInput = { ledger, claims: ledgerToJSON(ledger).claims }
  const dir = path.join(stageDir, part)
  rmSync(dir, { recursive: true, force: true })
  let files = 0
  for (const generate of PARTS[part]) {
    const generated = await generate(input)
    writeFiles(dir, generated)
    files += generated.length
  }
  writeFileSync(path.join(dir, STAMP), stamp)
  return { files, ledger }
}

export function isStageFresh(stageDir: string, part: Part): boolean {
  const stampFile = path.join(stageDir, part, STAMP)
  return existsSync(stampFile) && readFileSync(stampFile, 'utf8') === fingerprint()
}


/** `claims prepare`: the content check, then every download, staged for `claims export`. */
export async function runPrepareCommand(): Promise<number> {
  const staged = await stage(path.resolve(STAGE_DIR), 'downloads')
  if (!staged) return 1
  const { ledger, files } = staged
  console.log(`Content is valid: ${ledger.sources.length} source(s), ${ledger.claims.length} claims, ${ledger.drafts.length} drafts. Staged ${files} files in ${STAGE_DIR}/downloads/`)
  return 0
}


/** `claims social`: the social images, at low priority (see PARTS). */
export async function runSocialCommand(): Promise<number> {
  os.setPriority(19)
  const staged = await stage(path.resolve(STAGE_DIR), 'images', { quiet: true })
  if (!staged) {
    console.error('Invalid content: no social images drawn (`claims prepare` lists the problems)')
    return 1
  }
  console.log(`Drew ${staged.files} social images into ${STAGE_DIR}/images/`)
  return 0
}
