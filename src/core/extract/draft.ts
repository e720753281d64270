import { occurrencesOf } from '../content/coverage'
import { claimSchema, type ClaimData, type Figure, type SaidBy } from '../content/schema'
import { parseWritten } from '../figure'
import type { Extraction, ExtractedFigure } from './extract'
import { appearanceYaml, draftFile } from './draft-file'
import { findSameFigure, type KnownClaim, type SameFigure } from './same-figure'
import { slugOf } from './slug'

/** The source a draft quotes: its id, who published it and when, and its text (quotes must be verbatim in it). */
export interface DraftSource {
  readonly id: string
  readonly publisher: string
  readonly published: string
  readonly text: string
  readonly excluded: readonly { readonly text: string }[]
}

export interface DraftOptions {
  readonly source: DraftSource
  /** The day of drafting, YYYY-MM-DD: `reviewed` and the first change. Passed in so drafts are reproducible. */
  readonly today: string
  /** Claims already in the content: those of this source are not drafted again; others may state the same figure. */
  readonly claims: readonly KnownClaim[]
  /** Topics for every draft; default: the matched claim's, else "unsorted". */
  readonly topics?: readonly string[]
}

export interface ClaimDraft {
  readonly id: string
  readonly figure: ExtractedFigure
  readonly data: ClaimData
  /** YAML comment lines (without "# ") written at the top of the frontmatter. */
  readonly comments: readonly string[]
  readonly sameAs: SameFigure | null
  /** The whole .mdx file. */
  readonly file: string
}

export interface DraftPlan {
  readonly drafts: readonly ClaimDraft[]
  /** Figures not drafted, and why: already a claim, excluded in the source, or the period of a drafted figure. */
  readonly passed: readonly { readonly figure: ExtractedFigure; readonly reason: string }[]
}

const PARTIAL_ISO = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/
const VERDICT_WORDS = /\b(true|false|misleading|accurate|inaccurate|correct|wrong|adds up|consistent|inconsistent)\b/gi
export const DRAFT_RATIONALE = 'Draft: not yet reviewed.'

// ---------------------------------------------------------------------------------------------
// Which figures to draft

/** Spans of the source text that an existing claim (or an appearance of one) already quotes as its figure. */
function claimedRegions(sourceId: string, text: string, claims: readonly KnownClaim[]): { from: number; to: number; claimId: string }[] {
  const regions: { from: number; to: number; claimId: string }[] = []
  const add = (quote: string, figures: readonly string[], claimId: string) => {
    for (const start of occurrencesOf(text, quote)) {
      for (const written of figures) {
        for (const offset of occurrencesOf(quote, written)) regions.push({ from: start + offset, to: start + offset + written.length, claimId })
      }
    }
  }
  for (const claim of claims) {
    const figures = [claim.figure.written, ...(claim.figure.period?.written ? [claim.figure.period.written] : [])]
    // A still-draft claim of this source is refreshed rather than kept: it does not hold its figure.
    if (claim.source === sourceId && !claim.draft) add(claim.quote, figures, claim.id)
    for (const appearance of claim.appearances ?? []) if (appearance.source === sourceId) add(appearance.quote, [claim.figure.written], claim.id)
  }
  return regions
}

function within(figure: ExtractedFigure, from: number, to: number): boolean {
  return from <= figure.index && figure.index + figure.text.length <= to
}

// ---------------------------------------------------------------------------------------------
// The claim's fields

function periodOf(figure: ExtractedFigure): { period?: Figure['period']; note?: string } {
  const period = figure.period
  if (!period) return {}
  const { written, ...dates } = period
  if (Object.keys(dates).length === 0) return { note: `Period as written: “${written}”; add its start, end or asOf.` }
  return { period: { written, ...dates } }
}

/**
 * The figure as the schema wants it; a figure parseWritten cannot read becomes vague, with a note saying why.
 * @example figureOfExtracted(figure).figure // { kind: 'quantity', written: '3,200', value: 3200, hedge: 'about', unit: 'crossings per day' }
 */
