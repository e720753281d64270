import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { linkTree } from './link-tree'

const made: string[] = []
function tempDir(parent = os.tmpdir()): string {
  const dir = mkdtempSync(path.join(parent, 'link-tree-'))
  made.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function writeTree(root: string, files: Record<string, string>): void {
  for (const [name, contents] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true })
    writeFileSync(path.join(root, name), contents)
  }
}

const STAGED = { 'claims.json': '{"claims":[]}', 'claims/a.json': 'a', 'claims/deep/b.bib': 'b', '.stamp': 'fingerprint', 'claims/.internal/page.json': 'internal' }
const skipDotted = (name: string) => name.startsWith('.')

describe('linkTree', () => {
  it('puts every file at the same place, skipping the names it is told to at any depth', () => {
    const from = tempDir()
    const to = tempDir()
    writeTree(from, STAGED)
    expect(linkTree(from, to, skipDotted)).toEqual({ linked: 3, copied: 0 })
    expect(readFileSync(path.join(to, 'claims/deep/b.bib'), 'utf8')).toBe('b')
    expect(statSync(path.join(to, 'claims/a.json')).ino).toBe(statSync(path.join(from, 'claims/a.json')).ino)
    expect(existsSync(path.join(to, '.stamp'))).toBe(false)
    expect(existsSync(path.join(to, 'claims/.internal'))).toBe(false)
  })

  it('replaces a file already in the target, and leaves the target’s other files alone', () => {
    const from = tempDir()
    const to = tempDir()
    writeTree(from, STAGED)
    writeTree(to, { 'claims.json': 'stale', 'claims/page.html': '<p>page</p>' })
    linkTree(from, to, skipDotted)
    expect(readFileSync(path.join(to, 'claims.json'), 'utf8')).toBe('{"claims":[]}')
    expect(readFileSync(path.join(to, 'claims/page.html'), 'utf8')).toBe('<p>page</p>')
  })

  it('keeps what it published when the source is remade in a fresh folder, as the stage is', () => {
    const root = tempDir()
    const from = path.join(root, 'downloads')
    const to = tempDir()
    writeTree(from, STAGED)
    linkTree(from, to, skipDotted)
    const fresh = path.join(root, 'downloads.fresh')
    writeTree(fresh, { ...STAGED, 'claims.json': '{"claims":[1]}' })
    rmSync(from, { recursive: true })
    renameSync(fresh, from)
    expect(readFileSync(path.join(to, 'claims.json'), 'utf8')).toBe('{"claims":[]}')
  })

  it('copies where the two folders are on filesystems that cannot share a link', () => {
    // /dev/shm is a tmpfs on Linux; where it shares the temporary folder's device, linking is right.
    const shm = existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir()
    const from = tempDir()
    const to = tempDir(shm)
    writeTree(from, STAGED)
    const crossesDevices = statSync(from).dev !== statSync(to).dev
    expect(linkTree(from, to, skipDotted)).toEqual(crossesDevices ? { linked: 0, copied: 3 } : { linked: 3, copied: 0 })
    expect(readFileSync(path.join(to, 'claims/deep/b.bib'), 'utf8')).toBe('b')
  })

  it('refuses a source folder that does not exist, naming it', () => {
    expect(() => linkTree(path.join(tempDir(), 'missing'), tempDir())).toThrow(/missing/)
  })
})
