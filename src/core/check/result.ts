// What a check is, as content declares it and as running it gives it: types only, so that the
// modules that describe a result (and the pages) need not import the checks' code.
import type { Interval } from '../figure'
import type { CheckValue, InferredInput, Relation, Step } from './expression'
import type { CheckKind } from './kind'
import type { CheckStatus, OffBy } from './status'

/** A check as content declares it. */
export interface CheckInput {
  readonly id: string
  readonly title: string
  readonly expression?: string
  readonly compare?: 'stated' | 'none'
  readonly needs?: { readonly data: string; readonly url?: string }
  readonly note?: string
  /** An input the article does not state: `input` occurs in the expression; `low` and `high` replace it at the ends of its plausible range. */
  readonly inferred?: { readonly input: string; readonly reason: string; readonly low: string; readonly high: string }
  /** A check completed by hand against a publication: what was found, and where. */
  readonly cited?: Citation
}

/** A publication a fact-checker consulted by hand, the passage cited and the value found in it. */
export interface Citation {
  readonly publisher: string
  readonly title: string
  readonly url: string
  /** When the publication appeared (YYYY-MM-DD). */
  readonly published: string
  /** When it was consulted (YYYY-MM-DD). */
  readonly retrieved: string
  /** The passage or table cited, verbatim. */
  readonly passage: string
  /** The figure as the publication writes it ("2,500"). */
  readonly value: string
  /** A legal threshold or an exact count: no rounding interval. */
  readonly exact?: boolean
}

/** The stated figure a check is compared with. */
export interface StatedValue {
  readonly written: string
  readonly interval: Interval
  readonly kind: CheckValue['kind']
}

export interface CheckResult {
  readonly id: string
  readonly title: string
  readonly expression: string | null
  readonly note: string | null
  readonly needs: { readonly data: string; readonly url?: string } | null
  readonly steps: readonly Step[]
  readonly computed: CheckValue | null
  /** The stated figure, or for a comparison its right-hand side. */
  readonly stated: StatedValue | null
  readonly relation: { readonly op: Relation; readonly symbol: string } | null
  readonly status: CheckStatus
  readonly offBy: OffBy | null
  /** What the check is evidence of: see ./kind. */
  readonly kind: CheckKind
  readonly inferred: InferredInput | null
  readonly citation: Citation | null
}
