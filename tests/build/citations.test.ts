import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'

describe('claims citations', () => {
  it('refuses to run without the parent that sends it the records, saying who does', () => {
    const run = spawnSync(process.execPath, ['src/cli/launch.mjs', 'citations'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('claims citations: started by claims prepare, which sends it the records to format over IPC')
  })
})
