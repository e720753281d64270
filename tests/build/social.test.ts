import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, describe, expect, it } from 'vitest'
import { CARD } from '@/core/social/card'

// Runs `claims social` on a copy of the stage that `npm test`'s build made.
const scratch = mkdtempSync(path.join(tmpdir(), 'claim-ledger-social-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A stage of its own for each test: a folder holding a copy of the cards the build staged. */
function stageWithCards(name: string): { dir: string; stamp: string; cards: { id: string }[] } {
  const dir = path.join(scratch, name)
  mkdirSync(dir)
  cpSync('.stage/cards.json', path.join(dir, 'cards.json'))
  return { dir, ...(JSON.parse(readFileSync(path.join(dir, 'cards.json'), 'utf8')) as { stamp: string; cards: { id: string }[] }) }
}

function social(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/cli/launch.mjs', 'social', ...args], { encoding: 'utf8' })
  return { status: run.status, output: `${run.stdout}${run.stderr}` }
}

describe('claims social', () => {
  it('draws every staged card exactly once across its processes, then stamps the stage', async () => {
    const { dir, cards } = stageWithCards('whole')
    expect(cards.length).toBeGreaterThan(1)

    const { status, output } = social('--stage', dir)
    expect(output).not.toMatch(/error/i)
    expect(status).toBe(0)
    const drawn = readdirSync(path.join(dir, 'images', 'claims')).sort()
    expect(drawn).toEqual(cards.map((card) => card.id).sort())
    for (const id of drawn) {
      const image = await sharp(path.join(dir, 'images', 'claims', id, 'social.jpg')).metadata()
      expect([image.format, image.width, image.height]).toEqual(['jpeg', CARD.width, CARD.height])
    }
    expect(readFileSync(path.join(dir, 'images', '.stamp'), 'utf8')).toBe(readFileSync('.stage/downloads/.stamp', 'utf8'))
  })

  it('finishes a stopped run: keeps the images drawn for this content and draws only the rest', () => {
    const { dir: resumed, stamp, cards } = stageWithCards('resumed')
    // What a stopped run leaves: the content it was drawing for, one finished image.
    const kept = path.join(resumed, 'images', 'claims', cards[0]!.id, 'social.jpg')
    mkdirSync(path.dirname(kept), { recursive: true })
    writeFileSync(kept, 'drawn before the stop')
    writeFileSync(path.join(resumed, 'images', '.drawing'), stamp)

    expect(social('--stage', resumed).status).toBe(0)
    expect(readFileSync(kept, 'utf8')).toBe('drawn before the stop')
    expect(readdirSync(path.join(resumed, 'images', 'claims')).length).toBe(cards.length)
    expect(readdirSync(path.join(resumed, 'images'))).not.toContain('.drawing')

    // Drawn for other content, the same files are all redrawn.
    writeFileSync(path.join(resumed, 'images', '.drawing'), 'another fingerprint')
    expect(social('--stage', resumed).status).toBe(0)
    expect(statSync(kept).size).toBeGreaterThan(1000)
  })

  it('refuses cards staged for other content, and a shard whose images are open for other content', () => {
    const { dir: stale, ...staged } = stageWithCards('stale')
    writeFileSync(path.join(stale, 'cards.json'), JSON.stringify({ ...staged, stamp: 'another fingerprint' }))
    const refused = social('--stage', stale)
    expect(refused.status).toBe(1)
    expect(refused.output).toContain(`${path.join(stale, 'cards.json')} is not of this content: run \`claims prepare\`, then \`claims social\``)

    writeFileSync(path.join(stale, 'cards.json'), JSON.stringify(staged))
    const unopened = social('--stage', stale, '--shard', '0/1')
    expect(unopened.status).toBe(1)
    expect(unopened.output).toContain(`${path.join(stale, 'images', '.drawing')} is missing: a shard draws into an images folder opened by`)

    mkdirSync(path.join(stale, 'images'))
    writeFileSync(path.join(stale, 'images', '.drawing'), 'another fingerprint')
    const shard = social('--stage', stale, '--shard', '0/1')
    expect(shard.status).toBe(1)
    expect(shard.output).toContain('is not of this content')
    expect(readdirSync(path.join(stale, 'images'))).toEqual(['.drawing'])
  })

  it('refuses a shard that does not exist, naming the flag and the form it expects', () => {
    const { status, output } = social('--stage', stageWithCards('no-such-shard').dir, '--shard', '2/2')
    expect(status).toBe(2)
    expect(output).toContain('claims social: --shard: expected i/n with 0 ≤ i < n, e.g. 0/2; got "2/2"')
  })
})
