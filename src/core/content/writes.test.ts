import { describe, expect, it } from 'vitest'
import { contentPathProblem, decideWrite, ManifestError, parseManifest, renderManifest, rollbackAction, type WriteQuestion } from './writes'

const A = 'a'.repeat(64)
const B = 'b'.repeat(64)
const C = 'c'.repeat(64)

describe('decideWrite', () => {
  // prettier-ignore
  const cases: [string, WriteQuestion, string][] = [
    ['creates where nothing is (generated)',                { current: null, next: B, policy: 'generated', recorded: undefined }, 'create'],
    ['creates where nothing is, even when once recorded',   { current: null, next: B, policy: 'generated', recorded: A }, 'create'],
    ['creates where nothing is (create)',                   { current: null, next: B, policy: 'create', recorded: undefined }, 'create'],
    ['leaves a file that already holds the content',        { current: B, next: B, policy: 'create', recorded: undefined }, 'unchanged'],
    ['leaves a person\'s file that holds the content',       { current: B, next: B, policy: 'generated', recorded: A }, 'unchanged'],
    ['replaces a generated file nobody edited',             { current: A, next: B, policy: 'generated', recorded: A }, 'replace'],
    ['refuses a generated file edited since',               { current: C, next: B, policy: 'generated', recorded: A }, 'refuse'],
    ['refuses a file the tool never wrote',                 { current: C, next: B, policy: 'generated', recorded: undefined }, 'refuse'],
    ['refuses any other content under create',              { current: A, next: B, policy: 'create', recorded: A }, 'refuse'],
    ['replaces exactly what was read (base)',               { current: A, next: B, policy: { base: A }, recorded: undefined }, 'replace'],
    ['creates when nothing was read and nothing is (base)', { current: null, next: B, policy: { base: null }, recorded: undefined }, 'create'],
    ['leaves the read content when it is the new one',      { current: B, next: B, policy: { base: B }, recorded: undefined }, 'unchanged'],
    ['refuses a file changed since it was read',            { current: C, next: B, policy: { base: A }, recorded: C }, 'refuse'],
    ['refuses a file deleted since it was read',            { current: null, next: B, policy: { base: A }, recorded: undefined }, 'refuse'],
    ['refuses a file created since it was looked for',      { current: C, next: B, policy: { base: null }, recorded: undefined }, 'refuse'],
  ]
  it.each(cases)('%s', (_, question, action) => {
    expect(decideWrite(question).action).toBe(action)
  })

  it('says why it refuses', () => {
    expect(decideWrite({ current: C, next: B, policy: 'generated', recorded: A })).toEqual({ action: 'refuse', reason: 'was edited after this tool wrote it (its digest no longer matches generated.sha256)' })
    expect(decideWrite({ current: C, next: B, policy: 'generated', recorded: undefined })).toMatchObject({ reason: expect.stringContaining("a person's file") })
    expect(decideWrite({ current: C, next: B, policy: { base: A }, recorded: undefined })).toMatchObject({ reason: 'was changed after this command read it' })
  })
})

describe('the manifest', () => {
  it('throws on a line that is not "<sha256>  <path>", naming the line', () => {
    expect(() => parseManifest(`${A}  claims/a.mdx\nnot a digest  claims/b.mdx\n`)).toThrow(/line 2: expected "<sha256 hex>  <path>", got "not a digest {2}claims\/b\.mdx"/)
    expect(() => parseManifest(`${A} claims/a.mdx\n`)).toThrow(ManifestError)
    expect(() => renderManifest(new Map([['claims/a.mdx', 'xyz']]))).toThrow(/claims\/a\.mdx: expected a SHA-256 hex digest, got "xyz"/)
  })

  it('reads what it writes, sorted by path, a line a file as sha256sum writes it', () => {
    const text = renderManifest(new Map([['sources/b.txt', B], ['claims/a b.mdx', A]]))
    expect(text).toBe(`${A}  claims/a b.mdx\n${B}  sources/b.txt\n`)
    expect([...parseManifest(text)]).toEqual([['claims/a b.mdx', A], ['sources/b.txt', B]])
    expect(parseManifest('')).toEqual(new Map())
    expect(parseManifest(`\n${A}  x\n\n`).get('x')).toBe(A)
  })
})

describe('contentPathProblem', () => {
  // prettier-ignore
  const cases: [string, string | null][] = [
    ['claims/a.mdx', null],
    ['data/dataset/by-month.csv', null],
    ['permalinks.txt', null],
    ['', 'expected a relative path with "/" between folders'],
    ['/etc/passwd', 'expected a relative path with "/" between folders'],
    ['C:/x', 'expected a relative path with "/" between folders'],
    ['claims\\a.mdx', 'expected a relative path with "/" between folders'],
    ['../a.mdx', 'expected a path inside the content folder'],
    ['claims/../../a', 'expected a path inside the content folder'],
    ['claims//a.mdx', 'expected a path inside the content folder'],
    ['./a', 'expected a path inside the content folder'],
    ['claims/', 'expected a path inside the content folder'],
    ['.writes/lock', 'expected a path outside .writes/, where writes are staged'],
    ['generated.sha256', 'expected a path other than generated.sha256, which the writer keeps itself'],
  ]
  it.each(cases)('%j → %j', (path, problem) => {
    expect(contentPathProblem(path)).toBe(problem)
  })
})

describe('rollbackAction', () => {
  const replaced = { path: 'claims/a.mdx', before: A, after: B }
  const created = { path: 'claims/new.mdx', before: null, after: B }
  // prettier-ignore
  const cases: [string, typeof replaced | typeof created, { current: string | null; backedUp: boolean }, string][] = [
    ['a replaced file not yet copied: untouched',     replaced, { current: A, backedUp: false }, 'none'],
    ['a replaced file copied, not yet renamed',       replaced, { current: A, backedUp: true }, 'restore'],
    ['a replaced file renamed in: put back',          replaced, { current: B, backedUp: true }, 'restore'],
    ['a replaced file gone, its copy kept',           replaced, { current: null, backedUp: true }, 'restore'],
    ['a replaced file edited since the kill',         replaced, { current: C, backedUp: true }, 'leave'],
    ['a created file not yet renamed in',             created,  { current: null, backedUp: false }, 'none'],
    ['a created file renamed in: removed',            created,  { current: B, backedUp: false }, 'remove'],
    ['a created path a person wrote since the kill',  created,  { current: C, backedUp: false }, 'leave'],
  ]
  it.each(cases)('%s', (_, entry, state, action) => {
    expect(rollbackAction(entry, state).action).toBe(action)
  })
})
