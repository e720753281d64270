import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '@/cli/static-server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium'

// Works on copies of content/ and out/, re-running only the publish step that checks permalinks.
const scratch = mkdtempSync(path.join(tmpdir(), 'claim-ledger-permalinks-'))
const contentCopy = path.join(scratch, 'content')
const outCopy = path.join(scratch, 'out')
const stageCopy = path.join(scratch, 'stage')

function runPublish(): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, ['src/cli/launch.mjs', 'publish', '--out', outCopy, '--stage', stageCopy], {
    env: { ...process.env, CONTENT_DIR: contentCopy },
    encoding: 'utf8',
  })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

beforeAll(() => {
  cpSync('content', contentCopy, { recursive: true })
  cpSync('out', outCopy, { recursive: true })
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('permalinks that never break', () => {
  it('fails the build naming a published permalink that no longer resolves', () => {
    rmSync(path.join(outCopy, 'claims', 'asylum-allowed-count.html'))
    const { status, output } = runPublish()
    expect(status).toBe(1)
    expect(output).toContain('/claims/asylum-allowed-count')
    expect(output).toMatch(/Broken permalinks/)
    cpSync(path.join('out', 'claims', 'asylum-allowed-count.html'), path.join(outCopy, 'claims', 'asylum-allowed-count.html'))
  })

  describe('an alias', () => {
    let browser: Browser
    let server: Server
    let baseUrl: string
    beforeAll(async () => {
      const file = path.join(contentCopy, 'claims', 'asylum-allowed-share.mdx')
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^id: asylum-allowed-share$/m, 'id: asylum-allowed-share\naliases: [share-of-asylum-seekers-allowed-to-stay]'))
      const { status, output } = runPublish()
      expect(status, output).toBe(0)
      ;({ server, url: baseUrl } = await startStaticServer(outCopy, 0))
      browser = await chromium.launch({
        executablePath: CHROMIUM_PATH,
        args: CHROMIUM_ARGS,
      })
    })
    afterAll(async () => {
      await browser?.close()
      await new Promise<void>((resolve) => server?.close(() => resolve()))
    })

    it('redirects an old id to the claim, keeping the check anchor', async () => {
      const page = await browser.newPage()
      const check = await (async () => {
        await page.goto(`${baseUrl}/claims/asylum-allowed-share`)
        return page.locator('section[id^="check-"]').first().getAttribute('id')
      })()
      await page.goto(`${baseUrl}/claims/share-of-asylum-seekers-allowed-to-stay#${check}`)
      await page.waitForURL(`${baseUrl}/claims/asylum-allowed-share#${check}`)
      await expect(page.locator('h1').textContent()).resolves.toMatch(/asylum/i)
      await page.close()
    })

    it('leaves a page with a canonical link and a visible link for readers without redirects', () => {
      const html = readFileSync(path.join(outCopy, 'claims', 'share-of-asylum-seekers-allowed-to-stay.html'), 'utf8')
      expect(html).toContain('<link rel="canonical" href="http://127.0.0.1:3000/claims/asylum-allowed-share">')
      expect(html).toContain('<a href="/claims/asylum-allowed-share">')
    })
  })
})
