import type { z } from 'zod'
import {
  arithmeticAxis,
  checkedSummary,
  expressionConstants,
  identityGroups,
  ratingOf,
  recordAxis,
  referencedClaims,
  runCheck,
  sourcingAxis,
  ExpressionError,
  type Axes,
  type CheckResult,
  type IdentityCandidate,
  type Rating,
  type RefResolver,
  type SeriesResolver,
  type StatedValue,
} from '../check'
import { datasetRecord, loadDataset, type Dataset, type DatasetRecord, type RawDataset } from '../data/dataset'
import { intervalOf, type Interval } from '../figure'
import { bodyIssues } from './body'
import { uncoveredNumbers, type CoveringSpan } from './coverage'
import { claimSchema, sourceSchema, type ClaimData, type Figure, type SourceData } from './schema'
import { claimPath, sourcePath } from '../paths'
import { InvalidContentError, type ContentIssue } from './issues'

/** A content file as read from disk or from Contentlayer: its path under `content/`, frontmatter and body. */
export interface RawContentFile {
  readonly path: string
  readonly data: unknown
  readonly body: string
  /** The line of the file the body starts on (after the frontmatter); 1 when not known. */
  readonly bodyLine?: number
}

export interface RawSourceFile extends RawContentFile {
  /** The article's full text, from the `.txt` beside the source; undefined when missing. */
  readonly text: string | undefined
}

export { formatIssue, InvalidContentError, type ContentIssue } from './issues'

export interface SourceRecord extends SourceData {
  readonly file: string
  readonly body: string
  readonly text: string
  /** The source's page on this site; `url` stays the original article's address. */
  readonly page: string
}

export interface QuoteInContext {
  readonly before: string
  readonly quote: string
  readonly after: string
}

/** A place the claim's figure was stated: its own source first, then others by date. */
export interface Appearance {
  readonly source: Pick<SourceRecord, 'id' | 'publisher' | 'headline' | 'url' | 'published' | 'page'>
  readonly quote: string
}

/** What an appearance shows of its source, and nothing more: the whole record would put the article's text in every claim's staged file. */
function appearanceOf(source: SourceRecord, quote: string): Appearance {
  const { id, publisher, headline, url, published, page } = source
  return { source: { id, publisher, headline, url, published, page }, quote }
}

export interface ClaimRecord extends Omit<ClaimData, 'checks' | 'appearances'> {
  readonly file: string
  readonly body: string
  readonly url: string
  /** The stated figure's interval; null for a vague quantity. */
  readonly interval: Interval | null
  /** Offset of the quote in its source text: article order. */
  readonly position: number
  readonly context: QuoteInContext
  readonly checks: readonly CheckResult[]
  /** The verdict as three separate axes (src/core/check/axes.ts). */
  readonly axes: Axes
  /** The accuracy rating: only when the record axis has a result. */
  readonly rating: Rating | null
  /** What was and was not checked, in one line. */
  readonly checked: string
  /** This claim's checks that state an identity with other claims' checks: each counts once. */
  readonly identities: readonly IdentityLink[]
  /** Every source that states the figure, the earliest first. */
  readonly appearances: readonly Appearance[]
}

/** A check of this claim and the checks on other claims that state the same identity. */
export interface IdentityLink {
  readonly check: string
  readonly with: readonly { readonly claim: string; readonly title: string; readonly check: string }[]
}

export interface Ledger {
  /** Official datasets, validated against their published files. */
  readonly datasets: readonly DatasetRecord[]
  readonly sources: readonly SourceRecord[]
  /** Published claims in article order: by source publication date, then position in the text. */
  readonly claims: readonly ClaimRecord[]
  /** Drafts, validated and checked like claims, but not published. */
  readonly drafts: readonly ClaimRecord[]
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => (typeof key === 'number' ? `${field}[${key}]` : field ? `${field}.${String(key)}` : String(key)), '') || '(frontmatter)'
}

function zodIssues(file: string, error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: fieldOf(issue.path),
    message: issue.message.replace(/^Invalid input: expected (.+), received undefined$/, 'missing: expected $1'),
  }))
}

