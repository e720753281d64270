import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runAddSourceCommand } from '@/cli/add-source'
import { runExtractCommand, type CommandIO } from '@/cli/extract'
import { findNumbers } from '@/core/content/coverage'
import { parseFrontmatter } from '@/core/content/frontmatter'
import { buildLedger, formatIssue } from '@/core/content/ledger'
import { claimSchema, sourceSchema } from '@/core/content/schema'
import { extractFigures } from '@/core/extract'
import { claimRecall, scoreExtraction, type ExpectedFigure } from '@/core/extract/evaluate'
import { readContentFiles } from '@/content/files'

// The bundled article and its claims: the gold standard of what a fact-checker wants from it.
const files = readContentFiles('content')
const rawSource = files.sources.find((source) => source.path === 'sources/nypost-2024-06-18-42000-migrants.mdx')
const source = sourceSchema.parse(rawSource?.data)
const text = rawSource?.text ?? ''
const claims = files.claims.flatMap((raw) => {
  const claim = claimSchema.safeParse(raw.data)
  return claim.success && claim.data.source === source.id && !claim.data.draft ? [claim.data] : []
})
const extraction = extractFigures(text, { reference: source.published })

describe('extracting the bundled article', () => {
  it('finds every figure that has a claim: quantities, dates and vague amounts', () => {
    expect(claims.length).toBeGreaterThanOrEqual(19)
    for (const kind of ['quantity', 'date', 'vague'] as const) {
      const recall = claimRecall(claims, extraction.figures, [kind])
      expect(recall.missed, kind).toEqual([])
      expect(recall.recall, kind).toBe(1)
    }
    // Quantity words ("most") are claims the extractor does not draft: it finds numbers, not shares in words.
    expect(claimRecall(claims, extraction.figures).notNumeric).toEqual(['no-dramatic-impact', 'released-most-court-dates'])
  })

  it('gives each claimed quantity its hedge as the claim has it', () => {
    for (const claim of claims) {
      if (claim.figure.kind !== 'quantity') continue
      const found = extraction.figures.filter(
        (figure) => figure.text === claim.figure.written && (figure.sentence.includes(claim.quote) || claim.quote.includes(figure.sentence)),
      )
      expect(found.length, claim.id).toBe(1)
      expect(found[0]?.hedge?.toLowerCase() ?? null, claim.id).toBe(claim.figure.hedge?.toLowerCase() ?? null)
    }
  })

  it('flags no name as a figure: COVID-19 and CBP One are skipped as names', () => {
    const score = scoreExtraction([], extraction.figures, { text, names: ['COVID-19', 'CBP One'] })
    expect(score.namesAsFigures).toEqual([])
    expect(extraction.skipped.map(({ text: skipped, reason }) => [skipped, reason])).toEqual([
      ['COVID-19', 'a name, not a figure'],
      ['CBP One', 'a name, not a figure'],
    ])
  })

  it('accounts for every number the build counts, as a figure or a skipped name', () => {
    const spans = [...extraction.figures, ...extraction.skipped]
    const unaccounted = findNumbers(text).filter((number) => !spans.some((span) => span.index <= number.index && number.index + number.text.length <= span.index + span.text.length))
    expect(unaccounted).toEqual([])
  })
})

describe('the evaluation set in tests/fixtures/extract', () => {
  const dir = path.resolve('tests/fixtures/extract')
  const names = readdirSync(dir).filter((name) => name.endsWith('.txt'))

  it('has at least five texts, each with its expected figures', () => {
    expect(names.length).toBeGreaterThanOrEqual(5)
  })

  it('is read with at least 95% recall and precision overall, and no name as a figure', () => {
    let expected = 0
    let found = 0
    let matched = 0
    for (const name of names) {
      const body = readFileSync(path.join(dir, name), 'utf8')
      const want = JSON.parse(readFileSync(path.join(dir, name.replace(/\.txt$/, '.json')), 'utf8')) as { published: string; figures: ExpectedFigure[]; names: string[] }
      const score = scoreExtraction(want.figures, extractFigures(body, { reference: want.published }).figures, { text: body, names: want.names })
      expect(score.namesAsFigures, name).toEqual([])
      expected += score.expected
      found += score.found
      matched += score.matched
    }
    expect(matched / expected).toBeGreaterThanOrEqual(0.95)
    expect(matched / found).toBeGreaterThanOrEqual(0.95)
  })
})

