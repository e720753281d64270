import { cpSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Synthetic content for the build benchmark: `count` claims spread over sources of `perSource`
 * claims each, written like the real content so that it passes `claims check` (zod schema,
 * verbatim quotes, number coverage of every source text, check expressions).
 *
 * Claims come in groups of three per paragraph of the source text:
 * - "share": two counts and a percentage checked with `ref(b) / ref(a) * 100`;
 * - "rate": a daily average over a dated period, a second figure (a count with an outside-data
 *   check, a vague "hundreds", or a month as a date figure) and a total checked with
 *   `ref(rate) * days(start, end)`.
 * About a third of the claims thus carry a check that refers to another claim of the same source.
 *
 * The source texts hold numbers only inside claim quotes (as figure.written or period.written) or
 * inside a listed exclusion, and no number words ("one", "hundreds", …) elsewhere.
 */

export interface GeneratedContent {
  readonly dir: string
  readonly claims: number
  readonly sources: number
  readonly checks: number
  readonly bytes: number
}

/** A small deterministic PRNG (mulberry32), so that every run builds the same content. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// Word lists. None holds a number or a number word, so the source texts stay covered.
const REGIONS = ['Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Coastal', 'Upland', 'Lakeside', 'Riverside', 'Valley', 'Harbor', 'Border']
const AREAS = ['district', 'sector', 'county', 'province', 'region', 'corridor']
const PUBLISHERS = ['Example Gazette', 'The Daily Ledger', 'Metro Tribune', 'Valley Courier', 'National Observer', 'Harbor Herald']
const SECTIONS = ['Politics', 'Metro', 'Business', 'World', 'Health']
const AUTHORS = ['Dana Whitfield', 'Marco Ruiz', 'Priya Natarajan', 'Tom Okafor', 'Lena Vogel', null]
const SUBJECTS = [
  { topic: 'asylum', total: 'asylum applications', part: 'were approved', unitTotal: 'asylum applications', unitPart: 'approved applications', share: 'approval rate' },
  { topic: 'housing', total: 'housing permits requested', part: 'were granted', unitTotal: 'housing permit requests', unitPart: 'granted permits', share: 'grant rate' },
  { topic: 'schools', total: 'pupils enrolled', part: 'passed the exam', unitTotal: 'enrolled pupils', unitPart: 'pupils who passed', share: 'pass rate' },
  {
    topic: 'health',
    total: 'patients referred',
    part: 'were seen within the target time',
    unitTotal: 'referred patients',
    unitPart: 'patients seen in time',
    share: 'share seen in time',
  },
  { topic: 'transport', total: 'train services scheduled', part: 'ran on time', unitTotal: 'scheduled train services', unitPart: 'punctual services', share: 'punctuality rate' },
]
const RATES = [
  {
    topic: 'border',
    what: 'crossings',
    unit: 'crossings per day',
    total: 'crossings',
    staff: 'agents were deployed',
    staffUnit: 'agents deployed',
    vague: 'volunteers helped at the shelters',
  },
  {
    topic: 'energy',
    what: 'outages',
    unit: 'outages per day',
    total: 'outages',
    staff: 'crews were on call',
    staffUnit: 'crews on call',
    vague: 'households lost power repeatedly',
  },
  { topic: 'courts', what: 'hearings', unit: 'hearings per day', total: 'hearings', staff: 'judges were assigned', staffUnit: 'judges assigned', vague: 'cases were postponed' },
  {
    topic: 'health',
    what: 'admissions',
    unit: 'hospital admissions per day',
    total: 'admissions',
    staff: 'beds were added',
    staffUnit: 'beds added',
    vague: 'patients waited in corridors',
  },
]
const ATTRIBUTIONS = ['officials said', 'according to agency figures', 'the report found', 'a spokesperson said', 'data obtained by the paper show', 'the ministry confirmed']
const OPENERS = ['In the', 'Across the', 'Throughout the', 'Within the']
const HEDGES_COUNT = [null, null, 'about', 'roughly', 'some', 'more than', 'nearly', 'an estimated']
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
const SAID_BY: readonly Readonly<Record<string, string>>[] = [
  { kind: 'named-official', name: 'Alex Moreno', role: 'director of the regional agency' },
  { kind: 'official-data', name: 'Regional statistics office' },
  { kind: 'reporting', name: 'Example Gazette' },
  { kind: 'anonymous-source', name: 'An official who asked not to be named' },
  { kind: 'leaked-data', name: 'Internal agency data' },
]
const PROSE = [
  'The figure comes from the agency’s own monthly tables, which the paper obtained before their publication.',
  'Officials did not say how the count was made, and the tables do not separate repeat cases from first ones.',
  'A reader can redo the arithmetic from the other figures in the same article; the check below does exactly that, within the rounding of each figure as written.',
  'Earlier reports used a different definition, so the series is not directly comparable with figures from previous years.',
  'The paper rounded the figure; the interval shown above is the range that rounding allows.',
  'Independent researchers have questioned whether the period chosen flatters the result, since it starts just after a seasonal low.',
  'No outside data set published so far settles the question, but the agency has promised a full release later in the year.',
  'The claim is attributed in the article, and the attribution is kept here as it was printed.',
]

const pad = (value: number, width: number) => String(value).padStart(width, '0')
const withCommas = (value: number) => value.toLocaleString('en-US')
const yamlString = (value: string) => JSON.stringify(value)

function isoDay(year: number, month: number, day: number): string {
  return `${year}-${pad(month, 2)}-${pad(day, 2)}`
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000
}

/** Two significant figures: 37,200 → 37,000. */
function roundTwoFigures(value: number): number {
  const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(value)) - 1)
  return Math.round(value / magnitude) * magnitude
}

