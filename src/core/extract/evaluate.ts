import { occurrencesOf } from '../content/coverage'
import type { ExtractedFigure } from './extract'

/** A figure a reader expects the extractor to find, as written in an evaluation text's sibling .json. */
export interface ExpectedFigure {
  readonly text: string
  readonly value: number | string | null
  readonly kind?: string
  readonly hedge?: string | null
  readonly unit?: string
}

export interface ExtractionScore {
  readonly expected: number
  readonly found: number
  readonly matched: number
  /** matched / expected; 1 when nothing was expected. */
  readonly recall: number
  /** matched / found; 1 when nothing was found. */
  readonly precision: number
  /** Of the matched figures, the share whose hedge agrees (case-insensitive); null when none matched. */
  readonly hedgeAgreement: number | null
  readonly missed: readonly ExpectedFigure[]
  readonly extra: readonly Pick<ExtractedFigure, 'text' | 'value' | 'kind'>[]
  /** Names (e.g. "COVID-19") that the extractor reported as, or inside, a figure. */
  readonly namesAsFigures: readonly string[]
}

function sameValue(a: number | string | null, b: number | string | null): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b))
  return a === b
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

/**
 * Scores extracted figures against expected ones: a match is the same text as written and the same value, each
 * expected figure matched at most once (so a figure stated twice must be found twice).
 * @example scoreExtraction([{ text: '77%', value: 77 }], figures, { text, names: ['COVID-19'] }).recall // 1
 */
export function scoreExtraction(
  expected: readonly ExpectedFigure[],
  figures: readonly ExtractedFigure[],
  options: { text?: string; names?: readonly string[] } = {},
): ExtractionScore {
  const unmatched = [...figures]
  const missed: ExpectedFigure[] = []
  let hedgesAgreeing = 0
  for (const want of expected) {
    const at = unmatched.findIndex((figure) => figure.text === want.text && sameValue(figure.value, want.value))
    if (at === -1) {
      missed.push(want)
      continue
    }
    const [figure] = unmatched.splice(at, 1)
    if ((figure?.hedge ?? null)?.toLowerCase() === (want.hedge ?? null)?.toLowerCase()) hedgesAgreeing++
  }
  const matched = expected.length - missed.length
  const namesAsFigures = (options.names ?? []).filter((name) =>
    occurrencesOf(options.text ?? '', name).some((start) => figures.some((figure) => figure.index < start + name.length && start < figure.index + figure.text.length)),
  )
  return {
    expected: expected.length,
    found: figures.length,
    matched,
    recall: ratio(matched, expected.length),
    precision: ratio(matched, figures.length),
    hedgeAgreement: matched === 0 ? null : hedgesAgreeing / matched,
    missed,
    extra: unmatched.map(({ text, value, kind }) => ({ text, value, kind })),
    namesAsFigures,
  }
}

/** A claim's figure, as far as recall against published claims needs it. */
export interface ClaimedFigure {
  readonly id: string
  readonly figure: { readonly kind: 'quantity' | 'date' | 'vague'; readonly written: string; readonly value?: number | string | null }
}

export interface ClaimRecall {
  readonly total: number
  readonly found: number
  readonly recall: number
  readonly missed: readonly string[]
  /** Vague claims whose words hold no number word ("hasn’t had a dramatic impact"): nothing to extract. */
  readonly notNumeric: readonly string[]
}

const NUMBER_WORD = /\b(?:hundreds?|thousands?|millions?|billions?|dozens?|\d)/i

/**
 * Recall of extracted figures against the claims of an article: a quantity or date claim is found when a figure has
 * its written text and value; a vague claim when a vague figure's words lie inside its written words
 * ("thousands" in "thousands coming in by the day").
 * @example claimRecall([{ id: 'a', figure: { kind: 'quantity', written: '77%', value: 77 } }], figures).recall // 1 when "77%" is found
 */
export function claimRecall(
  claims: readonly ClaimedFigure[],
  figures: readonly ExtractedFigure[],
  kinds: readonly ClaimedFigure['figure']['kind'][] = ['quantity', 'date', 'vague'],
): ClaimRecall {
  const missed: string[] = []
  const notNumeric: string[] = []
  let total = 0
  for (const claim of claims) {
    const { kind, written, value } = claim.figure
    if (!kinds.includes(kind)) continue
    if (kind === 'vague' && !NUMBER_WORD.test(written)) {
      notNumeric.push(claim.id)
      continue
    }
    total++
    const found =
      kind === 'vague'
        ? figures.some((figure) => figure.kind === 'vague' && written.toLowerCase().includes(figure.text.toLowerCase()))
        : figures.some((figure) => figure.text === written && sameValue(figure.value, value ?? null))
    if (!found) missed.push(claim.id)
  }
  return { total, found: total - missed.length, recall: ratio(total - missed.length, total), missed, notNumeric }
}
