import { formatNumber } from '../figure'
import type { CheckResult } from './result'
import { boundReading, display, displayInterval, type CheckValue } from './values'

/** What the one-sentence conclusion reads of a check. */
export interface DescribableCheck extends Pick<CheckResult, 'computed' | 'stated' | 'offBy' | 'status' | 'kind'> {
  readonly relation: Pick<NonNullable<CheckResult['relation']>, 'symbol'> | null
}

/**
 * The conclusion of a check in one sentence, as the claim page and the CLI show it.
 * @example describeOutcome(shareCheck) // 'Computed 76.86 – 77.15 against the stated “77%” (76.5 – 77.5): the intervals overlap.'
 */
export function describeOutcome(check: DescribableCheck): string {
  const { computed, stated } = check
  if (!computed) return 'The article’s own numbers cannot settle this; the data named below would.'
  const computedText = `${display(computed)} (${displayInterval(computed.interval, computed.kind)})`
  // Dates are day numbers: their gap is a count of days, and a share of a day number means nothing.
  const gap = !check.offBy
    ? ''
    : computed.kind === 'date'
      ? `${formatNumber(check.offBy.absolute)} days apart`
      : `${formatNumber(check.offBy.absolute)} apart${Number.isFinite(check.offBy.relative) ? `, ${formatNumber(check.offBy.relative * 100, 1)}% of the nearest stated bound` : ''}`
  if (check.relation && stated) {
    const statement = `${computedText} ${check.relation.symbol} ${stated.written} (${displayInterval(stated.interval, stated.kind)})`
    if (check.status === 'consistent') return `${statement}: holds for every value the rounding allows.`
    if (check.status === 'inconsistent') return `${statement}: fails for every value the rounding allows (${gap}).`
    return `${statement}: holds for some values the rounding allows and not for others.`
  }
  if (stated) {
    const statement = `Computed ${computedText} against the stated “${stated.written}” (${displayInterval(stated.interval, stated.kind)})`
    if (check.status === 'inconsistent') return `${statement}: the intervals do not meet; they are ${gap}.`
    if (check.status === 'bound-only') return `${statement}: consistent, but the arithmetic gives only a bound${faceValueNote(computed)}.`
    return `${statement}: the intervals overlap.`
  }
  if (check.status === 'bound-only') {
    const reading = boundReading(computed)
    if (reading)
      return `Worked out: ${reading.bound}, ${reading.faceValue} at face value (the full range: ${displayInterval(computed.interval, computed.kind)}). An open-ended figure makes this a bound, not a value.`
    return `Worked out: ${displayInterval(computed.interval, computed.kind)}. An open-ended figure makes this a bound, not a value.`
  }
  if (check.kind === 'record') return `From the record: ${computedText}. It does not test the stated figure directly; the note says what it does and does not show.`
  return `Worked out: ${computedText}. The article does not state this figure; it is shown for context.`
}

/** " (at most 69.05; 68.83 at face value)" for a bound with a face-value reading; empty otherwise. */
function faceValueNote(value: CheckValue): string {
  const reading = boundReading(value)
  return reading ? ` (${reading.bound}; ${reading.faceValue} at face value)` : ''
}