interface ClaimSpec {
  id: string
  title: string
  quote: string
  /** The sentence of the source text that holds the quote. */
  sentence: string
  saidBy: Readonly<Record<string, string | undefined>>
  figure: Record<string, unknown>
  topics: string[]
  checks: Record<string, unknown>[]
  rationale: string
}

function yamlValue(value: unknown, indent: string): string {
  if (value === null) return 'null'
  if (typeof value === 'string') return yamlString(value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `\n${value
      .map((item) => {
        const text = yamlValue(item, `${indent}  `)
        return `${indent}- ${text.startsWith('\n') ? text.trimStart() : text}`
      })
      .join('\n')}`
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined)
  return `\n${entries.map(([key, item]) => `${indent}${key}: ${yamlValue(item, `${indent}  `)}`).join('\n')}`
}

function claimFile(claim: ClaimSpec, sourceId: string, reviewed: string, rand: () => number): string {
  const changes = [{ date: reviewed, summary: 'First published.' }]
  if (rand() < 0.25) changes.push({ date: reviewed.replace(/-\d\d$/, '-28'), summary: 'Clarified the period the figure covers.' })
  const frontmatter = {
    id: claim.id,
    title: claim.title,
    source: sourceId,
    quote: claim.quote,
    saidBy: claim.saidBy,
    figure: claim.figure,
    topics: claim.topics,
    checks: claim.checks,
    rationale: claim.rationale,
    version: changes.length,
    reviewed: changes.at(-1)?.date ?? reviewed,
    changes,
  }
  const paragraphs: string[] = []
  const count = 2 + Math.floor(rand() * 3)
  for (let index = 0; index < count; index += 1) {
    const sentences = [PROSE[Math.floor(rand() * PROSE.length)], PROSE[Math.floor(rand() * PROSE.length)], PROSE[Math.floor(rand() * PROSE.length)]]
    paragraphs.push(sentences.join(' '))
  }
  const body = [
    `The article reports that ${claim.quote.replace(/^(\w)/, (letter) => letter.toLowerCase())}. ${paragraphs[0] ?? ''}`,
    ...paragraphs.slice(1, -1),
    rand() < 0.5
      ? `What the check uses:\n\n- the figure **as written**, with its hedge;\n- the interval its rounding allows;\n- the other figures of [the same article](/sources/${sourceId}).`
      : `> ${PROSE[Math.floor(rand() * PROSE.length)]}\n\n*Why it matters:* ${paragraphs.at(-1) ?? ''}`,
  ]
  const yaml = Object.entries(frontmatter)
    .map(([key, value]) => `${key}: ${yamlValue(value, '  ')}`)
    .join('\n')
  return `---\n${yaml}\n---\n${body.join('\n\n')}\n`
}

