import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseFrontmatter } from '../content/frontmatter'
import { buildLedger, formatIssue, type RawContentFile, type RawSourceFile } from '../content/ledger'
import { claimSchema, type ClaimData } from '../content/schema'
import { draftClaims, DRAFT_RATIONALE, figureOfExtracted } from './draft'
import { appearanceYaml } from './draft-file'
import { contentWords, findSameFigure, type KnownClaim } from './same-figure'
import { extractFigures, type ExtractedFigure } from './extract'
import { draftSource } from './source'

const TODAY = '2026-11-28'

// A second article on the topic of a claim already in the content.
const TEXT = [
  'Border encounters drop after asylum order',
  '',
  'Some 42,000 migrants crossed in the two weeks since June 5, according to federal data. Some 42,000 migrants were turned back.',
  'Under the Biden administration, 77% of migrants applying for asylum have been permitted to remain in the US, a report found.',
  'Judges ruled on 231,000 cases in fiscal year 2023. About one in five visits were for flu. It was the fifth-highest total.',
  'The COVID-19 pandemic closed the border. “There’s still thousands coming in by the day,” an agent said.',
  '',
].join('\n')

const OTHER_TEXT = 'Officials said 77% of migrants applying for asylum have been permitted to remain in the US.\n'
const OTHER_CLAIM: ClaimData = claimSchema.parse({
  id: 'share-allowed',
  title: 'Share of asylum applicants permitted to remain',
  source: 'other',
  quote: OTHER_TEXT.trim(),
  saidBy: { kind: 'named-official', name: 'Officials' },
  figure: { kind: 'quantity', written: '77%', value: 77, hedge: null, unit: 'percent of asylum applicants' },
  topics: ['asylum'],
  checks: [],
  rationale: 'The share is as reported.',
  version: 1,
  reviewed: '2026-11-01',
  changes: [{ date: '2026-11-01', summary: 'First published.' }],
})

const OTHER_SOURCE: RawSourceFile = {
  path: 'sources/other.mdx',
  data: {
    id: 'other',
    publisher: 'Other Gazette',
    headline: 'Asylum outcomes',
    url: 'https://example.org/other',
    published: '2024-05-01',
    author: null,
    retrieved: TODAY,
    language: 'en',
    excluded: [],
  },
  body: '',
  text: OTHER_TEXT,
}

function newSource(text = TEXT) {
  return draftSource({ url: 'https://example.org/2024/06/26/encounters', publisher: 'Example Gazette', published: '2024-06-26', text, today: TODAY })
}

function plan(options: { claims?: readonly KnownClaim[]; text?: string } = {}) {
  const source = newSource(options.text)
  const sourceRef = { id: source.id, publisher: source.data.publisher, published: source.data.published, text: options.text ?? TEXT, excluded: source.data.excluded }
  return {
    source,
    result: draftClaims(extractFigures(options.text ?? TEXT, { reference: source.data.published }), { source: sourceRef, today: TODAY, claims: options.claims ?? [OTHER_CLAIM] }),
  }
}

function ledgerOf(source: ReturnType<typeof newSource>, drafts: readonly { id: string; file: string }[], claims: readonly RawContentFile[] = []) {
  const sourceFile: RawSourceFile = { path: `sources/${source.id}.mdx`, ...parseFrontmatter(source.file), text: TEXT }
  const draftFiles = drafts.map((draft) => ({ path: `claims/${draft.id}.mdx`, ...parseFrontmatter(draft.file) }))
  return buildLedger({ sources: [sourceFile, OTHER_SOURCE], claims: [...draftFiles, ...claims] })
}

const otherClaimFile = (claim: ClaimData = OTHER_CLAIM): RawContentFile => ({ path: 'claims/share-allowed.mdx', data: claim, body: 'The share.' })