describe('claims add-source and extract --write, on a copy of the content', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claims-extract-'))
  cpSync('content', dir, { recursive: true })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const lines: string[] = []
  const io: CommandIO = { out: (line) => lines.push(line), err: (line) => lines.push(`ERR ${line}`), dir, today: '2026-11-28' }
  const SECOND = 'example-gazette-2024-06-26-border-encounters-drop'
  const check = () => {
    const content = readContentFiles(dir)
    const { ledger, issues } = buildLedger(content)
    return { ledger, issues: [...content.issues, ...issues].map(formatIssue) }
  }

  it('adds the second article as a source that excludes the names it holds', () => {
    const code = runAddSourceCommand(
      ['--url', 'https://example.org/2024/06/26/border-encounters-drop', '--publisher', 'Example Gazette', '--published', '2024-06-26', '--text', 'tests/fixtures/extract/second-article.txt'],
      io,
    )
    expect(code, lines.join('\n')).toBe(0)
    const added = parseFrontmatter(readFileSync(path.join(dir, 'sources', `${SECOND}.mdx`), 'utf8')).data
    expect(added).toMatchObject({ id: SECOND, retrieved: '2026-11-28', excluded: [{ text: 'CBP One', reason: 'a name, not a figure' }] })
    expect(readFileSync(path.join(dir, 'sources', `${SECOND}.txt`), 'utf8')).toBe(readFileSync('tests/fixtures/extract/second-article.txt', 'utf8'))
    expect(runAddSourceCommand(['--url', 'https://example.org/x', '--publisher', 'Example Gazette', '--published', '2024-06-26', '--text', 'tests/fixtures/extract/second-article.txt'], io)).toBe(1)
  })

  it('drafts a claim per figure that passes the content check, and proposes the 77% as an appearance', () => {
    lines.length = 0
    expect(runExtractCommand([path.join(dir, 'sources', `${SECOND}.txt`), '--write', '--source', SECOND], io), lines.join('\n')).toBe(0)
    const { ledger, issues } = check()
    expect(issues).toEqual([])
    expect(ledger?.drafts.map((draft) => draft.figure.written).sort()).toEqual(['1,450', '2,400', '40%', '77%', 'January 2021', 'June 5', 'seven'])
    const output = lines.join('\n')
    expect(output).toContain(`Same figure: percent-of-migrants-77-${SECOND} states “77%” like claim asylum-allowed-share`)
    expect(output).toContain(`appearances:\n  - source: ${SECOND}\n    quote: "Critics of the administration point to immigration court outcomes: under the Biden administration, 77% of`)
    expect(readFileSync(path.join(dir, 'claims', `percent-of-migrants-77-${SECOND}.mdx`), 'utf8')).toContain('# Same figure as claim asylum-allowed-share')
  })

  it('accepts the proposed appearance in place of the draft', () => {
    const draftFile = path.join(dir, 'claims', `percent-of-migrants-77-${SECOND}.mdx`)
    const quote = claimSchema.parse(parseFrontmatter(readFileSync(draftFile, 'utf8')).data).quote
    const shareFile = path.join(dir, 'claims', 'asylum-allowed-share.mdx')
    const share = readFileSync(shareFile, 'utf8')
    writeFileSync(shareFile, share.replace(/^rationale:/m, `appearances:\n  - source: ${SECOND}\n    quote: ${JSON.stringify(quote)}\nrationale:`))
    rmSync(draftFile)
    const { ledger, issues } = check()
    expect(issues).toEqual([])
    expect(ledger?.claims.find((claim) => claim.id === 'asylum-allowed-share')?.appearances.map((appearance) => appearance.source.id)).toEqual([source.id, SECOND])
  })

  it('refreshes drafts on a second run, never overwrites a reviewed claim or an edited draft, and drafts nothing already claimed', () => {
    const reviewedFile = path.join(dir, 'claims', `encounters-per-day-2400-${SECOND}.mdx`)
    // A reviewer has set draft: false and is mid-edit: even an invalid reviewed file is left alone.
    const reviewed = readFileSync(reviewedFile, 'utf8').replace('draft: true', 'draft: false').replace(/^title: .*$/m, 'title: ""')
    writeFileSync(reviewedFile, reviewed)
    // Another draft a person has started on, still draft: true: their edit is not lost either.
    const editedFile = path.join(dir, 'claims', `percent-40-${SECOND}.mdx`)
    const edited = readFileSync(editedFile, 'utf8').replace(/^title: .*$/m, 'title: Share of encounters, as a person titled it')
    writeFileSync(editedFile, edited)
    lines.length = 0
    // A day later, so that every untouched draft has new content to be refreshed with.
    expect(runExtractCommand(['--write', '--source', SECOND], { ...io, today: '2026-11-29' }), lines.join('\n')).toBe(0)
    expect(readFileSync(reviewedFile, 'utf8')).toBe(reviewed)
    expect(readFileSync(editedFile, 'utf8')).toBe(edited)
    expect(lines.some((line) => line.startsWith('kept') && line.includes('2,400') && line.includes('(a reviewed claim; left as it is)'))).toBe(true)
    expect(lines.find((line) => line.startsWith('kept') && line.includes('40%'))).toContain('(a draft that was edited after this tool wrote it (its digest no longer matches generated.sha256); left as it is, delete it to have it drafted again)')
    expect(lines.filter((line) => line.startsWith('refreshed'))).toHaveLength(4)
    lines.length = 0
    expect(runExtractCommand(['--write', '--source', SECOND], { ...io, today: '2026-11-29' }), lines.join('\n')).toBe(0)
    expect(lines.filter((line) => line.startsWith('unchanged'))).toHaveLength(4)
    expect(lines.some((line) => line.includes('“77%”') && line.includes('already in claim asylum-allowed-share'))).toBe(true)

    lines.length = 0
    expect(runExtractCommand(['--write', '--source', source.id], io)).toBe(0)
    expect(lines.filter((line) => /^(new|refreshed)/.test(line))).toEqual([])
  })

  it('lists figures as JSON with the fields the issue names', () => {
    lines.length = 0
    expect(runExtractCommand(['tests/fixtures/extract/second-article.txt', '--json', '--published', '2024-06-26'], io)).toBe(0)
    const listed = JSON.parse(lines.join('\n')) as Record<string, unknown>[]
    expect(listed.length).toBe(7)
    for (const key of ['text', 'value', 'unit', 'hedge', 'sentence', 'saidBy', 'period']) expect(listed[0], key).toHaveProperty(key)
  })

  it('refuses bad arguments with a usage line', () => {
    for (const args of [[], ['--write', 'x.txt'], ['x.txt', '--published', 'June 5'], ['--bogus']]) {
      lines.length = 0
      expect(runExtractCommand(args, io), args.join(' ')).toBe(2)
      expect(lines.join('\n')).toMatch(/^ERR /)
    }
    expect(runAddSourceCommand(['--url', 'https://example.org'], io)).toBe(2)
  })
})