/** One paragraph of a source: three claims and the sentences that hold their quotes. */
function group(
  kind: 'share' | 'rate',
  base: string,
  sourceIndex: number,
  groupIndex: number,
  size: number,
  rand: () => number,
  pick: <T>(list: readonly T[]) => T,
  withRecord = false,
): ClaimSpec[] {
  const place = `${pick(REGIONS)} ${pick(AREAS)}`
  const saidBy = pick(SAID_BY)
  const specs: ClaimSpec[] = []
  const sentence = (quote: string) => `${pick(OPENERS)} ${place}, ${quote}, ${pick(ATTRIBUTIONS)}.`
  if (kind === 'share') {
    const subject = pick(SUBJECTS)
    const total = (20 + Math.floor(rand() * 800)) * 100
    const part = Math.round((total * (0.35 + rand() * 0.6)) / 100) * 100
    const percent = Math.round((part / total) * 100)
    const hedge = pick(HEDGES_COUNT)
    const [totalId, partId, shareId] = [`${base}-${subject.topic}-total`, `${base}-${subject.topic}-part`, `${base}-${subject.topic}-share`]
    const totalQuote = `${hedge ? `${hedge} ` : ''}${withCommas(total)} ${subject.total}`
    const partQuote = `${withCommas(part)} ${subject.part}`
    const shareQuote = `the ${subject.share} was ${percent}%`
    specs.push(
      {
        id: totalId,
        title: `${subject.unitTotal.replace(/^\w/, (letter) => letter.toUpperCase())} in the ${place}`,
        quote: totalQuote,
        sentence: sentence(totalQuote),
        saidBy,
        figure: { kind: 'quantity', written: withCommas(total), value: total, hedge, unit: subject.unitTotal, place: `${place}` },
        topics: [subject.topic],
        checks: [],
        rationale: 'The count is attributed and no other figure in the article bears on it.',
      },
      {
        id: partId,
        title: `${subject.unitPart.replace(/^\w/, (letter) => letter.toUpperCase())} in the ${place}`,
        quote: partQuote,
        sentence: `Of those, ${partQuote}.`,
        saidBy,
        figure: { kind: 'quantity', written: withCommas(part), value: part, hedge: null, unit: subject.unitPart },
        topics: [subject.topic],
        checks: groupIndex % 8 === 0 ? [{ id: 'part-within-total', title: 'No more than the total', expression: `ref("${partId}") <= ref("${totalId}")` }] : [],
        rationale: 'The part is compared with the total the article gives.',
      },
      {
        id: shareId,
        title: `${subject.share.replace(/^\w/, (letter) => letter.toUpperCase())} in the ${place}`,
        quote: shareQuote,
        sentence: `So ${shareQuote}.`,
        saidBy,
        figure: { kind: 'quantity', written: `${percent}%`, value: percent, hedge: null, unit: `percent of ${subject.unitTotal}` },
        topics: [subject.topic, 'rates'],
        checks: [
          {
            id: 'share-of-total',
            title: `${withCommas(part)} of ${withCommas(total)}`,
            expression: `ref("${partId}") / ref("${totalId}") * 100`,
            note: 'Within the rounding of both counts.',
          },
        ],
        rationale: 'The share follows from the two counts in the same paragraph.',
      },
    )
  } else {
    const rate = pick(RATES)
    const year = 2023 + (sourceIndex % 3)
    const month = 1 + Math.floor(rand() * 11)
    const startDay = 1 + Math.floor(rand() * 20)
    const [start, end] = [isoDay(year, month, startDay), isoDay(year, month + 1, startDay)]
    const periodWritten = `between ${MONTHS[month - 1]} ${startDay} and ${MONTHS[month]} ${startDay}`
    const perDay = (12 + Math.floor(rand() * 400)) * 10
    const totalValue = roundTwoFigures(perDay * daysBetween(start, end))
    const [rateId, otherId, totalId] = [`${base}-${rate.topic}-daily`, `${base}-${rate.topic}-extra`, `${base}-${rate.topic}-period-total`]
    const rateQuote = `an average of ${withCommas(perDay)} ${rate.what} a day ${periodWritten}`
    const totalQuote = `about ${withCommas(totalValue)} ${rate.total} in all`
    const variant = groupIndex % 3
    const staff = 20 + Math.floor(rand() * 480)
    const otherQuote =
      variant === 0
        ? `more than ${withCommas(staff)} ${rate.staff}`
        : variant === 1
          ? `hundreds of ${rate.vague.split(' ')[0]} ${rate.vague.split(' ').slice(1).join(' ')}`
          : `the surge began in ${MONTHS[month - 1]} ${year}`
    const otherFigure =
      variant === 0
        ? { kind: 'quantity', written: withCommas(staff), value: staff, hedge: 'more than', unit: rate.staffUnit }
        : variant === 1
          ? { kind: 'vague', written: 'hundreds', hedge: null, unit: rate.vague.split(' ')[0] ?? 'people' }
          : { kind: 'date', written: `${MONTHS[month - 1]} ${year}`, value: `${year}-${pad(month, 2)}`, hedge: null, unit: 'start of the surge' }
    specs.push(
      {
        id: rateId,
        title: `Daily ${rate.what} in the ${place}`,
        quote: rateQuote,
        sentence: sentence(rateQuote),
        saidBy,
        figure: { kind: 'quantity', written: withCommas(perDay), value: perDay, hedge: 'an average of', unit: rate.unit, period: { written: periodWritten, start, end }, place },
        topics: [rate.topic],
        // Half the averages are set against the bundled official series, as real claims are.
        checks: withRecord
          ? [
              {
                id: 'record-month',
                title: 'The official monthly series for the same month',
                expression: `perDay("ohss-usbp-encounters/southwest-border", "${year - 1}-${pad(month, 2)}")`,
                compare: 'none',
              },
            ]
          : [],
        rationale: 'An attributed average; the article gives no count to recompute it from.',
      },
      {
        id: otherId,
        title: variant === 2 ? `When the rise in ${rate.what} began` : `${rate.staffUnit.replace(/^\w/, (letter) => letter.toUpperCase())} in the ${place}`,
        quote: otherQuote,
        sentence: `Meanwhile ${otherQuote}.`,
        saidBy,
        figure: otherFigure,
        topics: [rate.topic],
        checks:
          variant === 0
            ? [{ id: 'deployment-records', title: 'Deployment records', needs: { data: 'The agency’s published staffing tables', url: 'https://example.org/data/staffing' } }]
            : [],
        rationale: variant === 1 ? 'A vague quantity: there is no number to check.' : 'Only outside data could settle the figure.',
      },
      {
        id: totalId,
        title: `Total ${rate.total} over the period in the ${place}`,
        quote: totalQuote,
        sentence: `That makes ${totalQuote}.`,
        saidBy,
        figure: { kind: 'quantity', written: withCommas(totalValue), value: totalValue, hedge: 'about', unit: rate.total, period: { written: null, start, end } },
        topics: [rate.topic, 'totals'],
        checks: [
          {
            id: 'rate-times-days',
            title: 'The daily average times the days',
            expression: `ref("${rateId}") * days("${start}", "${end}")`,
          },
        ],
        rationale: 'The total follows from the daily average over the stated period.',
      },
    )
  }
  return specs.slice(0, size)
}

