import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { recoverContentWrites } from '@/cli/content-writes'

// Each write command, run for real (through src/cli/launch.mjs, on a copy of the content), is killed at every step of
// its write by the test hook CLAIMS_TEST_CRASH_AFTER (see src/cli/content-writes.ts): deterministic, no timing.
const scratch = mkdtempSync(path.join(tmpdir(), 'claims-kill-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))
let copies = 0

function claims(dir: string, args: readonly string[], crashAfter?: number) {
  // One day for every run, so that runs compared with each other agree even across midnight.
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: dir, SOURCE_DATE_EPOCH: String(Date.UTC(2026, 11, 6) / 1000) }
  delete env.CLAIMS_TEST_CRASH_AFTER
  if (crashAfter !== undefined) env.CLAIMS_TEST_CRASH_AFTER = String(crashAfter)
  const run = spawnSync(process.execPath, ['src/cli/launch.mjs', ...args], { env, encoding: 'utf8' })
  return { status: run.status, signal: run.signal, output: `${run.stdout}${run.stderr}` }
}

/** Every file and folder under dir, the staging folder included. */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = {}
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const file = path.relative(dir, path.join(entry.parentPath, entry.name))
    entries[file] = entry.isDirectory() ? '(folder)' : readFileSync(path.join(dir, file), 'utf8')
  }
  return entries
}

function copyOf(dir: string): string {
  copies += 1
  const copy = path.join(scratch, `copy-${copies}`)
  cpSync(dir, copy, { recursive: true })
  return copy
}

// An article of one figure: few steps to kill at, as every step costs two runs of the command (the rollback of many
// files at every step is src/cli/content-writes.test.ts's, in one process).
const ARTICLE = path.join(scratch, 'article.txt')
writeFileSync(
  ARTICLE,
  'Border encounters fall after the new rule\n\nBorder agents recorded about 2,400 encounters per day last week, the Department of Homeland Security said on Tuesday.\n',
)
const SECOND = 'example-gazette-2024-06-26-encounters-fall'
const ADD_SOURCE = [
  'add-source',
  '--url',
  'https://example.org/2024/06/26/encounters-fall',
  '--publisher',
  'Example Gazette',
  '--published',
  '2024-06-26',
  '--id',
  SECOND,
  '--text',
  ARTICLE,
]

/**
 * Kills the command after each step of its write in turn, until it completes. After each kill every content file is
 * whole (its former or its new bytes; nothing half-written); rolling back leaves the tree byte-identical to before
 * (but after the commit, the last step, when it is the new tree); and running the command again, with the litter of
 * the kill still there, succeeds with the same tree as an uninterrupted run.
 */
function survivesKills(base: string, args: readonly string[]): number {
  const before = snapshot(base)
  const clean = copyOf(base)
  const uninterrupted = claims(clean, args)
  expect(uninterrupted.status, uninterrupted.output).toBe(0)
  const after = snapshot(clean)
  expect(after).not.toEqual(before)

  const outcomes: ('before' | 'after')[] = []
  for (let step = 1; ; step += 1) {
    const dir = copyOf(base)
    const run = claims(dir, args, step)
    if (run.signal === null) {
      // More steps than the write has: it completed.
      expect(run.status, run.output).toBe(0)
      expect(snapshot(dir)).toEqual(after)
      break
    }
    expect(run.signal, run.output).toBe('SIGKILL')
    for (const [file, content] of Object.entries(snapshot(dir))) {
      if (file.split(path.sep)[0] === '.writes') continue
      expect([before[file], after[file]], `${file} after a kill at step ${step}`).toContain(content)
    }

    const rerun = copyOf(dir)
    const again = claims(rerun, args)
    expect(again.status, `re-run after a kill at step ${step}: ${again.output}`).toBe(0)
    expect(snapshot(rerun), `re-run after a kill at step ${step}`).toEqual(after)

    recoverContentWrites(dir)
    const recovered = snapshot(dir)
    outcomes.push(JSON.stringify(recovered) === JSON.stringify(before) ? 'before' : 'after')
    if (outcomes.at(-1) === 'after') expect(recovered, `kill at step ${step}`).toEqual(after)
  }
  // Only a kill after the commit (the journal removed, the last step) keeps the new content.
  expect(
    outcomes.slice(0, -1).every((outcome) => outcome === 'before'),
    outcomes.join(' '),
  ).toBe(true)
  expect(outcomes.at(-1)).toBe('after')
  return outcomes.length
}

