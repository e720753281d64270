import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { claimSchema, sourceSchema } from '@/core/content/schema'
import { extractFigures } from '@/core/extract'
import { claimRecall, scoreExtraction, type ExpectedFigure } from '@/core/extract/evaluate'
import { readContentFiles } from '@/content/files'

/**
 * `npm run bench:extract [-- --json]`: recall and precision of `claims extract` on the evaluation set in
 * tests/fixtures/extract (each .txt with the figures a reader expects in its sibling .json), per text and overall
 * (summed over all figures), with hedge agreement on the matched figures and any name reported as a figure; then
 * recall on the bundled article against its published claims.
 */

interface ExpectedFile {
  readonly about: string
  readonly published: string
  readonly figures: readonly ExpectedFigure[]
  readonly names: readonly string[]
}

const FIXTURES = path.resolve('tests/fixtures/extract')
const json = process.argv.includes('--json')

const rows = readdirSync(FIXTURES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(path.join(FIXTURES, name), 'utf8')
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, name.replace(/\.txt$/, '.json')), 'utf8')) as ExpectedFile
    const started = performance.now()
    const { figures } = extractFigures(text, { reference: expected.published })
    const ms = performance.now() - started
    const score = scoreExtraction(expected.figures, figures, { text, names: expected.names })
    return { text: name, ms: Math.round(ms * 10) / 10, ...score }
  })

const sum = (pick: (row: (typeof rows)[number]) => number) => rows.reduce((total, row) => total + pick(row), 0)
const matched = sum((row) => row.matched)
const hedgeMatched = sum((row) => (row.hedgeAgreement ?? 0) * row.matched)
const overall = {
  expected: sum((row) => row.expected),
  found: sum((row) => row.found),
  matched,
  recall:
    matched /
    Math.max(
      1,
      sum((row) => row.expected),
    ),
  precision:
    matched /
    Math.max(
      1,
      sum((row) => row.found),
    ),
  hedgeAgreement: matched === 0 ? null : hedgeMatched / matched,
  namesAsFigures: rows.flatMap((row) => row.namesAsFigures),
}

// The bundled article, against the figures of its published claims.
const content = readContentFiles(path.resolve('content'))
const article = content.sources.find((source) => source.path === 'sources/nypost-2024-06-18-42000-migrants.mdx')
const articleSource = article ? sourceSchema.safeParse(article.data) : null
let bundled: (ReturnType<typeof claimRecall> & { namesAsFigures: readonly string[] }) | null = null
if (article?.text && articleSource?.success) {
  const { figures } = extractFigures(article.text, { reference: articleSource.data.published })
  const claims = content.claims.flatMap((raw) => {
    const claim = claimSchema.safeParse(raw.data)
    return claim.success && claim.data.source === articleSource.data.id && !claim.data.draft ? [claim.data] : []
  })
  const names = ['COVID-19', 'CBP One']
  bundled = { ...claimRecall(claims, figures), namesAsFigures: scoreExtraction([], figures, { text: article.text, names }).namesAsFigures }
}

if (json) {
  console.log(JSON.stringify({ texts: rows, overall, bundled }, null, 2))
} else {
  const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`)
  const table = [
    ['text', 'expected', 'found', 'matched', 'recall', 'precision', 'hedges', 'names as figures', 'ms'],
    ...rows.map((row) => [
      row.text,
      String(row.expected),
      String(row.found),
      String(row.matched),
      percent(row.recall),
      percent(row.precision),
      percent(row.hedgeAgreement),
      row.namesAsFigures.join(', ') || '—',
      String(row.ms),
    ]),
    [
      'overall',
      String(overall.expected),
      String(overall.found),
      String(overall.matched),
      percent(overall.recall),
      percent(overall.precision),
      percent(overall.hedgeAgreement),
      overall.namesAsFigures.join(', ') || '—',
      '',
    ],
  ]
  const widths = table[0]?.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length))) ?? []
  for (const row of table)
    console.log(
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  for (const row of rows) {
    for (const missed of row.missed) console.log(`  missed in ${row.text}: “${missed.text}” (${JSON.stringify(missed.value)})`)
    for (const extra of row.extra) console.log(`  extra in ${row.text}: “${extra.text}” (${JSON.stringify(extra.value)})`)
  }
  if (bundled) {
    console.log(
      `\nBundled article: ${bundled.found} of ${bundled.total} claimed figures found (recall ${percent(bundled.recall)})` +
        `${bundled.missed.length ? `; missed ${bundled.missed.join(', ')}` : ''}; names as figures: ${bundled.namesAsFigures.join(', ') || 'none'}` +
        `${bundled.notNumeric.length ? `; not numeric: ${bundled.notNumeric.join(', ')}` : ''}.`,
    )
  }
}
