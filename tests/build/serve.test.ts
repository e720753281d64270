import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { isSiteCurrent } from '@/cli/build'

// `npm start` and the build share one staleness scheme (src/cli/fingerprint.mjs): out/ is current
// when the build recorded the fingerprint of exactly the present content and code.
// Over the export `npm test` builds first.

describe('npm start (claims serve)', () => {
  it('serves the build of the present content without building again', async () => {
    const child = spawn(process.execPath, ['src/cli/launch.mjs', 'serve'], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString()
          const served = /served from out\/ at (\S+)/.exec(output)
          if (served) resolve(served[1]!)
        })
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
        child.once('exit', (code) => reject(new Error(`claims serve exited (${code}) before serving:\n${output}`)))
      })
      expect(output).not.toMatch(/building/)
      const response = await fetch(`${url}/claims/asylum-allowed-share`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/)
      expect(await response.text()).toContain('<h1')
    } finally {
      child.kill('SIGTERM')
    }
  })

  describe('finds out/ stale', () => {
    const copy = mkdtempSync(path.join(tmpdir(), 'claim-ledger-content-'))
    cpSync('content', copy, { recursive: true })
    afterAll(() => rmSync(copy, { recursive: true, force: true }))
    const withContent = <T>(dir: string, run: () => T): T => {
      const saved = process.env.CONTENT_DIR
      process.env.CONTENT_DIR = dir
      try {
        return run()
      } finally {
        if (saved === undefined) delete process.env.CONTENT_DIR
        else process.env.CONTENT_DIR = saved
      }
    }

    it('after a content edit, and not after a copy of the same content', () => {
      expect(isSiteCurrent()).toBe(true)
      expect(withContent(copy, isSiteCurrent)).toBe(true)
      writeFileSync(path.join(copy, 'claims', 'asylum-allowed-share.mdx'), '\n', { flag: 'a' })
      expect(withContent(copy, isSiteCurrent)).toBe(false)
    })
  })
})
