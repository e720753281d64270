import { dateInterval } from './dates'
import { HEDGE_RULES, hedgeRuleOf } from './hedges'
import { addDecimals, halfOfDecimal, negateDecimal } from './exact'
import { enclose, interval, type Interval } from './interval'
import { decimalAbove, decimalBelow, decimalNearest } from './rounding'
import { parseWrittenDecimal } from './written'

export * from './interval'
export * from './written'
export * from './tokens'
export * from './hedges'
export * from './dates'
export * from './format'
export * from './exact'
export * from './rounding'

/** What a figure's interval depends on. */
export interface FigureInput {
  readonly kind: 'quantity' | 'date' | 'vague'
  readonly written: string
  readonly value?: number | string | null
  readonly hedge?: string | null
  readonly exact?: boolean
}

// The schema's tolerance for a value that is its written number up to binary noise.
const SAME_NUMBER = 1e-9

/**
 * The interval a figure as written implies, or `null` for a vague quantity ("thousands").
 * Its ends come from the written decimals, rounded outward: "2.3" and "2.4" meet at 2.35 exactly
 * as the decimals do. Throws when the written text, value or hedge cannot be read, or the value is
 * not the written number; content validation reports each first.
 * @example intervalOf({ kind: 'quantity', written: '499,000', value: 499000 }) // 498,500–499,500
 * @example intervalOf({ kind: 'quantity', written: '3,900', value: 3900, hedge: 'more than' }) // 3,900–∞
 */
export function intervalOf(figure: FigureInput): Interval | null {
  if (figure.kind === 'vague') return null
  if (figure.kind === 'date') {
    if (typeof figure.value !== 'string') throw new TypeError(`A date figure needs an ISO date value, got ${String(figure.value)}`)
    return dateInterval(figure.value)
  }
  const parsed = parseWrittenDecimal(figure.written)
  if (!parsed) throw new TypeError(`"${figure.written}" is not a number as written`)
  if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) {
    throw new TypeError(`A quantity needs a finite number value, got ${String(figure.value)}`)
  }
  const written = decimalNearest(parsed.value)
  if (Math.abs(written - figure.value) > SAME_NUMBER * Math.max(1, Math.abs(figure.value))) {
    throw new RangeError(`A quantity's value ${figure.value} is not "${figure.written}" as written (${written})`)
  }
  const rule = hedgeRuleOf(figure.hedge)
  if (!rule) throw new RangeError(`Unknown hedge "${figure.hedge}"`)
  const value = enclose(parsed.value)
  if (figure.exact) return HEDGE_RULES[rule]({ value, rounding: value })
  const half = halfOfDecimal(parsed.step)
  const rounding = interval(decimalBelow(addDecimals(parsed.value, negateDecimal(half))), decimalAbove(addDecimals(parsed.value, half)))
  return HEDGE_RULES[rule]({ value, rounding })
}
