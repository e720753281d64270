import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseCommandArgs } from './args'
import { fingerprintFiles, isCurrent, writeStamp } from './fingerprint.mjs'
import { spawnNextBuild } from './processes'
import { publish } from './publish'
import { stage } from './stage'
import { fingerprint, STAGE_DIR } from './stage-dir'

/** Where the site is exported to, and the record of what it was built from (outside it: it is not published). */
export const OUT_DIR = 'out'
const BUILT_FROM = path.join(STAGE_DIR, 'out.stamp')

/** What the site is made from besides the content: the code, its settings and its packages (the bundled scripts aside, which the build makes). */
const CODE_INPUTS = ['src', 'public', 'next.config.mjs', 'contentlayer.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json']

/** The fingerprint of everything out/ is made from: the content (and site settings) and the code. */
export function siteFingerprint(): string {
  return fingerprintFiles(process.cwd(), CODE_INPUTS, { skip: ['public/assets'], settings: fingerprint() })
}

/** Whether out/ holds a build of exactly the present content and code. */
export function isSiteCurrent(): boolean {
  return existsSync(path.join(OUT_DIR, 'index.html')) && isCurrent(BUILT_FROM, siteFingerprint())
}

/**
 * The whole build, in this order (README, "How the build works"): stage (prepare, Contentlayer,
 * the browser scripts), `next build` (the static export into out/), publish (the stage beside the
 * pages). False when a step failed; its errors are printed.
 */
export async function build(): Promise<boolean> {
  // Taken before anything is read: an edit made during the build leaves out/ stale, never falsely current.
  const builtFrom = siteFingerprint()
  if (!(await stage())) return false
  const next = spawnNextBuild()
  if ((await next.exited) !== 0) {
    console.error('claims build: next build failed (above)')
    return false
  }
  if (!(await publish(path.resolve(OUT_DIR), path.resolve(STAGE_DIR)))) return false
  writeStamp(BUILT_FROM, builtFrom)
  return true
}

/** `claims build` (`npm run build`): see {@link build}. */
export async function runBuildCommand(args: readonly string[]): Promise<number> {
  parseCommandArgs('build', args, {})
  return (await build()) ? 0 : 1
}
