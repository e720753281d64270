import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { drawSocialCards, type CardClaim } from './social-cards'
import { fingerprint, isStageFresh, socialCardsFile, STAGE_DIR, STAMP, writeFiles } from './stage'

/** `--shard i/n`: the i-th of n interleaved slices of the claims (0-based). */
function parseShard(value: string | undefined): { index: number; count: number } {
  const match = /^(\d+)\/(\d+)$/.exec(value ?? '')
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || count < 1 || index >= count) throw new Error(`claims social --shard: expected i/n with 0 ≤ i < n, e.g. 0/2; got "${value ?? ''}"`)
  return { index, count }
}

function option(args: readonly string[], name: string): string | undefined {
  const index = args.indexOf(name)
  return index >= 0 ? args[index + 1] : undefined
}

/** Runs this same CLI (under the same loader) as a child process; resolves to its exit code. */
function runCli(args: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1]!, ...args], { stdio: 'inherit' })
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

/**
 * Draws one social image per claim into `<stageDir>/images/`, a child process per core: JPEG
 * encoding is nearly all of the cost (13 ms of a card's 14), and it is single-threaded. Needs the
 * downloads stage, whose cards file holds what each card shows.
 */
export async function drawImagesStage(stageDir: string, stamp = fingerprint()): Promise<boolean> {
  if (!isStageFresh(stageDir, 'downloads', stamp)) throw new Error(`${path.join(stageDir, 'downloads')}/ is older than the content: run \`claims prepare\` before drawing the images`)
  const dir = path.join(stageDir, 'images')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const count = Math.max(1, os.availableParallelism())
  const codes = await Promise.all(Array.from({ length: count }, (_, index) => runCli(['social', '--stage', stageDir, '--shard', `${index}/${count}`])))
  if (codes.some((code) => code !== 0)) return false
  // Stamped only once every shard has drawn, so that a failed run is redrawn next time.
  writeFileSync(path.join(dir, STAMP), stamp)
  return true
}

/** `claims social [--stage DIR] [--shard i/n]`: the social images, from prepare's staged cards. */
export async function runSocialCommand(args: readonly string[] = []): Promise<number> {
  const stageDir = path.resolve(option(args, '--stage') ?? STAGE_DIR)
  if (!args.includes('--shard')) {
    if (!(await drawImagesStage(stageDir))) return 1
    console.log(`Drew the social images into ${path.relative(process.cwd(), stageDir) || '.'}/images/`)
    return 0
  }
  const { index, count } = parseShard(option(args, '--shard'))
  const claims = (JSON.parse(readFileSync(socialCardsFile(stageDir), 'utf8')) as CardClaim[]).filter((_, position) => position % count === index)
  drawSocialCards(claims, (file) => writeFiles(path.join(stageDir, 'images'), [file]))
  return 0
}
