import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HELP } from '@/cli/help'

const README = readFileSync('README.md', 'utf8')
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)

describe('README.md is true to the code', () => {
  it.each(Object.keys(HELP))('lists the claims command %s', (command) => {
    expect(README).toContain(`npm run claims -- ${command}`)
  })

  it('names every folder of src/ and src/core/ in its layout', () => {
    const layout = README.slice(README.indexOf('## Layout'))
    const missing = [...folders('src').map((name) => `src/${name}/`), ...folders('src/core').map((name) => `${name}/`)].filter((name) => !layout.includes(`\`${name}`))
    expect(missing).toEqual([])
  })
})
