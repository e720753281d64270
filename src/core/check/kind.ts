// What a check is evidence of: the article's arithmetic, the record, or neither (context). No mathjs
// here, so pages can label checks without bundling the expression parser.

export const CHECK_KINDS = ['arithmetic', 'record', 'context'] as const
export type CheckKind = (typeof CHECK_KINDS)[number]

/** What each kind means, for the page and the methodology. */
export const CHECK_KIND_LABELS: Record<CheckKind, { label: string; meaning: string }> = {
  arithmetic: {
    label: 'Arithmetic',
    meaning: 'Relates the article’s own figures to each other: counted on the arithmetic axis.',
  },
  record: {
    label: 'Record',
    meaning:
      'Compares the figure with official data (a dataset) or a publication cited by hand: counted on the record axis. A record check that names its data but has not consulted it yet (“needs outside data”) leaves the record axis “not yet checked”.',
  },
  context: {
    label: 'Context',
    meaning: 'Shown, not counted: a comparison with a bare constant (“3,200 ≥ 2,000”, a fiscal year’s last day), or a figure worked out with nothing to compare it to.',
  },
}

export interface CheckKindInput {
  /** Completed by hand against a publication (a citation). */
  readonly handCompleted: boolean
  /** Some evaluation step read a dataset. */
  readonly readsDataset: boolean
  /** Declares the outside data that would settle it, not yet consulted (`needs`). */
  readonly needsOutsideData: boolean
  /**
   * For each side of the comparison, whether it involves any of the article's figures (a claim's
   * figure, or the checking claim's own stated figure); null when nothing is compared (`compare: none`).
   */
  readonly compared: readonly [boolean, boolean] | null
}

/**
 * The kind of a check. Record first: a check that read the record is record evidence whatever else
 * it compares. A check that only names the data it needs is a record check not yet done (its status,
 * needs-outside-data, keeps it off the record axis). Otherwise a comparison between figures is
 * arithmetic, and a comparison with a bare constant, or no comparison at all, is context.
 * @example checkKindOf({ handCompleted: false, readsDataset: false, needsOutsideData: false, compared: [true, false] }) // 'context'
 */
export function checkKindOf(input: CheckKindInput): CheckKind {
  if (input.handCompleted || input.readsDataset || input.needsOutsideData) return 'record'
  if (!input.compared) return 'context'
  return input.compared[0] && input.compared[1] ? 'arithmetic' : 'context'
}
