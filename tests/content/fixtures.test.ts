import { spawnSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildLedger, formatIssue } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'

const FIXTURES = path.resolve('tests/fixtures/content')
const scratch = mkdtempSync(path.join(tmpdir(), 'claim-ledger-fixtures-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** The valid base content with one bad case's files laid over it. */
function contentWith(badCase: string | null): string {
  const dir = mkdtempSync(path.join(scratch, `${badCase ?? 'base'}-`))
  cpSync(path.join(FIXTURES, 'base'), dir, { recursive: true })
  if (badCase) cpSync(path.join(FIXTURES, 'bad', badCase), dir, { recursive: true })
  return dir
}

function issuesOf(dir: string): string[] {
  const files = readContentFiles(dir)
  const { issues } = buildLedger(files)
  return [...files.issues, ...issues].map(formatIssue)
}

describe('bad content is refused with the file, the field and what was expected', () => {
  it('accepts the valid base fixture', () => {
    expect(issuesOf(contentWith(null))).toEqual([])
  })

  // prettier-ignore
  const cases: [string, RegExp][] = [
    ['missing-field',             /^claims\/share\.mdx: title: missing: expected string$/],
    ['wrong-type',                /^claims\/share\.mdx: topics: .*expected array, received string/],
    ['unknown-source',            /^claims\/share\.mdx: source: expected the id of a source in content\/sources \(known: mini\); got "nowhere-gazette"/],
    ['unknown-claim-ref',         /^claims\/share\.mdx: checks\[0\]\.expression: ref\("ghost-claim"\) refers to no claim/],
    ['duplicate-id',              /^claims\/share(-copy)?\.mdx: id: duplicate claim id "share", also in claims\/share(-copy)?\.mdx/],
    ['quote-not-in-source',       /^claims\/share\.mdx: quote: expected a verbatim passage of sources\/mini\.txt/],
    ['expression-does-not-parse', /^claims\/share\.mdx: checks\[0\]\.expression: the expression does not parse: Value expected/],
    ['division-by-zero',          /^claims\/share\.mdx: checks\[0\]\.expression: .*division by zero/],
    ['figure-not-a-number',       /^claims\/share\.mdx: figure\.value: expected a number/],
    ['malformed-frontmatter',     /^claims\/share\.mdx: frontmatter: malformed YAML/],
    ['uncovered-number',          /^sources\/mini\.mdx: excluded: the number "19" on line 2 of sources\/mini\.txt .* is neither a claim's figure nor excluded/],
    ['unknown-field',             /^claims\/share\.mdx: \(frontmatter\): Unrecognized key: "verdict"/],
    ['unknown-hedge',             /^claims\/share\.mdx: figure\.hedge: expected a known hedge as written: about, roughly/],
    ['value-mismatch',            /^claims\/share\.mdx: figure\.value: expected 77, the number "77%" as written; got 78/],
    ['id-not-file-name',          /^claims\/share\.mdx: id: expected "share", the file's name .* got "share-renamed"/],
    ['title-with-verdict',        /^claims\/share\.mdx: title: expected a title without a verdict word/],
    ['appearance-not-in-source',  /^claims\/share\.mdx: appearances\[0\]\.quote: expected a verbatim passage of sources\/mini\.txt/],
    ['published-rests-on-draft',  /^claims\/share\.mdx: checks\[0\]\.expression: ref\("granted"\) refers to a draft/],
    ['draft-with-bad-field',      /^claims\/share\.mdx: figure\.value: expected 77/],
    ['inferred-input-not-in-expression', /^claims\/share\.mdx: checks\[0\]\.inferred\.input: expected text that occurs exactly once in the expression; "100 \* 1" occurs 0 times/],
    ['inferred-end-unknown-claim',  /^claims\/share\.mdx: checks\[0\]\.inferred\.high: ref\("nowhere"\) names no claim/],
  ]
  it.each(cases)('%s', (badCase, expected) => {
    const issues = issuesOf(contentWith(badCase))
    expect(issues.some((issue) => expected.test(issue)), issues.join('\n')).toBe(true)
  })

  it('validates a draft but keeps it out of the published claims', () => {
    const dir = contentWith(null)
    const file = path.join(dir, 'claims', 'share.mdx')
    writeFileSync(file, readFileSync(file, 'utf8').replace('version: 1', 'draft: true\nversion: 1'))
    const { ledger, issues } = buildLedger(readContentFiles(dir))
    expect(issues).toEqual([])
    expect(ledger?.claims.map((claim) => claim.id)).toEqual(['applications', 'granted'])
    expect(ledger?.drafts.map((claim) => claim.id)).toEqual(['share'])
    expect(ledger?.drafts[0]?.checks[0]?.status).toBe('consistent')
  })

  it('makes `npm run claims -- check` exit 1 and print the error', () => {
    const run = spawnSync(process.execPath, ['src/cli/launch.mjs', 'check'], {
      env: { ...process.env, CONTENT_DIR: contentWith('figure-not-a-number') },
      encoding: 'utf8',
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toMatch(/claims\/share\.mdx: figure\.value: expected a number/)
  }, 30_000)

  it('makes `npm run claims -- check --json` report the base fixture’s check', () => {
    const run = spawnSync(process.execPath, ['src/cli/launch.mjs', 'check', '--json'], {
      env: { ...process.env, CONTENT_DIR: contentWith(null) },
      encoding: 'utf8',
    })
    expect(run.status).toBe(0)
    const report = JSON.parse(run.stdout) as { valid: boolean; checks: { claim: string; status: string }[] }
    expect(report.valid).toBe(true)
    expect(report.checks).toEqual([expect.objectContaining({ claim: 'share', check: 'share-of-applications', status: 'consistent' })])
  }, 30_000)
})
