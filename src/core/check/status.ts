import { gapBetween, isBounded, overlaps, type Interval } from '../figure'
import type { Relation } from './values'

export const CHECK_STATUSES = ['consistent', 'inconsistent', 'bound-only', 'inconclusive', 'derived', 'needs-outside-data'] as const
export type CheckStatus = (typeof CHECK_STATUSES)[number]

/** What each status means, for the page and the methodology. */
export const STATUS_LABELS: Record<CheckStatus, { label: string; meaning: string }> = {
  consistent: { label: 'Consistent', meaning: 'The computed interval and the stated figure’s interval overlap, or the comparison holds across both intervals.' },
  inconsistent: { label: 'Inconsistent', meaning: 'No value the rounding allows makes the arithmetic agree; the gap is shown.' },
  'bound-only': { label: 'Bound only', meaning: 'An open-ended figure ("more than …") lets the arithmetic fix only one side: a floor or a ceiling, not a value.' },
  inconclusive: { label: 'Inconclusive', meaning: 'The comparison holds for some values the rounding allows and fails for others.' },
  derived: { label: 'Derived', meaning: 'A figure the article does not state, worked out from the ones it does, for context.' },
  'needs-outside-data': { label: 'Needs outside data', meaning: 'The article’s own numbers cannot settle it; the named public data would.' },
}

export interface OffBy {
  /** Distance between the computed and the stated interval, in the stated unit. */
  readonly absolute: number
  /** That distance as a share of the nearest stated bound. */
  readonly relative: number
}

export interface Comparison {
  readonly status: CheckStatus
  readonly offBy?: OffBy
}

function offBy(computed: Interval, stated: Interval): OffBy {
  const absolute = gapBetween(computed, stated)
  const nearest = computed.high < stated.low ? stated.low : stated.high
  return { absolute, relative: nearest === 0 ? Infinity : absolute / Math.abs(nearest) }
}

/**
 * Compares a computed interval with a stated figure's interval.
 * @example compareWithStated(interval(76.86, 77.15), interval(76.5, 77.5)) // { status: 'consistent' }
 */
export function compareWithStated(computed: Interval, stated: Interval, fromOpenEnded = false): Comparison {
  if (!overlaps(computed, stated)) return { status: 'inconsistent', offBy: offBy(computed, stated) }
  if (fromOpenEnded || !isBounded(computed)) return { status: 'bound-only' }
  return { status: 'consistent' }
}

/**
 * A figure worked out with nothing stated to compare it to. Computed from an open-ended figure it is
 * a bound even when both ends are finite: 159,000 ÷ "more than 231,000" is "at most 69%", its 0 no finding.
 */
export function statusOfDerived(computed: Interval, fromOpenEnded = false): Comparison {
  return { status: fromOpenEnded || !isBounded(computed) ? 'bound-only' : 'derived' }
}

/**
 * Whether a relation holds for every pair of values the two intervals allow (consistent),
 * for none (inconsistent), or for some (inconclusive). `equal` means the intervals overlap.
 */
export function compareRelation(op: Relation, left: Interval, right: Interval): Comparison {
  const [always, never] = relationBounds(op, left, right)
  if (always) return { status: 'consistent' }
  if (never) return { status: 'inconsistent', offBy: offBy(left, right) }
  return { status: 'inconclusive' }
}

function relationBounds(op: Relation, a: Interval, b: Interval): [boolean, boolean] {
  switch (op) {
    case 'larger':
      return [a.low > b.high, a.high <= b.low]
    case 'largerEq':
      return [a.low >= b.high, a.high < b.low]
    case 'smaller':
      return [a.high < b.low, a.low >= b.high]
    case 'smallerEq':
      return [a.high <= b.low, a.low > b.high]
    case 'equal':
      return [overlaps(a, b), !overlaps(a, b)]
    case 'unequal':
      return [!overlaps(a, b), overlaps(a, b)]
  }
}