describe('draftClaims: bad input', () => {
  it('throws on a day that is not YYYY-MM-DD', () => {
    const source = newSource()
    expect(() => draftClaims({ figures: [], skipped: [] }, { source: { ...source.data, text: TEXT }, today: '28/11/2026', claims: [] })).toThrow(RangeError)
  })

  it('throws when the figures were extracted from another text', () => {
    const source = newSource()
    const extraction = extractFigures(`Preface. ${TEXT}`)
    expect(() => draftClaims(extraction, { source: { ...source.data, text: TEXT }, today: TODAY, claims: [] })).toThrow(/does not match the text/)
  })

  it('drafts nothing from a text with no figures', () => {
    const source = newSource()
    expect(draftClaims({ figures: [], skipped: [] }, { source: { ...source.data, text: TEXT }, today: TODAY, claims: [] })).toEqual({ drafts: [], passed: [] })
  })
})

describe('draftClaims', () => {
  it('drafts claims the ledger accepts, which with the exclusions account for every number in the text', () => {
    const { source, result } = plan()
    const { ledger, issues } = ledgerOf(source, result.drafts, [otherClaimFile()])
    expect(issues.map(formatIssue)).toEqual([])
    expect(ledger?.drafts.map((draft) => draft.id).sort()).toEqual(result.drafts.map((draft) => draft.id).sort())
    expect(ledger?.claims.map((claim) => claim.id)).toEqual(['share-allowed'])
  })

  it('fills each draft as the issue asks: draft, verbatim quote, figure as written, no checks, dated today', () => {
    const { result } = plan()
    for (const { data, figure } of result.drafts) {
      expect(data.draft).toBe(true)
      expect(TEXT).toContain(data.quote)
      expect(data.quote).toContain(data.figure.written)
      expect(data.figure.written).toBe(figure.text)
      expect(data.checks).toEqual([])
      expect(data.rationale).toBe(DRAFT_RATIONALE)
      expect(data.version).toBe(1)
      expect(data.reviewed).toBe(TODAY)
      expect(data.changes).toEqual([{ date: TODAY, summary: expect.any(String) }])
      expect(data.title.length).toBeLessThanOrEqual(75)
    }
  })

  it('names ids by unit, value and source, unique in text order', () => {
    const { source, result } = plan()
    const ids = result.drafts.map((draft) => draft.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toContain(`migrants-42000-${source.id}`)
    expect(ids).toContain(`migrants-42000-${source.id}-2`)
    expect(ids).toContain(`day-2024-06-05-${source.id}`)
  })

  it('guesses saidBy from the attribution, and the paper’s own reporting when there is none', () => {
    const { result } = plan()
    const said = (written: string) => result.drafts.find((draft) => draft.figure.text === written)?.data.saidBy
    expect(said('231,000')).toEqual({ kind: 'reporting', name: 'Example Gazette' })
    expect(said('thousands')).toEqual({ kind: 'anonymous-source', name: 'An agent' })
  })

  it('passes over figures a reviewed claim of the source holds, but refreshes its drafts', () => {
    const first = plan()
    // Every draft reviewed and published but the 77%, which stays a draft and is refreshed.
    const reviewed = first.result.drafts.map((draft) => ({ ...draft.data, draft: draft.figure.text === '77%' }))
    const second = plan({ claims: [OTHER_CLAIM, ...reviewed] })
    expect(second.result.drafts.map((draft) => draft.figure.text)).toEqual(['77%'])
    // The fiscal year is passed over too: it lies in the reviewed 231,000 claim's period.
    expect(second.result.passed.map((pass) => pass.reason.replace(/ claim .*/, ' claim'))).toEqual(Array(first.result.drafts.length).fill('already in claim'))
  })

  it('passes over figures inside the source’s exclusions and a fiscal year that is a drafted figure’s period', () => {
    const text = 'Judges ruled on 231,000 cases in fiscal year 2023. Some 500 left.\n'
    const source = newSource(text)
    const result = draftClaims(extractFigures(text), {
      source: { ...source.data, text, excluded: [{ text: 'Some 500 left.' }] },
      today: TODAY,
      claims: [],
    })
    expect(result.drafts.map((draft) => draft.figure.text)).toEqual(['231,000'])
    expect(result.drafts[0]?.data.figure.period).toEqual({ written: 'in fiscal year 2023', start: '2022-10-01', end: '2023-09-30' })
    expect(result.passed.map((pass) => [pass.figure.text, pass.reason])).toEqual([
      ['fiscal year 2023', 'the period of another figure in its sentence'],
      ['500', 'inside an excluded passage of the source'],
    ])
  })

  it('writes a file that parses back to the claim, with the notes as YAML comments', () => {
    const { result } = plan()
    for (const draft of result.drafts) {
      const parsed = parseFrontmatter(draft.file)
      expect(claimSchema.parse(parsed.data)).toEqual(draft.data)
      expect(draft.file).toMatch(/^---\n# Draft by claims extract on 2026-11-28/)
    }
  })
})

describe('drafts from any text', () => {
  const pieces = fc.constantFrom(
    ' ',
    '\n',
    '.',
    ',',
    '%',
    '$',
    '-',
    '/',
    '“',
    '”',
    '0',
    '5',
    '42',
    '2,000',
    '1.8',
    '2024',
    'million',
    'one',
    'One',
    'two',
    'hundreds of',
    'thousands',
    'June',
    'fiscal year',
    'Title',
    'COVID-',
    'about',
    'more than',
    'said',
    'according to',
    'since',
    'per day',
    'the',
    'fifth-highest',
    'twenty-five',
    'one in five',
    'a dozen',
    'no one',
    'call ',
    '9/11',
    '7:15',
    'May',
    '3rd',
    'under the Biden administration',
  )
  it('pass the content check with the source’s exclusions, whatever the text', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 40 }), (parts) => {
        const text = `A headline for this test\n${parts.join('')}`
        const source = draftSource({ url: 'https://example.org/a', publisher: 'Example', published: '2024-06-18', text, today: TODAY, id: 'src' })
        const result = draftClaims(extractFigures(text, { reference: '2024-06-18' }), { source: { ...source.data, text }, today: TODAY, claims: [] })
        const { issues } = buildLedger({
          sources: [{ path: 'sources/src.mdx', ...parseFrontmatter(source.file), text }],
          claims: result.drafts.map((draft) => ({ path: `claims/${draft.id}.mdx`, ...parseFrontmatter(draft.file) })),
        })
        expect(issues.map(formatIssue)).toEqual([])
      }),
      { numRuns: 150 },
    )
  })
})

