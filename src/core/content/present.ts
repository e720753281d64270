import { format } from 'date-fns'
import { displayInterval } from '../check/values'
import { formatDay, hedgeRuleOf, dayNumber, type HedgeRule } from '../figure'
import { ORIGINATOR_KINDS } from './originators'
import type { Figure, SaidBy } from './schema'
import type { FigureView } from './staged-files'

/** A calendar date for reading: "June 18, 2024". */
export function formatIsoDate(isoDate: string): string {
  return formatDay(dayNumber(isoDate))
}

/** A period for reading: "June 5 – June 17, 2024", "from May 22, 2024", "as of …". */
export function describePeriod(period: Pick<NonNullable<Figure['period']>, 'start' | 'end' | 'asOf'> | undefined): string | null {
  if (!period) return null
  if (period.asOf) return `as of ${formatIsoDate(period.asOf)}`
  if (period.start && period.end) {
    const [start, end] = [new Date(`${period.start}T12:00:00Z`), new Date(`${period.end}T12:00:00Z`)]
    const sameYear = start.getUTCFullYear() === end.getUTCFullYear()
    return `${format(start, sameYear ? 'MMMM d' : 'MMMM d, yyyy')} – ${format(end, 'MMMM d, yyyy')}`
  }
  if (period.start) return `from ${formatIsoDate(period.start)}`
  return `until ${formatIsoDate(period.end as string)}`
}

const RULE_TEXT: Record<HedgeRule, string> = {
  rounded: 'rounded as written',
  'lower-bound': 'a floor: the figure is at least this',
  'upper-bound': 'a ceiling: the figure is at most this',
  'just-below': 'just below the written value',
}

/** What a figure looks like on a page: the hedge, the number, and what its interval means. */
export function describeFigure(figure: FigureView, range: { low: number; high: number } | null) {
  const rule = hedgeRuleOf(figure.hedge)
  return {
    hedge: figure.hedge,
    written: figure.written,
    unit: figure.unit,
    period: describePeriod(figure.period),
    place: figure.place ?? null,
    intervalText: range ? displayInterval(range, figure.kind === 'date' ? 'date' : 'number') : null,
    ruleText:
      figure.kind === 'vague'
        ? 'a vague quantity: no number to check'
        : figure.kind === 'quantity' && figure.exact
          ? 'exact as written'
          : figure.kind === 'date'
            ? 'the whole span the date names'
            : rule
              ? RULE_TEXT[rule]
              : null,
  }
}

/** "Leaked agency data: Internal Department of Homeland Security data". */
export function describeOriginator(saidBy: SaidBy): { kind: string; name: string; role: string | null } {
  return { kind: ORIGINATOR_KINDS[saidBy.kind], name: saidBy.name, role: saidBy.role ?? null }
}