export function figureOfExtracted(figure: ExtractedFigure): { figure: Figure; notes: string[] } {
  const notes: string[] = []
  const { period, note } = periodOf(figure)
  if (note) notes.push(note)
  // Keys in the order claim files use: kind, written, value, hedge, unit, period.
  const rest = (hedge: string | null, periodOverride?: Figure['period']) => ({
    hedge,
    unit: figure.unit,
    ...((periodOverride ?? period) ? { period: periodOverride ?? period } : {}),
  })
  if (figure.kind === 'quantity') {
    const parsed = parseWritten(figure.text)
    if (parsed && typeof figure.value === 'number' && Math.abs(parsed.value - figure.value) <= 1e-9 * Math.max(1, Math.abs(figure.value))) {
      return { figure: { kind: 'quantity', written: figure.text, value: parsed.value, ...rest(figure.hedge) }, notes }
    }
    notes.push(`Read as ${String(figure.value)}, but the schema's parseWritten cannot read “${figure.text}”; kept vague until a reviewer rewrites it.`)
    return { figure: { kind: 'vague', written: figure.text, ...rest(figure.hedge) }, notes }
  }
  if (figure.kind === 'date' && typeof figure.value === 'string' && PARTIAL_ISO.test(figure.value)) {
    return { figure: { kind: 'date', written: figure.text, value: figure.value, ...rest(null) }, notes }
  }
  if (figure.kind === 'date') {
    const [start, end] = typeof figure.value === 'string' ? figure.value.split('/') : []
    if (start && end) {
      notes.push(`A ${figure.unit} (${start} to ${end}), not a calendar date; kept vague with that period.`)
      return { figure: { kind: 'vague', written: figure.text, ...rest(null, { written: figure.text, start, end }) }, notes }
    }
    notes.push(`A ${figure.unit} whose dates the text does not give; kept vague.`)
    return { figure: { kind: 'vague', written: figure.text, ...rest(null) }, notes }
  }
  if (figure.kind === 'ordinal') notes.push(`A rank (${String(figure.value)}); kept vague.`)
  return { figure: { kind: 'vague', written: figure.text, ...rest(null) }, notes }
}

function saidByOf(figure: ExtractedFigure, publisher: string): SaidBy {
  if (!figure.saidBy) return { kind: 'reporting', name: publisher }
  const { kind, name, role } = figure.saidBy
  return { kind, name, ...(role ? { role } : {}) }
}

function titleOf(figure: ExtractedFigure, kind: Figure['kind']): string {
  const unit = figure.unit.replace(VERDICT_WORDS, '').replace(/\s+/g, ' ').trim()
  const written = figure.text.replace(VERDICT_WORDS, '').trim()
  // "77% of migrants", not "77% percent of migrants"
  const counted = /%|percent|per cent/i.test(written) ? unit.replace(/^percent\b\s*/, '') : unit
  const raw = kind === 'date' || figure.kind === 'date' ? `${written} (${unit})` : `${figure.hedge ? `${figure.hedge.toLowerCase()} ` : ''}${written} ${counted}`
  const title = raw.replace(/\s+/g, ' ').trim()
  const capitalised = title[0]?.toUpperCase() + title.slice(1)
  if (capitalised.length <= 75) return capitalised
  return `${capitalised.slice(0, 73).replace(/\s+\S*$/, '')}…`
}

function valueSlug(figure: Figure): string {
  if (figure.kind === 'quantity') return slugOf(String(figure.value)) || '0'
  if (figure.kind === 'date') return figure.value
  return slugOf(figure.written, 4)
}

function baseIdOf(figure: Figure, sourceId: string): string {
  const unit = slugOf(figure.unit, 4) || 'figure'
  return [unit, valueSlug(figure), sourceId].filter(Boolean).join('-')
}