describe('figureOfExtracted', () => {
  const base: ExtractedFigure = {
    text: '3,200',
    kind: 'quantity',
    value: 3200,
    unit: 'crossings per day',
    hedge: 'about',
    sentence: 'About 3,200.',
    saidBy: null,
    period: null,
    index: 6,
  }
  // prettier-ignore
  const rows: [string, Partial<ExtractedFigure>, string, unknown][] = [
    ['a quantity keeps its value and hedge',          {},                                                                            'quantity', 3200],
    ['a date keeps its partial ISO value',            { text: 'July 2020', kind: 'date', value: '2020-07', unit: 'month', hedge: null }, 'date', '2020-07'],
    ['a vague plural stays vague',                    { text: 'thousands', kind: 'vague', value: null, hedge: null },                'vague',    undefined],
    ['a compound number word is vague for now',       { text: 'two million', value: 2_000_000, hedge: null },                        'vague',    undefined],
    ['a ratio is vague for now',                      { text: 'one in five', value: 0.2, hedge: null },                              'vague',    undefined],
    ['a rank is vague',                               { text: 'fifth', kind: 'ordinal', value: 5, hedge: null },                     'vague',    undefined],
    ['a fiscal year is vague, with its period',       { text: 'fiscal year 2023', kind: 'date', value: '2022-10-01/2023-09-30', hedge: null }, 'vague', undefined],
    ['a date without a known year is vague',          { text: 'June 5', kind: 'date', value: null, hedge: null },                    'vague',    undefined],
  ]
  it.each(rows)('%s', (_label, change, kind, value) => {
    const { figure, notes } = figureOfExtracted({ ...base, ...change })
    expect(figure.kind).toBe(kind)
    expect('value' in figure ? figure.value : undefined).toBe(value)
    expect(figure.written).toBe(change.text ?? base.text)
    if (kind === 'vague' && change.kind !== 'vague') expect(notes.length).toBeGreaterThan(0)
  })

  it('keeps a period with dates, and notes one without', () => {
    expect(figureOfExtracted({ ...base, period: { written: 'since June 5', start: '2024-06-05' } }).figure.period).toEqual({ written: 'since June 5', start: '2024-06-05' })
    const undated = figureOfExtracted({ ...base, period: { written: 'in the days since the order' } })
    expect(undated.figure.period).toBeUndefined()
    expect(undated.notes[0]).toMatch(/in the days since the order/)
  })
})