/**
 * Writes `count` claims (and their sources) under `dir`, which must not exist or be empty.
 * @example generateContent('/tmp/bench/content', 1000) // 10 sources of 100 claims
 */
export function generateContent(dir: string, count: number, perSource = 100, seed = 20_261_128, options: { datasets?: boolean } = {}): GeneratedContent {
  const withDatasets = options.datasets ?? true
  const rand = random(seed)
  // The bundled official datasets, which every build validates and half the daily averages read.
  if (withDatasets) cpSync(path.join(import.meta.dirname, '../../content/data'), path.join(dir, 'data'), { recursive: true })
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  mkdirSync(path.join(dir, 'claims'), { recursive: true })
  mkdirSync(path.join(dir, 'sources'), { recursive: true })
  let [written, bytes, checks, sourceCount] = [0, 0, 0, 0]
  const write = (file: string, text: string) => {
    writeFileSync(path.join(dir, file), text)
    bytes += Buffer.byteLength(text)
  }
  for (let sourceIndex = 0; written < count; sourceIndex += 1) {
    sourceCount += 1
    const inSource = Math.min(perSource, count - written)
    const sourceId = `bench-article-${pad(sourceIndex, 5)}`
    const year = 2023 + (sourceIndex % 3)
    const published = isoDay(year, 1 + (sourceIndex % 12), 1 + (sourceIndex % 28))
    const reviewed = isoDay(2026, 1 + (sourceIndex % 11), 1 + (sourceIndex % 27))
    const paragraphs: string[] = []
    let inThisSource = 0
    for (let groupIndex = 0; inThisSource < inSource; groupIndex += 1) {
      const base = `c${pad(written + inThisSource, 6)}`
      const specs = group(groupIndex % 2 === 0 ? 'share' : 'rate', base, sourceIndex, groupIndex, inSource - inThisSource, rand, pick, withDatasets && groupIndex % 4 === 1)
      paragraphs.push(specs.map((spec) => spec.sentence).join(' '))
      for (const spec of specs) {
        write(`claims/${spec.id}.mdx`, claimFile(spec, sourceId, reviewed, rand))
        checks += spec.checks.length
      }
      inThisSource += specs.length
    }
    const excluded = sourceIndex % 5 === 0 ? [{ text: 'COVID-19', reason: 'A disease’s name, not a figure.' }] : []
    if (excluded.length > 0) paragraphs.splice(1, 0, 'The COVID-19 rules had ended by then, and officials said the old exemptions no longer applied.')
    const headline = `Officials report new figures for the ${pick(REGIONS)} ${pick(AREAS)}`
    const author = pick(AUTHORS)
    const sourceFrontmatter = {
      id: sourceId,
      publisher: pick(PUBLISHERS),
      section: pick(SECTIONS),
      headline,
      url: `https://example.org/${published.replace(/-/g, '/')}/${sourceId}`,
      published,
      author,
      retrieved: reviewed,
      language: 'en',
      excluded,
    }
    const yaml = Object.entries(sourceFrontmatter)
      .map(([key, value]) => `${key}: ${yamlValue(value, '  ')}`)
      .join('\n')
    write(
      `sources/${sourceId}.mdx`,
      `---\n${yaml}\n---\nA synthetic article for the build benchmark: ${inThisSource} claims in ${paragraphs.length} paragraphs.\n\n${PROSE[sourceIndex % PROSE.length]}\n`,
    )
    write(`sources/${sourceId}.txt`, `${headline}\n\n${paragraphs.join('\n\n')}\n`)
    written += inThisSource
  }
  return { dir, claims: written, sources: sourceCount, checks, bytes }
}
