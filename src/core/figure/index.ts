import { dateInterval } from './dates'
import { HEDGE_RULES, hedgeRuleOf } from './hedges'
import { interval, type Interval } from './interval'
import { parseWritten } from './written'

export * from './interval'
export * from './written'
export * from './hedges'
export * from './dates'
export * from './format'

/** What a figure's interval depends on. */
export interface FigureInput {
  readonly kind: 'quantity' | 'date' | 'vague'
  readonly written: string
  readonly value?: number | string | null
  readonly hedge?: string | null
  readonly exact?: boolean
}

/**
 * The interval a figure as written implies, or `null` for a vague quantity ("thousands").
 * Throws when the written text, value or hedge cannot be read; content validation reports it first.
 * @example intervalOf({ kind: 'quantity', written: '499,000', value: 499000 }) // 498,500–499,500
 * @example intervalOf({ kind: 'quantity', written: '3,900', value: 3900, hedge: 'more than' }) // 3,900–∞
 */
export function intervalOf(figure: FigureInput): Interval | null {
  if (figure.kind === 'vague') return null
  if (figure.kind === 'date') {
    if (typeof figure.value !== 'string') throw new TypeError(`A date figure needs an ISO date value, got ${String(figure.value)}`)
    return dateInterval(figure.value)
  }
  const parsed = parseWritten(figure.written)
  if (!parsed) throw new TypeError(`"${figure.written}" is not a number as written`)
  if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) {
    throw new TypeError(`A quantity needs a finite number value, got ${String(figure.value)}`)
  }
  const rule = hedgeRuleOf(figure.hedge)
  if (!rule) throw new RangeError(`Unknown hedge "${figure.hedge}"`)
  const half = figure.exact ? 0 : parsed.step / 2
  const rounding = interval(figure.value - half, figure.value + half)
  return HEDGE_RULES[rule]({ value: figure.value, rounding })
}
