import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { SOCIAL_CARDS_FILE } from '@/content/staged'
import { cardClaims, drawSocialCards, type CardClaim } from './social-cards'
import { fingerprint, isStageFresh, STAGE_DIR, STAMP, writeFiles } from './stage'

const WAIT_LIMIT_MS = 15 * 60_000

/**
 * What the cards show of every published claim: staged by `claims prepare` for this very content
 * when it ran (so the build checks the content once), else checked here.
 */
async function publishedCards(stageDir: string, stamp: string, afterPrepare: boolean): Promise<readonly CardClaim[] | null> {
  const started = Date.now()
  while (afterPrepare && !isStageFresh(stageDir, 'downloads', stamp)) {
    if (Date.now() - started > WAIT_LIMIT_MS) throw new Error(`claims social --after-prepare: ${STAGE_DIR}/downloads/ was not staged within ${WAIT_LIMIT_MS / 60_000} minutes; is \`claims prepare\` running?`)
    await sleep(250)
  }
  if (isStageFresh(stageDir, 'downloads', stamp)) return JSON.parse(readFileSync(path.resolve(SOCIAL_CARDS_FILE), 'utf8')) as CardClaim[]
  const { checkedLedger } = await import('./check')
  const ledger = checkedLedger(() => {})
  return ledger ? cardClaims(ledger.claims) : null
}

/**
 * `claims social [--after-prepare]`: one social image per claim into `.export/images/`, at low
 * priority, so that it soaks up whatever core Contentlayer and Next leave idle. With
 * `--after-prepare` (the build runs it beside `claims prepare`) it waits for prepare's stage.
 */
export async function runSocialCommand(args: readonly string[] = []): Promise<number> {
  os.setPriority(19)
  const stageDir = path.resolve(STAGE_DIR)
  const stamp = fingerprint()
  const claims = await publishedCards(stageDir, stamp, args.includes('--after-prepare'))
  if (!claims) {
    console.error('Invalid content: no social images drawn (`claims prepare` lists the problems)')
    return 1
  }
  const dir = path.join(stageDir, 'images')
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const drawn = drawSocialCards(claims, (file) => writeFiles(dir, [file]))
  writeFileSync(path.join(dir, STAMP), stamp)
  console.log(`Drew ${drawn} social images into ${STAGE_DIR}/images/`)
  return 0
}
