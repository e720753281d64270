import type { ClaimData, Figure } from '../content/schema'

// Whether a figure drafted from one source is a claim another source already states: then the
// draft is not published, and the existing claim gains an appearance.

/** Another claim in the content, as far as drafting needs it. */
export type KnownClaim = Pick<ClaimData, 'id' | 'source' | 'quote' | 'figure' | 'topics' | 'appearances' | 'draft'>

/** An existing claim that states the same figure, and the appearance to add to it instead of publishing a draft. */
export interface SameFigure {
  readonly claimId: string
  readonly written: string
  readonly unit: string
  /** Content words the two sentences share, and that count over the shorter sentence's words. */
  readonly shared: number
  readonly overlap: number
  /** The `appearances` entry to add to that claim; null when the figure is written differently here. */
  readonly appearance: { readonly source: string; readonly quote: string } | null
}

const STOP = new Set(
  'the and that this with from have has had were was are for not but its their his her they them who which when where what than then there into onto over under about after before since more most some such also only just said says told would could will been being other each every very much many'.split(
    ' ',
  ),
)

/**
 * Content words of a sentence, lower-cased, plural "s" dropped, numbers left out.
 * @example contentWords('77% of migrants were permitted to remain') // Set { 'migrant', 'permitted', 'remain' }
 */
export function contentWords(sentence: string): Set<string> {
  const words =
    sentence
      .toLowerCase()
      .normalize('NFKD')
      .match(/[a-z][a-z’'-]*/g) ?? []
  return new Set(words.map((word) => word.replace(/[’']s?$/, '').replace(/(?<=\w{3})s$/, '')).filter((word) => word.length >= 3 && !STOP.has(word)))
}

type UnitFamily = 'percent' | 'money' | 'date' | 'rate' | 'count'
function familyOf(figure: Pick<Figure, 'kind' | 'written' | 'unit'>): UnitFamily {
  if (figure.kind === 'date') return 'date'
  if (/%|percent|per cent/i.test(figure.written) || /^percent/i.test(figure.unit)) return 'percent'
  if (/[$£€]/.test(figure.written) || /dollars|pounds|euros/i.test(figure.unit)) return 'money'
  if (/\bper\b|\ba (?:day|week|month|year)\b|\bdaily\b/i.test(figure.unit)) return 'rate'
  return 'count'
}

function sameValue(a: Figure, b: Figure): boolean {
  if (a.kind === 'quantity' && b.kind === 'quantity') return Math.abs(a.value - b.value) <= 1e-9 * Math.max(1, Math.abs(a.value))
  if (a.kind === 'date' && b.kind === 'date') return a.value === b.value
  return false
}

/**
 * A published claim from another source that states the same figure: the same value, the same unit family
 * (percent, money, date, rate or count) and close wording (at least 3 content words shared, covering at least
 * half of the shorter sentence's). The best overlap wins.
 * @example findSameFigure(figure77, sentence, 'second-article', claims)?.claimId // 'asylum-allowed-share'
 */
export function findSameFigure(figure: Figure, sentence: string, sourceId: string, claims: readonly KnownClaim[]): SameFigure | null {
  if (figure.kind === 'vague') return null
  const words = contentWords(sentence)
  let best: SameFigure | null = null
  for (const claim of claims) {
    if (claim.draft || claim.source === sourceId || !sameValue(figure, claim.figure) || familyOf(figure) !== familyOf(claim.figure)) continue
    const theirs = contentWords(claim.quote)
    const shared = [...words].filter((word) => theirs.has(word)).length
    const overlap = shared / Math.max(1, Math.min(words.size, theirs.size))
    if (shared < 3 || overlap < 0.5 || (best && overlap <= best.overlap)) continue
    best = {
      claimId: claim.id,
      written: claim.figure.written,
      unit: claim.figure.unit,
      shared,
      overlap,
      // The ledger checks that an appearance's quote holds the claim's figure as written.
      appearance: sentence.includes(claim.figure.written) ? { source: sourceId, quote: sentence } : null,
    }
  }
  return best
}