describe('the same figure in another source', () => {
  it('proposes an appearance on the claim that states it, which the ledger then accepts', () => {
    const { source, result } = plan()
    const draft = result.drafts.find((each) => each.figure.text === '77%')
    expect(draft?.sameAs).toMatchObject({ claimId: 'share-allowed', written: '77%', appearance: { source: source.id, quote: draft?.figure.sentence } })
    expect(draft?.file).toContain('# Same figure as claim share-allowed')
    expect(draft?.file).toContain(`#     - source: ${source.id}`)
    expect(draft?.data.topics).toEqual(['asylum'])
    expect(appearanceYaml(draft?.sameAs?.appearance as { source: string; quote: string })).toMatch(/^appearances:\n  - source: /)

    const withAppearance = { ...OTHER_CLAIM, appearances: [draft?.sameAs?.appearance as { source: string; quote: string }] }
    const remaining = result.drafts.filter((each) => each !== draft)
    expect(ledgerOf(source, remaining, [otherClaimFile(withAppearance)]).issues.map(formatIssue)).toEqual([])
  })

  const figure77 = { kind: 'quantity', written: '77%', value: 77, hedge: null, unit: 'percent of migrants' } as const
  const sentence = 'Under the Biden administration, 77% of migrants applying for asylum have been permitted to remain.'
  // prettier-ignore
  const none: [string, Parameters<typeof findSameFigure>[0], string, readonly KnownClaim[]][] = [
    ['another value',                { ...figure77, written: '78%', value: 78 },                sentence,                                  [OTHER_CLAIM]],
    ['another unit family',          { ...figure77, written: '77', unit: 'judges' },            sentence,                                  [OTHER_CLAIM]],
    ['wording with too little in common', figure77,                                             'Turnout was 77% in the county.',          [OTHER_CLAIM]],
    ['a claim of the same source',   figure77,                                                  sentence,                                  [{ ...OTHER_CLAIM, source: 'this' }]],
    ['a claim still in draft',       figure77,                                                  sentence,                                  [{ ...OTHER_CLAIM, draft: true }]],
    ['a vague figure',               { kind: 'vague', written: 'thousands', hedge: null, unit: 'migrants' }, sentence,                     [OTHER_CLAIM]],
  ]
  it.each(none)('proposes nothing for %s', (_label, figure, text, claims) => {
    expect(findSameFigure(figure, text, 'this', claims)).toBeNull()
  })

  it('flags the same value written differently, without an appearance that would not validate', () => {
    const found = findSameFigure({ ...figure77, written: '77 percent' }, sentence.replace('77%', '77 percent'), 'this', [OTHER_CLAIM])
    expect(found).toMatchObject({ claimId: 'share-allowed', appearance: null })
  })

  it('compares content words, plurals folded', () => {
    expect([...contentWords('The migrants’ claims were permitted to remain, 77% of them.')]).toEqual(['migrant', 'claim', 'permitted', 'remain'])
  })
})
