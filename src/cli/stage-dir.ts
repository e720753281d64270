import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { siteConfig } from '@/config/site'
import type { ClaimJSON } from '@/core/content/claims-json'
import type { Ledger } from '@/core/content/ledger'
import { STAGING_DIR } from '@/core/content/writes'
import { contentDir } from '@/content/files'
import { fingerprintFiles, isCurrent } from './fingerprint.mjs'

/**
 * The stage: everything made from the content for `next build` to read and `claims publish` to put
 * beside Next's pages. `claims prepare` fills `downloads/` while Contentlayer compiles the MDX,
 * `claims social` fills `images/`. This module is what publishing needs to know of the stage
 * without loading the code that makes it (checks, citeproc, the image renderer).
 */
export const STAGE_DIR = '.stage'

/** The staged parts, each in its own folder: downloads (by `claims prepare`) and images (`claims social`, or the export). */
export type Part = 'downloads' | 'images'

/** A part's record of what it was made from. */
export const STAMP = '.stamp'
/** In the images part while it is being drawn: the content it is drawn for. */
export const DRAWING = '.drawing'
/** Staged for the pages, never published. */
export const INTERNAL = '.internal'
/**
 * What each social image shows, with the fingerprint of the content it was made from: all the image
 * lane reads. Staged by `claims prepare` as soon as the content is checked, before the downloads, so
 * that images can be drawn while the rest is made.
 */
export function socialCardsFile(stageDir: string): string {
  return path.join(stageDir, 'cards.json')
}

/** The message `claims prepare` sends its parent (`claims stage`) once the social cards are staged. */
export const CARDS_STAGED = 'cards-staged'

export interface StagedCards<Card> {
  readonly stamp: string
  readonly cards: readonly Card[]
}

/** Written aside and renamed, so that the image lane never reads half a file. */
export function writeSocialCards<Card>(stageDir: string, staged: StagedCards<Card>): void {
  const file = socialCardsFile(stageDir)
  mkdirSync(stageDir, { recursive: true })
  writeFileSync(`${file}.part`, JSON.stringify(staged))
  renameSync(`${file}.part`, file)
}

/** The staged cards, when they were made from this content; else an error saying what to run. */
export function readSocialCards<Card>(stageDir: string, stamp: string): readonly Card[] {
  const file = socialCardsFile(stageDir)
  const staged = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StagedCards<Card>) : undefined
  if (staged?.stamp !== stamp) throw new Error(`${file} is ${staged ? 'not of this content' : 'missing'}: run \`claims prepare\`, then \`claims social\``)
  return staged.cards
}

/** What the staged files were made from: every content file, and the settings that reach them (src/cli/fingerprint.mjs). */
export function fingerprint(): string {
  const dir = contentDir()
  // A write in progress is not content yet (the check refuses a tree with one left over).
  return fingerprintFiles(dir, ['.'], { skip: [STAGING_DIR], settings: JSON.stringify({ url: siteConfig.url, name: siteConfig.name }) })
}

export function isStageFresh(stageDir: string, part: Part, stamp = fingerprint()): boolean {
  return isCurrent(path.join(stageDir, part, STAMP), stamp)
}

/** What every generated download is made from. */
export interface DownloadInput {
  readonly ledger: Ledger
  readonly claims: readonly ClaimJSON[]
}

/** A generated file: its path under `out/` and its contents. */
export interface GeneratedFile {
  readonly path: string
  readonly contents: string | Uint8Array
}

export function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  for (const file of files) {
    const target = path.join(dir, file.path)
    mkdirSync(path.dirname(target), { recursive: true })
    writeFileSync(target, file.contents)
  }
}