function baseName(path: string): string {
  return path.replace(/^.*\//, '').replace(/\.[^.]+$/, '')
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length
}

function contextOf(text: string, quote: string, position: number): QuoteInContext {
  const paragraphStart = text.lastIndexOf('\n', position) + 1
  const paragraphEnd = text.indexOf('\n', position + quote.length)
  return {
    before: text.slice(paragraphStart, position),
    quote,
    after: text.slice(position + quote.length, paragraphEnd === -1 ? undefined : paragraphEnd),
  }
}

function statedOf(figure: Figure, range: Interval | null): StatedValue | null {
  if (!range || figure.kind === 'vague') return null
  return { written: figure.written, interval: range, kind: figure.kind === 'date' ? 'date' : 'number' }
}

/**
 * Validates every source and claim and evaluates every check. Returns the ledger, or `null` with
 * every issue found (it does not stop at the first), each naming the file and the field.
 */
export function buildLedger(input: { sources: readonly RawSourceFile[]; claims: readonly RawContentFile[]; datasets?: readonly RawDataset[] }): {
  ledger: Ledger | null
  issues: ContentIssue[]
} {
  const issues: ContentIssue[] = []
  const report = (file: string, field: string, message: string) => issues.push({ file, field, message })
  // Bodies are prose, never code: checked first, whatever the frontmatter (src/core/content/body.ts).
  for (const file of [...input.sources, ...input.claims]) issues.push(...bodyIssues(file))

  const datasets: Dataset[] = []
  for (const raw of input.datasets ?? []) {
    const loaded = loadDataset(raw)
    issues.push(...loaded.issues)
    if (loaded.dataset) datasets.push(loaded.dataset)
  }
  const allSeries = new Map(datasets.flatMap((dataset) => [...dataset.series]))
  const seriesResolver: SeriesResolver = { series: (ref) => allSeries.get(ref), known: () => [...allSeries.keys()] }

  const sources = new Map<string, SourceRecord>()
  for (const file of input.sources) {
    const parsed = sourceSchema.safeParse(file.data)
    if (!parsed.success) {
      issues.push(...zodIssues(file.path, parsed.error))
      continue
    }
    const source = parsed.data
    if (source.id !== baseName(file.path)) report(file.path, 'id', `expected "${baseName(file.path)}", the file's name; got "${source.id}"`)
    if (sources.has(source.id)) report(file.path, 'id', `duplicate source id "${source.id}", also in ${sources.get(source.id)?.file}`)
    if (file.text === undefined) {
      report(file.path, 'text', `expected the article's text beside it in sources/${source.id}.txt`)
      continue
    }
    for (const [index, exclusion] of source.excluded.entries()) {
      if (!file.text.includes(exclusion.text)) {
        report(file.path, `excluded[${index}].text`, `expected text that occurs verbatim in sources/${source.id}.txt; "${exclusion.text}" does not`)
      }
    }
    sources.set(source.id, { ...source, file: file.path, body: file.body, text: file.text, page: sourcePath(source.id) })
  }

  interface Pending {
    readonly claim: ClaimData
    readonly file: RawContentFile
    readonly range: Interval | null
    readonly position: number
    readonly source: SourceRecord
  }
  const pending = new Map<string, Pending>()
  for (const file of input.claims) {
    const parsed = claimSchema.safeParse(file.data)
    if (!parsed.success) {
      issues.push(...zodIssues(file.path, parsed.error))
      continue
    }
    const claim = parsed.data
    if (claim.id !== baseName(file.path)) report(file.path, 'id', `expected "${baseName(file.path)}", the file's name (ids are permalinks and never change); got "${claim.id}"`)
    const duplicate = pending.get(claim.id)
    if (duplicate) {
      report(file.path, 'id', `duplicate claim id "${claim.id}", also in ${duplicate.file.path}`)
      continue
    }
    const source = sources.get(claim.source)
    if (!source) {
      const known = [...sources.keys()].join(', ') || 'none'
      report(file.path, 'source', `expected the id of a source in content/sources (known: ${known}); got "${claim.source}"`)
      continue
    }
    const position = source.text.indexOf(claim.quote)
    if (position === -1) {
      report(file.path, 'quote', `expected a verbatim passage of sources/${source.id}.txt; this quote does not occur in it`)
      continue
    }
    if (!claim.quote.includes(claim.figure.written)) {
      report(file.path, 'figure.written', `expected words that occur in the quote; "${claim.figure.written}" does not`)
    }
    const periodWritten = claim.figure.period?.written
    if (periodWritten && !claim.quote.includes(periodWritten)) {
      report(file.path, 'figure.period.written', `expected words that occur in the quote; "${periodWritten}" does not`)
    }
    for (const [index, appearance] of (claim.appearances ?? []).entries()) {
      const other = sources.get(appearance.source)
      if (!other) {
        report(file.path, `appearances[${index}].source`, `expected the id of a source in content/sources; got "${appearance.source}"`)
      } else if (!other.text.includes(appearance.quote)) {
        report(file.path, `appearances[${index}].quote`, `expected a verbatim passage of sources/${other.id}.txt; this quote does not occur in it`)
      } else if (!appearance.quote.includes(claim.figure.written)) {
        report(file.path, `appearances[${index}].quote`, `expected the figure "${claim.figure.written}" as written in the quote`)
      }
    }
    const checkIds = new Set<string>()
    for (const [index, check] of claim.checks.entries()) {
      if (checkIds.has(check.id)) report(file.path, `checks[${index}].id`, `duplicate check id "${check.id}" in this claim`)
      checkIds.add(check.id)
    }
    const changeDates = claim.changes.map((change) => change.date)
    if (changeDates.some((date, index) => index > 0 && date < (changeDates[index - 1] ?? date))) {
      report(file.path, 'changes', 'expected change-log entries oldest first')
    }
    pending.set(claim.id, { claim, file, range: intervalOf(claim.figure), position, source })
  }

  const claimedPaths = new Map<string, string>([...pending.values()].map(({ claim, file }) => [claim.id, file.path]))
  for (const { claim, file } of pending.values()) {
    for (const [index, alias] of (claim.aliases ?? []).entries()) {
      const holder = claimedPaths.get(alias)
      if (holder) report(file.path, `aliases[${index}]`, `expected an id no other claim or alias uses; "${alias}" is already /claims/${alias} (${holder})`)
      else claimedPaths.set(alias, file.path)
    }
  }

  for (const { claim, file } of pending.values()) {
    for (const [index, id] of (claim.chart?.figures ?? []).entries()) {
      const target = pending.get(id)
      if (!target) report(file.path, `chart.figures[${index}]`, `expected the id of a claim; "${id}" is none`)
      else if (target.claim.figure.kind !== 'quantity') report(file.path, `chart.figures[${index}]`, `expected a claim with a quantity to draw; "${id}" is ${target.claim.figure.kind}`)
    }
  }

  const resolveRef: RefResolver = (claimId) => {
    const target = pending.get(claimId)
    if (!target?.range || target.claim.figure.kind === 'vague') return undefined
    return {
      nominal: target.claim.figure.kind === 'quantity' ? target.claim.figure.value : target.range.low,
      interval: target.range,
      kind: target.claim.figure.kind === 'date' ? 'date' : 'number',
      written: target.claim.figure.written,
    }
  }

  const checked: { pending: Pending; results: CheckResult[] }[] = []
  for (const entry of pending.values()) {
    const { claim, file, range } = entry
    const results: CheckResult[] = []
    for (const [index, check] of claim.checks.entries()) {
      const field = `checks[${index}].expression`
      try {
        if (check.expression !== undefined) {
          for (const id of referencedClaims(check.expression)) {
            const target = pending.get(id)
            if (!target) throw new ExpressionError(`ref("${id}") refers to no claim; expected the id of a file in content/claims`)
            if (target.claim.figure.kind === 'vague') throw new ExpressionError(`ref("${id}") refers to a vague figure, which has no number to compute with`)
            if (target.claim.draft && !claim.draft) throw new ExpressionError(`ref("${id}") refers to a draft; a published claim can only rest on published ones`)
          }
        }
        results.push(runCheck(check, statedOf(claim.figure, range), resolveRef, seriesResolver))
      } catch (error) {
        if (!(error instanceof ExpressionError)) throw error
        report(file.path, error.field ? `checks[${index}].${error.field}` : field, error.message)
      }
    }
    checked.push({ pending: entry, results })
  }

  const groups = identityGroups(
    checked.flatMap(({ pending: { claim }, results }) =>
      results.flatMap((result): IdentityCandidate[] =>
        result.kind === 'arithmetic' && result.expression !== null
          ? [
              {
                claimId: claim.id,
                checkId: result.id,
                refs: [...new Set(result.steps.flatMap((step) => (step.claimId ? [step.claimId] : [])))],
                constants: expressionConstants(result.expression),
                comparesStated: result.relation === null && result.stated !== null,
              },
            ]
          : [],
      ),
    ),
  )

  const claims: ClaimRecord[] = []
  for (const { pending: { claim, file, range, position, source }, results } of checked) {
    const identities = results.flatMap((result): IdentityLink[] => {
      const group = groups.find((each) => each.members.some((member) => member.claimId === claim.id && member.checkId === result.id))
      if (!group) return []
      const others = group.members.filter((member) => member.claimId !== claim.id)
      return [{ check: result.id, with: others.map((member) => ({ claim: member.claimId, title: pending.get(member.claimId)?.claim.title ?? member.claimId, check: member.checkId })) }]
    })
    const record = recordAxis(results, claim.missingContext)
    claims.push({
      ...claim,
      file: file.path,
      body: file.body,
      url: claimPath(claim.id),
      interval: range,
      position,
      context: contextOf(source.text, claim.quote, position),
      checks: results,
      axes: { arithmetic: arithmeticAxis(results), record, sourcing: sourcingAxis(claim.saidBy.kind) },
      rating: ratingOf(record),
      checked: checkedSummary({
        checks: results,
        vague: claim.figure.kind === 'vague',
        identityChecks: identities.length,
        identityWith: new Set(identities.flatMap((link) => link.with.map((other) => other.claim))).size,
      }),
      identities,
      appearances: [
        appearanceOf(source, claim.quote),
        ...(claim.appearances ?? []).flatMap((appearance) => {
          const other = sources.get(appearance.source)
          return other ? [appearanceOf(other, appearance.quote)] : []
        }),
      ].sort((a, b) => a.source.published.localeCompare(b.source.published)),
    })
  }

  // Coverage only means something once every claim has been read; otherwise a bad claim's numbers
  // would be reported again as uncovered.
  for (const source of issues.length === 0 ? sources.values() : []) {
    const spans: CoveringSpan[] = [
      ...claims
        .filter((claim) => claim.source === source.id)
        .map((claim) => ({
          text: claim.quote,
          figures: [claim.figure.written, ...(claim.figure.period?.written ? [claim.figure.period.written] : [])],
        })),
      ...claims.flatMap((claim) =>
        (claim.appearances ?? [])
          .filter((appearance) => appearance.source.id === source.id && appearance.source.id !== claim.source)
          .map((appearance) => ({ text: appearance.quote, figures: [claim.figure.written] })),
      ),
      ...source.excluded.map((exclusion) => ({ text: exclusion.text, figures: null })),
    ]
    for (const number of uncoveredNumbers(source.text, spans)) {
      const around = source.text.slice(Math.max(0, number.index - 30), number.index + number.text.length + 30).replace(/\s+/g, ' ')
      report(
        source.file,
        'excluded',
        `the number "${number.text}" on line ${lineOf(source.text, number.index)} of sources/${source.id}.txt ("…${around}…") is neither a claim's figure nor excluded; add a claim whose figure.written holds it, or an entry { text, reason } here`,
      )
    }
  }

  if (issues.length > 0) return { ledger: null, issues }
  const sourceList = [...sources.values()].sort((a, b) => a.published.localeCompare(b.published) || a.id.localeCompare(b.id))
  const sourceOrder = new Map(sourceList.map((source, index) => [source.id, index]))
  claims.sort((a, b) => (sourceOrder.get(a.source) ?? 0) - (sourceOrder.get(b.source) ?? 0) || a.position - b.position || a.id.localeCompare(b.id))
  return {
    ledger: { datasets: datasets.map(datasetRecord), sources: sourceList, claims: claims.filter((claim) => !claim.draft), drafts: claims.filter((claim) => claim.draft) },
    issues,
  }
}

/** Like {@link buildLedger}, but throws {@link InvalidContentError} listing every issue. */
export function buildLedgerOrThrow(input: Parameters<typeof buildLedger>[0]): Ledger {
  const { ledger, issues } = buildLedger(input)
  if (!ledger) throw new InvalidContentError(issues)
  return ledger
}
