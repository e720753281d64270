import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readContentFiles } from '@/content/files'
import { ContentWriteError, recoverContentWrites, writeContentFiles, type ContentFile } from './content-writes'

const roots: string[] = []
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true })
})

/** A content folder holding these files. */
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'claims-writes-'))
  roots.push(root)
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true })
    writeFileSync(path.join(root, file), content)
  }
  return root
}

/** Every file and folder under root (staging included), with its content. */
function snapshot(root: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const file = path.relative(root, path.join(entry.parentPath, entry.name))
    entries[file] = entry.isDirectory() ? '(folder)' : readFileSync(path.join(root, file), 'utf8')
  }
  return entries
}

const manifestOf = (root: string) => readFileSync(path.join(root, 'generated.sha256'), 'utf8')

describe('writeContentFiles', () => {
  it('refuses a path outside the content folder, or one given twice, before touching anything', () => {
    const root = tree({ 'claims/a.mdx': 'a' })
    expect(() => writeContentFiles(root, [{ path: '../escape.txt', content: 'x' }])).toThrow('../escape.txt: expected a path inside the content folder')
    expect(() =>
      writeContentFiles(root, [
        { path: 'claims/b.mdx', content: 'x' },
        { path: 'claims/b.mdx', content: 'y' },
      ]),
    ).toThrow('claims/b.mdx: given twice in one write')
    expect(snapshot(root)).toEqual({ claims: '(folder)', 'claims/a.mdx': 'a' })
  })

  it('creates files, records what it generated, and replaces them while nobody has edited them', () => {
    const root = tree({})
    const first = writeContentFiles(root, [
      { path: 'data/set/a.csv', content: 'a\n1\n' },
      { path: 'sources/s.txt', content: 'text', policy: 'create' },
    ])
    expect(first.files.map((file) => file.status)).toEqual(['created', 'created'])
    expect(
      manifestOf(root)
        .split('\n')
        .map((line) => line.slice(66)),
    ).toEqual(['data/set/a.csv', 'sources/s.txt', ''])

    const second = writeContentFiles(root, [
      { path: 'data/set/a.csv', content: 'a\n2\n' },
      { path: 'sources/s.txt', content: 'text', policy: 'create' },
    ])
    expect(second.files.map((file) => file.status)).toEqual(['replaced', 'unchanged'])
    expect(readFileSync(path.join(root, 'data/set/a.csv'), 'utf8')).toBe('a\n2\n')
    // No staging left behind.
    expect(Object.keys(snapshot(root)).filter((file) => file.startsWith('.writes'))).toEqual([])
  })

  it('refuses, naming each file and why, a generated file a person has edited and a file it never wrote; writes nothing', () => {
    const root = tree({ 'claims/mine.mdx': 'a person wrote this' })
    writeContentFiles(root, [{ path: 'claims/draft.mdx', content: 'draft 1' }])
    writeFileSync(path.join(root, 'claims/draft.mdx'), 'draft 1, reviewed')
    const before = snapshot(root)

    const files: ContentFile[] = [
      { path: 'claims/new.mdx', content: 'new' },
      { path: 'claims/draft.mdx', content: 'draft 2' },
      { path: 'claims/mine.mdx', content: 'generated' },
    ]
    let error: unknown
    try {
      writeContentFiles(root, files)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ContentWriteError)
    const message = (error as Error).message
    expect(message).toContain('Nothing was written')
    expect(message).toContain(
      `${path.relative(process.cwd(), path.join(root, 'claims/draft.mdx'))} was edited after this tool wrote it (its digest no longer matches generated.sha256)`,
    )
    expect(message).toContain(
      `${path.relative(process.cwd(), path.join(root, 'claims/mine.mdx'))} was not written by this tool (no digest in generated.sha256), so it is a person's file`,
    )
    expect(snapshot(root)).toEqual(before)

    // Skipping the refused, it writes the rest.
    const skipped = writeContentFiles(root, files, { onRefused: 'skip' })
    expect(skipped.files.map((file) => file.status)).toEqual(['created', 'refused', 'refused'])
    expect(snapshot(root)).toMatchObject({ 'claims/new.mdx': 'new', 'claims/draft.mdx': 'draft 1, reviewed', 'claims/mine.mdx': 'a person wrote this' })
  })

  it('replaces a file read for an update only while it is still what was read', () => {
    const root = tree({ 'permalinks.txt': '/\n' })
    expect(() => writeContentFiles(root, [{ path: 'permalinks.txt', content: '/\n/x\n', policy: { base: '/\n/y\n' } }])).toThrow(
      /permalinks\.txt was changed after this command read it/,
    )
    expect(readFileSync(path.join(root, 'permalinks.txt'), 'utf8')).toBe('/\n')
    expect(writeContentFiles(root, [{ path: 'permalinks.txt', content: '/\n/x\n', policy: { base: '/\n' } }]).files[0]?.status).toBe('replaced')
    // An update is not a generated file: nothing is recorded for it.
    expect(snapshot(root)['generated.sha256']).toBeUndefined()
  })

  it('leaves the tree as it was when it fails at any point of the write', () => {
    const root = tree({ 'claims/a.mdx': 'a 1', 'claims/person.mdx': 'mine' })
    writeContentFiles(root, [{ path: 'claims/a.mdx', content: 'a 1' }])
    // A second write over the same path, to fail at any step of: staging, journal, copy aside, rename, commit.
    writeFileSync(path.join(root, 'claims/a.mdx'), 'a 1')
    const before = snapshot(root)
    const files: ContentFile[] = [
      { path: 'claims/a.mdx', content: 'a 2' },
      { path: 'data/new/deep/b.csv', content: 'b' },
    ]
    let steps = 0
    for (let failAt = 1; ; failAt += 1) {
      const onStep = (step: number) => {
        steps = Math.max(steps, step)
        if (step === failAt) throw new Error(`injected failure at step ${step}`)
      }
      let failed = false
      try {
        writeContentFiles(root, files, { onStep })
      } catch (error) {
        failed = true
        expect((error as Error).message).toContain(`injected failure at step ${failAt}`)
      }
      if (!failed) break
      // The commit (the last step) is past the point of no return: there the new content stays.
      if (failAt === steps && snapshot(root)['claims/a.mdx'] === 'a 2') break
      expect(snapshot(root), `failure at step ${failAt}`).toEqual(before)
    }
    // lock, 3 staged (a, b, manifest), journal, a copied aside, 3 renamed in, manifest copied aside, commit
    expect(steps).toBe(11)
    // Failing after the commit leaves the stage, which the next write (or a recovery) removes without undoing anything.
    expect(recoverContentWrites(root)).toEqual([])
    const after = snapshot(root)
    expect(after).toMatchObject({ 'claims/a.mdx': 'a 2', 'data/new/deep/b.csv': 'b', 'claims/person.mdx': 'mine' })
    expect(Object.keys(after).filter((file) => file.startsWith('.writes'))).toEqual([])
  })

  it('has the content check refuse a tree whose write was interrupted, until a write or a recovery rolls it back', () => {
    const root = tree({ 'claims/a.mdx': 'a 1', 'claims/b.mdx': 'b 1' })
    writeContentFiles(root, [
      { path: 'claims/a.mdx', content: 'a 1' },
      { path: 'claims/b.mdx', content: 'b 1' },
    ])
    const before = snapshot(root)
    // A kill after a.mdx was renamed in, before b.mdx: the steps are lock, 3 staged (a, b, manifest), journal, a aside, a in.
    let killed = false
    try {
      writeContentFiles(
        root,
        [
          { path: 'claims/a.mdx', content: 'a 2' },
          { path: 'claims/b.mdx', content: 'b 2' },
        ],
        {
          onStep: (step) => {
            // Stands in for SIGKILL: leaves everything on disk as it is, with no rollback in this process.
            if (step === 7) {
              cpSync(root, `${root}-killed`, { recursive: true })
              killed = true
            }
          },
        },
      )
    } finally {
      roots.push(`${root}-killed`)
    }
    expect(killed).toBe(true)
    const killedRoot = `${root}-killed`
    expect(readFileSync(path.join(killedRoot, 'claims/a.mdx'), 'utf8')).toBe('a 2')
    expect(readFileSync(path.join(killedRoot, 'claims/b.mdx'), 'utf8')).toBe('b 1')
    // (The files here are not claims: only the write's own issue is of interest.)
    const writeIssues = () => readContentFiles(killedRoot).issues.filter((issue) => issue.file.startsWith('.writes'))
    expect(writeIssues()).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/^\.writes\/tx-\d+-[0-9a-f]+$/), message: expect.stringContaining('a content write was interrupted halfway') }),
    ])
    expect(recoverContentWrites(killedRoot)).toEqual([`restored ${path.relative(process.cwd(), path.join(killedRoot, 'claims/a.mdx'))}`])
    expect(snapshot(killedRoot)).toEqual(before)
    expect(writeIssues()).toEqual([])
  })

  it('waits for no one: a lock held by a live process is refused by name; one left by a dead process is taken over', () => {
    const root = tree({ '.writes/lock': String(process.ppid) })
    expect(() => writeContentFiles(root, [{ path: 'a.txt', content: 'a' }])).toThrow(
      `${path.relative(process.cwd(), path.join(root, '.writes/lock'))}: another claims command (pid ${process.ppid}) is writing content`,
    )
    // No process has pid 2^22 + 1 (above Linux's pid_max).
    writeFileSync(path.join(root, '.writes/lock'), String(2 ** 22 + 1))
    expect(writeContentFiles(root, [{ path: 'a.txt', content: 'a' }]).files[0]?.status).toBe('created')
    expect(recoverContentWrites(root)).toEqual([])
    expect(Object.keys(snapshot(root)).sort()).toEqual(['a.txt', 'generated.sha256'])
  })
})
