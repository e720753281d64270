import { interval, type Interval } from './interval'

/**
 * How a hedge word turns the rounding interval of the written digits into the figure's interval.
 * Each rule is one small function; the methodology page documents them.
 */
export type HedgeRule = 'rounded' | 'lower-bound' | 'upper-bound' | 'just-below'

/**
 * The inputs every rule needs, both from the written decimals and rounded outward: the written
 * value (one double, or the two around it when none holds it) and the interval its rounding implies.
 */
export interface RoundedValue {
  readonly value: Interval
  readonly rounding: Interval
}

/** No hedge, or "about", "roughly", "some": the rounding of the written digits, nothing wider. */
function rounded({ rounding }: RoundedValue): Interval {
  return rounding
}

/** "more than", "over", "at least": the written value is a floor; the top is open. */
function lowerBound({ value }: RoundedValue): Interval {
  return interval(value.low, Infinity)
}

/** "less than", "under", "up to": the written value is a ceiling; the bottom is open. */
function upperBound({ value }: RoundedValue): Interval {
  return interval(-Infinity, value.high)
}

/** "nearly", "almost": just short of the written value, within its rounding. */
function justBelow({ value, rounding }: RoundedValue): Interval {
  return interval(rounding.low, value.high)
}

export const HEDGE_RULES: Record<HedgeRule, (input: RoundedValue) => Interval> = {
  rounded,
  'lower-bound': lowerBound,
  'upper-bound': upperBound,
  'just-below': justBelow,
}

/** Every hedge the content may use, as written (case-insensitive), and its rule. */
export const HEDGE_WORDS: Readonly<Record<string, HedgeRule>> = {
  about: 'rounded',
  roughly: 'rounded',
  some: 'rounded',
  around: 'rounded',
  approximately: 'rounded',
  'an estimated': 'rounded',
  'an average of': 'rounded',
  'average of': 'rounded',
  'more than': 'lower-bound',
  over: 'lower-bound',
  'at least': 'lower-bound',
  'upwards of': 'lower-bound',
  'less than': 'upper-bound',
  'fewer than': 'upper-bound',
  under: 'upper-bound',
  'up to': 'upper-bound',
  'at most': 'upper-bound',
  nearly: 'just-below',
  almost: 'just-below',
}

/** @example hedgeRuleOf('More than') // 'lower-bound'; hedgeRuleOf(null) // 'rounded' */
export function hedgeRuleOf(hedge: string | null | undefined): HedgeRule | undefined {
  if (hedge === null || hedge === undefined) return 'rounded'
  return HEDGE_WORDS[hedge.trim().toLowerCase().replace(/\s+/g, ' ')]
}