/**
 * Drafts one claim per extracted figure of a source, `draft: true`, valid per the claim schema: the sentence as the
 * quote, the figure as written, the attribution as saidBy (the paper's own reporting when none), no checks yet.
 * Figures an existing claim of the source already quotes, figures inside the source's exclusions and fiscal years that
 * are a drafted figure's period are passed over. A figure another source's claim states is flagged with the
 * appearance to add there. Ids are the unit, the value and the source id, made unique in text order.
 * @example draftClaims(extractFigures(text), { source, today: '2026-11-28', claims: [] }).drafts[0].id // 'crossings-per-day-3200-nypost-…'
 */
export function draftClaims(extraction: Extraction, options: DraftOptions): DraftPlan {
  const { source, today, claims } = options
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`Expected today as YYYY-MM-DD, got "${today}"`)
  const claimed = claimedRegions(source.id, source.text, claims)
  const excluded = source.excluded.flatMap((exclusion) => occurrencesOf(source.text, exclusion.text).map((start) => ({ from: start, to: start + exclusion.text.length })))
  const periodsWritten = extraction.figures.flatMap((figure) =>
    figure.period?.written && figure.kind !== 'date' ? [{ sentence: figure.sentence, written: figure.period.written, dated: Object.keys(figure.period).length > 1 }] : [],
  )

  const passed: { figure: ExtractedFigure; reason: string }[] = []
  const drafts: ClaimDraft[] = []
  const used = new Map<string, number>()
  for (const figure of extraction.figures) {
    const holder = claimed.find((region) => within(figure, region.from, region.to))
    if (holder) {
      passed.push({ figure, reason: `already in claim ${holder.claimId}` })
      continue
    }
    if (excluded.some((region) => within(figure, region.from, region.to))) {
      passed.push({ figure, reason: 'inside an excluded passage of the source' })
      continue
    }
    if (source.text.slice(figure.index, figure.index + figure.text.length) !== figure.text) {
      throw new RangeError(`The extraction does not match the text of source ${source.id}: "${figure.text}" is not at offset ${figure.index}`)
    }
    const isFiscal = figure.kind === 'date' && typeof figure.value === 'string' && figure.value.includes('/')
    if (isFiscal && periodsWritten.some((period) => period.dated && period.sentence === figure.sentence && period.written.includes(figure.text))) {
      passed.push({ figure, reason: 'the period of another figure in its sentence' })
      continue
    }

    const { figure: claimFigure, notes } = figureOfExtracted(figure)
    const sameAs = findSameFigure(claimFigure, figure.sentence, source.id, claims)
    const base = baseIdOf(claimFigure, source.id)
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    const id = count === 1 ? base : `${base}-${count}`
    const topics = options.topics ?? claims.find((claim) => claim.id === sameAs?.claimId)?.topics ?? ['unsorted']
    const data: ClaimData = {
      id,
      draft: true,
      title: titleOf(figure, claimFigure.kind),
      source: source.id,
      quote: figure.sentence,
      saidBy: saidByOf(figure, source.publisher),
      figure: claimFigure,
      topics: [...topics],
      checks: [],
      rationale: DRAFT_RATIONALE,
      version: 1,
      reviewed: today,
      changes: [{ date: today, summary: 'Drafted by claims extract; not yet reviewed.' }],
    }
    const valid = claimSchema.safeParse(data)
    if (!valid.success) {
      throw new Error(`Draft ${id} is not a valid claim (a bug in the extractor): ${valid.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`)
    }
    const comments = [
      `Draft by claims extract on ${today}: review every field, then set draft: false, or delete this file.`,
      ...notes,
      ...(sameAs
        ? [
            sameAs.appearance
              ? `Same figure as claim ${sameAs.claimId} (“${sameAs.written}”, ${sameAs.unit}; ${sameAs.shared} words in common). Rather than publish this draft, add to claims/${sameAs.claimId}.mdx:\n${appearanceYaml(sameAs.appearance).replace(/^/gm, '  ')}`
              : `Same figure as claim ${sameAs.claimId} (“${sameAs.written}”, ${sameAs.unit}), written differently here; an appearance must quote “${sameAs.written}” verbatim, so review which claim should keep it.`,
          ]
        : []),
    ]
    drafts.push({ id, figure, data, comments, sameAs, file: draftFile(data, comments) })
  }
  return { drafts, passed }
}
