import type { CheckStatus } from './status'

/**
 * The verdict scale: how far the article's own numbers and its sourcing support a figure.
 * The rating is a number for ClaimReview (worst 1, best 5); the label is what readers see.
 */
export const VERDICTS = {
  'adds-up': {
    rating: 5,
    label: 'Adds up',
    meaning: 'Every comparison the article allows holds within rounding, and the figure is attributed to official data, an official document or a named official.',
  },
  'adds-up-thinly-sourced': {
    rating: 4,
    label: 'Adds up, thinly sourced',
    meaning: 'The arithmetic holds within rounding, but the figure rests on leaked data, an anonymous source, another outlet or the paper’s unattributed reporting.',
  },
  unresolved: {
    rating: 3,
    label: 'Unresolved',
    meaning: 'The article’s own numbers cannot settle it: the checks give only a bound or an inconclusive comparison, or they need outside data, which is named.',
  },
  'not-checkable': {
    rating: 2,
    label: 'Not checkable',
    meaning: 'A vague quantity or a characterisation ("thousands", "no dramatic impact") with no checkable number and nothing in the article to check it against.',
  },
  'does-not-add-up': {
    rating: 1,
    label: 'Does not add up',
    meaning: 'At least one check fails for every value the rounding allows: the article’s numbers contradict each other.',
  },
} as const satisfies Record<string, { rating: number; label: string; meaning: string }>

export type VerdictId = keyof typeof VERDICTS
export const BEST_RATING = 5
export const WORST_RATING = 1

export interface Verdict {
  readonly id: VerdictId
  readonly rating: number
  readonly label: string
}

const STRONG_SOURCING = new Set(['official-data', 'official-document', 'named-official'])

/**
 * Maps a claim's check statuses and sourcing to the scale. Order matters: a contradiction outranks
 * everything; outside data outranks a passing check, since the check then covers only part of it.
 * @example verdictOf({ statuses: ['consistent'], originatorKind: 'leaked-data', vague: false }).id // 'adds-up-thinly-sourced'
 */
export function verdictOf(input: {
  readonly statuses: readonly CheckStatus[]
  readonly originatorKind: string
  readonly vague: boolean
}): Verdict {
  const { statuses, originatorKind, vague } = input
  const has = (status: CheckStatus) => statuses.includes(status)
  let id: VerdictId
  if (has('inconsistent')) id = 'does-not-add-up'
  else if (has('needs-outside-data')) id = 'unresolved'
  else if (has('consistent')) id = STRONG_SOURCING.has(originatorKind) ? 'adds-up' : 'adds-up-thinly-sourced'
  else if (vague) id = 'not-checkable'
  else id = 'unresolved'
  return { id, rating: VERDICTS[id].rating, label: VERDICTS[id].label }
}