describe('the write commands survive being killed mid-write with the content unchanged', () => {
  it('add-source: both files of the source or neither', { timeout: 300_000 }, () => {
    const base = copyOf('content')
    // lock, 3 staged (the .mdx, the .txt, the manifest), journal, the manifest copied aside, 3 renamed in, commit
    expect(survivesKills(base, ADD_SOURCE)).toBe(10)
  })

  it('extract --write: every draft refreshed or none', { timeout: 300_000 }, () => {
    const base = copyOf('content')
    expect(claims(base, ADD_SOURCE).status).toBe(0)
    const first = claims(base, ['extract', '--write', '--source', SECOND, '--topic', 'border'])
    expect(first.status, first.output).toBe(0)
    // The draft and the manifest replaced: lock, 2 staged, journal, each copied aside and renamed in, commit.
    expect(survivesKills(base, ['extract', '--write', '--source', SECOND, '--topic', 'border-crossings'])).toBe(1 + 2 + 1 + 2 * 2 + 1)
  })

  it('data import: every derived table and its manifest, old or new', { timeout: 300_000 }, () => {
    const base = copyOf('content')
    // A small CSV dataset whose published file has been revised: the import replaces its two derived files.
    const folder = path.join(base, 'data', 'tiny')
    mkdirSync(path.join(folder, 'published'), { recursive: true })
    writeFileSync(
      path.join(folder, 'dataset.yaml'),
      'id: tiny\npublisher: An agency\ntitle: Tiny\npage: https://example.gov/tiny\nfile: tiny.csv\nretrieved: 2026-12-06\ncoverage: { start: 2023-10, end: 2024-09 }\ncounts: Encounters\nrounding: { exact: true }\nlicence: Public domain\ntables:\n  - { id: monthly, title: Monthly, month: { fiscalYear: FY, month: Month }, dimensions: {}, value: Count }\nseries:\n  - { id: all, title: All, table: monthly }\n',
    )
    writeFileSync(path.join(folder, 'published', 'tiny.csv'), 'FY,Month,Count\n2024,JUN,5\n')
    expect(claims(base, ['data', 'import', 'tiny']).status).toBe(0)
    writeFileSync(path.join(folder, 'published', 'tiny.csv'), 'FY,Month,Count\n2024,JUN,6\n')
    // lock, 3 staged (table, its manifest, generated.sha256), journal, each copied aside and renamed in, commit
    expect(survivesKills(base, ['data', 'import', 'tiny'])).toBe(1 + 3 + 1 + 3 * 2 + 1)
  })

  it('data import refuses to overwrite a derived table a person edited', { timeout: 120_000 }, () => {
    const base = copyOf('content')
    const table = path.join(base, 'data', 'cbp-southwest-land-border-encounters', 'derived', 'monthly-by-component.csv')
    writeFileSync(table, readFileSync(table, 'utf8').replace('2024-06,U.S. Border Patrol,83532', '2024-06,U.S. Border Patrol,83000'))
    const edited = readFileSync(table, 'utf8')
    const run = claims(base, ['data', 'import', 'cbp-southwest-land-border-encounters'])
    expect(run.status).toBe(1)
    expect(run.output).toMatch(/monthly-by-component\.csv/)
    expect(readFileSync(table, 'utf8')).toBe(edited)
  })

  it('permalinks --update: the ledger whole, old or new', { timeout: 300_000 }, () => {
    const base = copyOf('content')
    const ledger = path.join(base, 'permalinks.txt')
    // A claim published since the last update: its permalinks are not in the ledger yet.
    writeFileSync(
      ledger,
      readFileSync(ledger, 'utf8')
        .split('\n')
        .filter((line) => !line.startsWith('/claims/asylum-lift-threshold'))
        .join('\n'),
    )
    // lock, staged, journal, copied aside, renamed in, commit
    expect(survivesKills(base, ['permalinks', '--update'])).toBe(6)
  })
})

describe('the write commands refuse to overwrite a file a person has edited', () => {
  it('extract --write keeps an edited draft and says why; permalinks --update keeps a comment it would drop', { timeout: 120_000 }, () => {
    const base = copyOf('content')
    expect(claims(base, ADD_SOURCE).status).toBe(0)
    expect(claims(base, ['extract', '--write', '--source', SECOND, '--topic', 'border']).status).toBe(0)
    const draft = path.join(base, 'claims', `encounters-per-day-2400-${SECOND}.mdx`)
    writeFileSync(draft, readFileSync(draft, 'utf8').replace(/^title: .*$/m, 'title: Encounters a day, as a person titled it'))
    const before = snapshot(base)

    const run = claims(base, ['extract', '--write', '--source', SECOND, '--topic', 'border-crossings'])
    expect(run.status, run.output).toBe(0)
    expect(run.output).toMatch(
      new RegExp(
        `kept +\\S*claims/encounters-per-day-2400-${SECOND}\\.mdx +2,400 +encounters per day +\\(a draft that was edited after this tool wrote it \\(its digest no longer matches generated\\.sha256\\); left as it is, delete it to have it drafted again\\)`,
      ),
    )
    expect(readFileSync(draft, 'utf8')).toBe(before[`claims/encounters-per-day-2400-${SECOND}.mdx`])

    const ledger = path.join(base, 'permalinks.txt')
    writeFileSync(ledger, `# Kept by hand: the 2024 redesign's addresses.\n${readFileSync(ledger, 'utf8')}`)
    const withComment = readFileSync(ledger, 'utf8')
    const update = claims(base, ['permalinks', '--update'])
    expect(update.status).toBe(1)
    expect(update.output).toContain(`permalinks.txt: not updated; a person has added lines the update would drop:\n  line 1: # Kept by hand: the 2024 redesign's addresses.`)
    expect(readFileSync(ledger, 'utf8')).toBe(withComment)
  })
})
