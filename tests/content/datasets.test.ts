import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildLedger, formatIssue } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'

const scratch = mkdtempSync(path.join(tmpdir(), 'claim-ledger-datasets-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

/** A copy of the bundled content, changed by `edit`. */
function contentWith(edit: (dir: string) => void): string {
  const dir = mkdtempSync(path.join(scratch, 'content-'))
  cpSync('content', dir, { recursive: true })
  edit(dir)
  return dir
}

function issuesOf(dir: string): string[] {
  const files = readContentFiles(dir)
  return [...files.issues, ...buildLedger(files).issues].map(formatIssue)
}

function replaceIn(file: string, from: string | RegExp, to: string): void {
  const text = readFileSync(file, 'utf8')
  const changed = text.replace(from, to)
  if (changed === text) throw new Error(`${file}: nothing to replace for ${String(from)}`)
  writeFileSync(file, changed)
}

const OHSS = 'data/ohss-usbp-encounters'
const CLAIM = 'claims/lowest-since-july-2020.mdx'

function runClaims(args: string[], contentDir: string) {
  return spawnSync(process.execPath, ['src/cli/launch.mjs', ...args], { env: { ...process.env, CONTENT_DIR: contentDir }, encoding: 'utf8' })
}

describe('datasets and checks against the record refuse bad input, naming the file and the field', () => {
  // prettier-ignore
  const cases: [string, (dir: string) => void, RegExp][] = [
    ['the published file missing',
      (dir) => unlinkSync(path.join(dir, OHSS, 'published', 'KHSM Encounters (USBP) fy25m11.xlsx')),
      /^data\/ohss-usbp-encounters\/published\/KHSM Encounters \(USBP\) fy25m11\.xlsx: file: expected the file as published here .* it is missing$/],
    ['a derived count that is not a number',
      (dir) => replaceIn(path.join(dir, OHSS, 'derived', 'monthly-by-region.csv'), '2024-06,Southwest Land Border,83530', '2024-06,Southwest Land Border,83.5k'),
      /^data\/ohss-usbp-encounters\/derived\/monthly-by-region\.csv: line \d+, column "count": expected a count \(a whole number of 0 or more\), found "83\.5k"$/],
    ['a derived month that does not parse',
      (dir) => replaceIn(path.join(dir, OHSS, 'derived', 'monthly-by-region.csv'), '2024-06,Southwest Land Border', 'June 2024,Southwest Land Border'),
      /^data\/ohss-usbp-encounters\/derived\/monthly-by-region\.csv: line \d+, column "month": expected a month as YYYY-MM, found "June 2024"$/],
    ['a derived table edited by hand',
      (dir) => replaceIn(path.join(dir, OHSS, 'derived', 'monthly-by-region.csv'), '2024-06,Southwest Land Border,83530', '2024-06,Southwest Land Border,83540'),
      /^data\/ohss-usbp-encounters\/derived\/monthly-by-region\.csv: \(file\): no longer matches what the import derived from the published file: a derived table is never edited by hand; restore it \(git checkout\), or delete it and run `npm run claims -- data import ohss-usbp-encounters`/],
    ['incomplete metadata',
      (dir) => replaceIn(path.join(dir, OHSS, 'dataset.yaml'), /^licence: .*\n/m, ''),
      /^data\/ohss-usbp-encounters\/dataset\.yaml: licence: missing: expected string$/],
    ['a check naming an unknown dataset',
      (dir) => replaceIn(path.join(dir, CLAIM), 'lastBelowPerDay("ohss-usbp-encounters/southwest-border", 1500', 'lastBelowPerDay("ohss-usbp-encounterz/southwest-border", 1500'),
      /^claims\/lowest-since-july-2020\.mdx: checks\[0\]\.expression: lastBelowPerDay\("ohss-usbp-encounterz\/southwest-border"\): no such dataset series; expected one of .*ohss-usbp-encounters\/southwest-border/],
    ['a check reading a month outside the coverage',
      (dir) => replaceIn(path.join(dir, 'claims/daily-crossings-before-order.mdx'), 'perDay("ohss-usbp-encounters/southwest-border", "2024-05")', 'perDay("ohss-usbp-encounters/southwest-border", "2025-05")'),
      /^claims\/daily-crossings-before-order\.mdx: checks\[\d\]\.expression: perDay\("ohss-usbp-encounters\/southwest-border", …\): 2025-05 is outside ohss-usbp-encounters's coverage \(1999-10 to 2024-11\)$/],
    ['a hand-completed check without a URL',
      (dir) => replaceIn(path.join(dir, 'claims/asylum-lift-threshold.mdx'), /^ {6}url: https:\/\/www\.everycrsreport\.com.*\n/m, ''),
      /^claims\/asylum-lift-threshold\.mdx: checks\[1\]\.cited\.url: missing: expected string$/],
    ['a hand-completed check with a script URL',
      (dir) => replaceIn(path.join(dir, 'claims/asylum-lift-threshold.mdx'), /url: https:\/\/www\.everycrsreport\.com\S*/, 'url: "javascript:alert(1)"'),
      /^claims\/asylum-lift-threshold\.mdx: checks\[1\]\.cited\.url: .*javascript/],
  ]
  it.each(cases)('%s', (_label, edit, expected) => {
    const issues = issuesOf(contentWith(edit))
    expect(issues.some((issue) => expected.test(issue)), issues.join('\n')).toBe(true)
  })

  it('accepts the bundled datasets and reads both official series', () => {
    const files = readContentFiles('content')
    const { ledger, issues } = buildLedger(files)
    expect([...files.issues, ...issues]).toEqual([])
    expect(ledger?.datasets.map((dataset) => dataset.metadata.id)).toEqual(['cbp-southwest-land-border-encounters', 'ohss-usbp-encounters'])
  })
})

describe('claims data import', () => {
  // A small CSV dataset: the import's rules without the workbook's seconds of parsing.
  function csvDataset(rows: string): string {
    const dir = mkdtempSync(path.join(scratch, 'import-'))
    mkdirSync(path.join(dir, 'data', 'tiny', 'published'), { recursive: true })
    writeFileSync(
      path.join(dir, 'data', 'tiny', 'dataset.yaml'),
      [
        'id: tiny',
        'publisher: An agency',
        'title: Tiny counts',
        'page: https://example.gov/tiny',
        'file: tiny.csv',
        'retrieved: 2026-12-06',
        'coverage: { start: 2023-10, end: 2024-09 }',
        'counts: Encounters',
        'rounding: { exact: true }',
        'licence: Public domain',
        'tables:',
        '  - { id: monthly, title: Monthly, month: { fiscalYear: FY, month: Month }, dimensions: { component: Component }, value: Count }',
        'series:',
        '  - { id: all, title: All, table: monthly }',
      ].join('\n'),
    )
    writeFileSync(path.join(dir, 'data', 'tiny', 'published', 'tiny.csv'), `FY,Month,Component,Count\n${rows}`)
    return dir
  }

  it('derives the tables and a manifest the build then accepts', () => {
    const dir = csvDataset('2024,OCT,USBP,5\n2024,JUN,USBP,"1,200"\n2024,JUN,OFO,7\n')
    const run = runClaims(['data', 'import', 'tiny'], dir)
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(readFileSync(path.join(dir, 'data/tiny/derived/monthly.csv'), 'utf8')).toBe('month,component,count\n2023-10,USBP,5\n2024-06,OFO,7\n2024-06,USBP,1200\n')
    expect(issuesOf(dir)).toEqual([])
    expect(runClaims(['data', 'import', 'tiny', '--check'], dir).status).toBe(0)
  }, 60_000)

  // prettier-ignore
  it.each([
    ['a count that is not a number', '2024,JUN,USBP,n/a\n',  /tiny\.csv \(tables\[0\]\), row 2, column "Count": expected a count .* found "n\/a"/],
    ['a month that does not parse',  '2024,Juno,USBP,5\n',   /tiny\.csv \(tables\[0\]\), row 2, column "Month": "Juno" is not a month name/],
    ['a month outside the coverage', '2025,JUN,USBP,5\n',    /data\/tiny\/dataset\.yaml: coverage: the file has 2025-06, outside 2023-10 to 2024-09/],
  ])('refuses %s, naming the file, row and column, and writes nothing', (_label, rows, message) => {
    const dir = csvDataset(rows)
    const run = runClaims(['data', 'import', 'tiny'], dir)
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(message)
    expect(() => readFileSync(path.join(dir, 'data/tiny/derived/monthly.csv'))).toThrow(/ENOENT/)
  }, 60_000)

  it('exits 2 naming an unknown flag', () => {
    const run = runClaims(['data', 'import', 'tiny', '--chek'], csvDataset(''))
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/--chek/)
  }, 60_000)

  it('derives exactly the committed tables from the bundled published files', () => {
    const run = runClaims(['data', 'import', 'ohss-usbp-encounters', 'cbp-southwest-land-border-encounters', '--check'], path.resolve('content'))
    expect(run.stderr).toBe('')
    expect(run.stdout).toMatch(/data\/ohss-usbp-encounters: every derived table matches the published file/)
    expect(run.status).toBe(0)
  }, 120_000)
})
