import { mkdirSync, mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fingerprintFiles, isCurrent, readStamp, writeStamp } from './fingerprint.mjs'

let root: string
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'fingerprint-'))
  mkdirSync(path.join(root, 'content', 'claims'), { recursive: true })
  writeFileSync(path.join(root, 'content', 'claims', 'a.mdx'), 'a')
  writeFileSync(path.join(root, 'content', 'claims', 'b.mdx'), 'b')
  writeFileSync(path.join(root, 'settings.json'), '{}')
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

const of = (options?: Parameters<typeof fingerprintFiles>[2]) => fingerprintFiles(root, ['content', 'settings.json'], options)

describe('fingerprintFiles', () => {
  it('is the same for the same files, whatever their modification times or the order entries are listed in', () => {
    const before = of()
    const later = new Date(Date.now() + 60_000)
    utimesSync(path.join(root, 'content', 'claims', 'a.mdx'), later, later)
    expect(of()).toBe(before)
    expect(fingerprintFiles(root, ['settings.json', 'content'])).toBe(before)
  })

  it('changes when a file changes, is added, removed or renamed, or the settings differ', () => {
    const before = of()
    const seen = new Set([before])
    const expectNew = () => {
      const now = of()
      expect(seen.has(now)).toBe(false)
      seen.add(now)
    }
    writeFileSync(path.join(root, 'content', 'claims', 'a.mdx'), 'A')
    expectNew()
    writeFileSync(path.join(root, 'content', 'claims', 'c.mdx'), '')
    expectNew()
    renameSync(path.join(root, 'content', 'claims', 'c.mdx'), path.join(root, 'content', 'claims', 'd.mdx'))
    expectNew()
    rmSync(path.join(root, 'content', 'claims', 'd.mdx'))
    rmSync(path.join(root, 'settings.json'))
    expectNew()
    expect(of({ settings: 'https://claims.example.org' })).not.toBe(of())
  })

  it('tells a path from the bytes around it: moving a byte from one file to the next is a change', () => {
    const before = of()
    writeFileSync(path.join(root, 'content', 'claims', 'a.mdx'), 'ab')
    writeFileSync(path.join(root, 'content', 'claims', 'b.mdx'), '')
    expect(of()).not.toBe(before)
  })

  it('leaves out what `skip` names, and only that', () => {
    const before = of({ skip: ['content/.writes'] })
    mkdirSync(path.join(root, 'content', '.writes'))
    writeFileSync(path.join(root, 'content', '.writes', 'lock'), '123')
    expect(of({ skip: ['content/.writes'] })).toBe(before)
    expect(of()).not.toBe(before)
  })
})

describe('stamps', () => {
  it('say whether a thing was made from these inputs', () => {
    const stamp = path.join(root, 'made', '.stamp')
    expect(readStamp(stamp)).toBeUndefined()
    expect(isCurrent(stamp, of())).toBe(false)
    writeStamp(stamp, of())
    expect(isCurrent(stamp, of())).toBe(true)
    writeFileSync(path.join(root, 'settings.json'), '{"changed":true}')
    expect(isCurrent(stamp, of())).toBe(false)
  })
})
