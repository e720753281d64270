import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import type { ClaimRecord } from '@/core/content/ledger'
import { parseLedger } from '@/core/content/ledger-json'
import { PAGE_LEDGER_FILE } from '@/content/staged'
import { socialCards } from './social-cards'
import { fingerprint, isStageFresh, STAGE_DIR, STAMP, writeFiles } from './stage'

const WAIT_LIMIT_MS = 15 * 60_000

/**
 * The published claims: from the ledger `claims prepare` staged for this very content when there
 * is one (so the build checks the content once), else checked here.
 */
async function publishedClaims(stageDir: string, stamp: string, afterPrepare: boolean): Promise<readonly ClaimRecord[] | null> {
  const started = Date.now()
  while (afterPrepare && !isStageFresh(stageDir, 'downloads', stamp)) {
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`claims social --after-prepare: ${STAGE_DIR}/downloads/ was not staged within ${WAIT_LIMIT_MS / 60_000} minutes; is \`claims prepare\` running?`)
    await sleep(250)
  }
  if (isStageFresh(stageDir, 'downloads', stamp)) return parseLedger(readFileSync(path.resolve(PAGE_LEDGER_FILE), 'utf8'), PAGE_LEDGER_FILE).claims
  const { checkedLedger } = await import('./check')
  return checkedLedger(() => {})?.claims ?? null
}

/**
 * `claims social [--after-prepare]`: one social image per claim into `.export/images/`, at low
 * priority, so that it soaks up whatever core Contentlayer and Next leave idle. With
 * `--after-prepare` (the build runs it beside `claims prepare`) it waits for prepare's ledger.
 */
export async function runSocialCommand(args: readonly string[] = []): Promise<number> {
  os.setPriority(19)
  const stageDir = path.resolve(STAGE_DIR)
  const stamp = fingerprint()
  const claims = await publishedClaims(stageDir, stamp, args.includes('--after-prepare'))
  if (!claims) {
    console.error('Invalid content: no social images drawn (`claims prepare` lists the problems)')
    return 1
  }
  const dir = path.join(stageDir, 'images')
  rmSync(dir, { recursive: true, force: true })
  const files = socialCards(claims)
  writeFiles(dir, files)
  writeFileSync(path.join(dir, STAMP), stamp)
  console.log(`Drew ${files.length} social images into ${STAGE_DIR}/images/`)
  return 0
}
