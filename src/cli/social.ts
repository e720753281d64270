import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { claimImagePath } from '@/core/paths'
import { parseCommandArgs, UsageError } from './args'
import { spawnCli } from './processes'
import type { CardClaim } from './social-cards'
import { DRAWING, fingerprint, readSocialCards, STAGE_DIR, STAMP } from './stage-dir'

/** `--shard i/n`: the i-th of n interleaved slices of the claims (0-based). */
function parseShard(value: string): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value)
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index >= count) throw new UsageError('social', `--shard: expected i/n with 0 ≤ i < n, e.g. 0/2; got "${value}"`)
  return { index, count }
}

/**
 * Readies `<stageDir>/images/` for this content: images already drawn for it (by a run that was
 * stopped, see `claims stage`) are kept, anything older is cleared.
 */
export function openImagesStage(stageDir: string, stamp: string): void {
  readSocialCards(stageDir, stamp) // throws, saying what to run, unless prepare staged cards of this content
  const dir = path.join(stageDir, 'images')
  const drawingFor = path.join(dir, DRAWING)
  if (existsSync(drawingFor) && readFileSync(drawingFor, 'utf8') === stamp) return
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  writeFileSync(drawingFor, stamp)
}

/**
 * Draws the social images not yet drawn into `<stageDir>/images/`, a child process per core: JPEG
 * encoding is nearly all of the cost (13 ms of a card's 14), and it is single-threaded.
 */
export async function drawImagesStage(stageDir: string, stamp = fingerprint()): Promise<boolean> {
  openImagesStage(stageDir, stamp)
  const count = Math.max(1, os.availableParallelism())
  const codes = await Promise.all(Array.from({ length: count }, (_, index) => spawnCli(['social', '--stage', stageDir, '--shard', `${index}/${count}`]).exited))
  if (codes.some((code) => code !== 0)) return false
  // Stamped only once every shard has drawn, so that a failed run is finished next time.
  const dir = path.join(stageDir, 'images')
  writeFileSync(path.join(dir, STAMP), stamp)
  rmSync(path.join(dir, DRAWING))
  return true
}

/**
 * `claims social [--stage DIR] [--shard i/n]`: the social images, from prepare's staged cards. A
 * shard draws its missing images one at a time, each written whole (aside, then renamed), and on
 * SIGTERM stops after the image in hand, so that a stopped run leaves only complete images.
 */
export async function runSocialCommand(args: readonly string[] = []): Promise<number> {
  const { values } = parseCommandArgs('social', args, { options: { stage: { type: 'string', default: STAGE_DIR }, shard: { type: 'string' } } })
  const stageDir = path.resolve(values.stage)
  if (values.shard === undefined) {
    if (!(await drawImagesStage(stageDir))) return 1
    console.log(`Drew the social images into ${path.relative(process.cwd(), stageDir) || '.'}/images/`)
    return 0
  }
  const { index, count } = parseShard(values.shard)
  const dir = path.join(stageDir, 'images')
  const target = (id: string) => path.join(dir, claimImagePath(id))
  // The images folder is opened for some content (`.drawing`) by the parent: the cards must be of the same.
  const drawingFor = path.join(dir, DRAWING)
  if (!existsSync(drawingFor)) throw new Error(`${drawingFor} is missing: a shard draws into an images folder opened by \`claims social\` (without --shard) or \`claims stage\``)
  const cards = readSocialCards<CardClaim>(stageDir, readFileSync(drawingFor, 'utf8'))
    .filter((_, position) => position % count === index)
    .filter((card) => !existsSync(target(card.id)))
  let stopping = false
  process.once('SIGTERM', () => (stopping = true))
  // The painter (Skia) loads only in the processes that draw.
  const paint = (await import('./social-cards')).socialCardPainter()
  for (const card of cards) {
    // A turn of the event loop between images lets SIGTERM be heard.
    await new Promise((resolve) => setImmediate(resolve))
    if (stopping) break
    const image = paint(card)
    const file = path.join(dir, image.path)
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(`${file}.part`, image.contents)
    renameSync(`${file}.part`, file)
  }
  return 0
}
