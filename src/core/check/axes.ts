// A claim's verdict as three separate axes, each computed by one documented rule, and the accuracy
// rating that exists only when the record axis has a result. No mathjs here: pages import it.
import type { OriginatorKind } from '../content/originators'
import type { CheckKind } from './kind'
import type { CheckStatus } from './status'

interface AxisEntry {
  readonly label: string
  readonly meaning: string
}

export const ARITHMETIC_VALUES = {
  'adds-up': { label: 'Adds up', meaning: 'At least one check between the article’s own figures holds for every value their rounding allows, and none fails.' },
  'does-not-add-up': { label: 'Does not add up', meaning: 'At least one check fails for every value the rounding allows: the article’s figures contradict each other.' },
  'bound-only': {
    label: 'Bound only',
    meaning: 'The article’s figures fix only a floor or a ceiling (an open-ended “more than …”), or a comparison holds for some values the rounding allows and not others.',
  },
  'nothing-to-compute': { label: 'Nothing to compute', meaning: 'No other figure in the article relates to this one, or the figure is vague.' },
} as const satisfies Record<string, AxisEntry>

export const RECORD_VALUES = {
  matches: { label: 'Matches the record', meaning: 'Every record check that gives a result holds within rounding.' },
  misleading: {
    label: 'Misleading',
    meaning: 'Matches the record but misses context that changes its meaning (stated on the claim), or holds on one reading and fails on another.',
  },
  contradicted: { label: 'Contradicted by the record', meaning: 'Every record check that gives a result fails for every value the rounding allows.' },
  unsettled: { label: 'Checked, not settled', meaning: 'Checked against the record, which gives only a bound or an inconclusive comparison: no rating.' },
  'not-checked': { label: 'Not yet checked', meaning: 'No official data or document has been consulted yet.' },
} as const satisfies Record<string, AxisEntry>

export const SOURCING_VALUES = {
  'named-record': { label: 'Named official data or document', meaning: 'Attributed to official data or an official document.' },
  'named-person': { label: 'Named person', meaning: 'Attributed to a person the article names.' },
  'anonymous-or-leaked': { label: 'Anonymous or leaked', meaning: 'Attributed to an unnamed source or to data leaked to the paper, which readers cannot consult.' },
  unattributed: {
    label: 'Unattributed',
    meaning:
      'The paper’s own reporting with no source given, or a figure credited only to another outlet: the outlet says where the article got it, not who produced it, so the reader can trace it no further.',
  },
} as const satisfies Record<string, AxisEntry>

export type ArithmeticId = keyof typeof ARITHMETIC_VALUES
export type RecordId = keyof typeof RECORD_VALUES
export type SourcingId = keyof typeof SOURCING_VALUES

export interface AxisValue<Id extends string = string> {
  readonly id: Id
  readonly label: string
}

export interface Axes {
  readonly arithmetic: AxisValue<ArithmeticId>
  readonly record: AxisValue<RecordId>
  readonly sourcing: AxisValue<SourcingId>
}

export type AxisName = keyof Axes

/** The three axes in the order they are shown, each with its question and its rule, for pages and the methodology. */
export const AXES = {
  arithmetic: {
    name: 'Arithmetic',
    question: 'Do the article’s own figures agree?',
    rule: 'From the arithmetic checks only: any that fails → does not add up; else any that holds → adds up; else any bound or inconclusive result → bound only; none → nothing to compute. Comparisons with constants are context and do not count. Checks on several claims that state one identity (the same claims related through the same constants) count once in the tallies.',
    values: ARITHMETIC_VALUES,
  },
  record: {
    name: 'Record',
    question: 'What do official data or documents say?',
    rule: 'From the record checks that have a result (not those still needing outside data): none → not yet checked; all hold → matches, or misleading where the claim states missing context; some hold and some fail (true on one reading, false on another) → misleading; all that settle fail → contradicted; only bounds or inconclusive results → the record does not settle it; holds plus unsettled results → matches, with what stayed unsettled said in the one-line summary.',
    values: RECORD_VALUES,
  },
  sourcing: {
    name: 'Sourcing',
    question: 'How is the figure sourced?',
    rule: 'From who the article says the figure comes from: official data or an official document → named official data or document; a named official → named person; leaked data or an anonymous source → anonymous or leaked; the paper’s own reporting or another outlet → unattributed.',
    values: SOURCING_VALUES,
  },
} as const

export const AXIS_NAMES = ['arithmetic', 'record', 'sourcing'] as const satisfies readonly AxisName[]

const axisValue = <Id extends string>(values: Record<Id, AxisEntry>, id: Id): AxisValue<Id> => ({ id, label: values[id].label })

/** A check as the axes read it. */
export type AxisCheck = { readonly kind: CheckKind; readonly status: CheckStatus }

/**
 * The arithmetic axis: see {@link AXES}.
 * @example arithmeticAxis([{ kind: 'arithmetic', status: 'consistent' }]).id // 'adds-up'
 */
export function arithmeticAxis(checks: readonly AxisCheck[]): AxisValue<ArithmeticId> {
  const statuses = checks.filter((check) => check.kind === 'arithmetic').map((check) => check.status)
  const id: ArithmeticId = statuses.includes('inconsistent')
    ? 'does-not-add-up'
    : statuses.includes('consistent')
      ? 'adds-up'
      : statuses.length > 0
        ? 'bound-only'
        : 'nothing-to-compute'
  return axisValue(ARITHMETIC_VALUES, id)
}

/** Record checks that gave a result: consulted, not still needing outside data. */
function recordResults(checks: readonly AxisCheck[]): CheckStatus[] {
  return checks.filter((check) => check.kind === 'record' && check.status !== 'needs-outside-data').map((check) => check.status)
}

/**
 * The record axis: see {@link AXES}. `missingContext` is the claim's own statement of why a
 * matching figure misleads.
 * @example recordAxis([{ kind: 'record', status: 'needs-outside-data' }]).id // 'not-checked'
 */
export function recordAxis(checks: readonly AxisCheck[], missingContext?: string | null): AxisValue<RecordId> {
  const results = recordResults(checks)
  const holds = results.includes('consistent')
  const fails = results.includes('inconsistent')
  const id: RecordId =
    results.length === 0 ? 'not-checked' : holds && fails ? 'misleading' : fails ? 'contradicted' : holds ? (missingContext ? 'misleading' : 'matches') : 'unsettled'
  return axisValue(RECORD_VALUES, id)
}

const SOURCING_OF: Record<OriginatorKind, SourcingId> = {
  'official-data': 'named-record',
  'official-document': 'named-record',
  'named-official': 'named-person',
  'leaked-data': 'anonymous-or-leaked',
  'anonymous-source': 'anonymous-or-leaked',
  'other-outlet': 'unattributed',
  reporting: 'unattributed',
}

/**
 * The sourcing axis: see {@link AXES}.
 * @example sourcingAxis('leaked-data').label // 'Anonymous or leaked'
 */
export function sourcingAxis(originatorKind: OriginatorKind): AxisValue<SourcingId> {
  return axisValue(SOURCING_VALUES, SOURCING_OF[originatorKind])
}

/** The reader-facing accuracy rating, on a three-point scale, as ClaimReview publishes it. */
export interface Rating {
  readonly value: number
  readonly best: number
  readonly worst: number
  /** The record axis's label, ClaimReview's `alternateName`. */
  readonly label: string
}

export const RATING_SCALE = { best: 3, worst: 1 } as const
/** The record values that make a rating, best first, with their rating values. */
export const RATING_VALUES: Partial<Record<RecordId, number>> = { matches: 3, misleading: 2, contradicted: 1 }

/**
 * The accuracy rating: only when the record axis has a result (matches, misleading, contradicted);
 * the article's own arithmetic and its sourcing never make one.
 * @example ratingOf({ id: 'not-checked', label: 'Not yet checked' }) // null
 */
export function ratingOf(record: AxisValue<RecordId>): Rating | null {
  const value = RATING_VALUES[record.id]
  return value === undefined ? null : { value, ...RATING_SCALE, label: record.label }
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * What was and was not checked, in one line, for every verdict block.
 * `identityChecks` of the claim's checks restate an identity with `identityWith` other claims.
 * @example checkedSummary({ checks: [{ kind: 'arithmetic', status: 'consistent' }], vague: false, identityChecks: 1, identityWith: 2 })
 * // 'Checked: the article’s own arithmetic (1 check, one identity with 2 other claims, counted once). Not checked: the record (no data named).'
 */
export function checkedSummary(input: { readonly checks: readonly AxisCheck[]; readonly vague: boolean; readonly identityChecks: number; readonly identityWith: number }): string {
  const of = (kind: CheckKind) => input.checks.filter((check) => check.kind === kind)
  const arithmetic = of('arithmetic')
  const context = of('context')
  const results = recordResults(input.checks)
  const pending = of('record').length - results.length
  const unsettled = results.filter((status) => status !== 'consistent' && status !== 'inconsistent').length

  const checked: string[] = []
  if (arithmetic.length > 0) {
    const identityOf = `one identity with ${count(input.identityWith, 'other claim')}, counted once`
    const identity = input.identityChecks === 0 ? '' : input.identityChecks === arithmetic.length ? `, ${identityOf}` : `, ${input.identityChecks} of them ${identityOf}`
    checked.push(`the article’s own arithmetic (${count(arithmetic.length, 'check')}${identity})`)
  }
  if (results.length > 0) checked.push(`the record (${count(results.length, 'check')}${unsettled > 0 ? `, ${unsettled} not settled by it` : ''})`)
  const contextNote = context.length > 0 ? `; ${count(context.length, 'context check')} shown, not counted` : ''

  const notChecked: string[] = []
  if (arithmetic.length === 0)
    notChecked.push(input.vague ? 'the arithmetic (a vague figure has no number to compute with)' : 'the arithmetic (no other figure in the article relates to it)')
  if (pending > 0) notChecked.push(`${results.length > 0 ? 'more of the record' : 'the record'} (${count(pending, 'named source')} not yet consulted)`)
  else if (results.length === 0) notChecked.push('the record (no data named)')

  return `Checked: ${checked.length > 0 ? checked.join(' and ') : 'nothing'}${contextNote}.${notChecked.length > 0 ? ` Not checked: ${notChecked.join('; ')}.` : ''}`
}

/**
 * The axes in one line of text, for feeds, descriptions and plain-text listings; the rating only where there is one.
 * @example axesLine(claim.axes, null) // 'Arithmetic: Adds up · Record: Not yet checked · Sourcing: Unattributed'
 */
export function axesLine(axes: Axes, rating: Rating | null): string {
  const line = AXIS_NAMES.map((name) => `${AXES[name].name}: ${axes[name].label}`).join(' · ')
  return rating ? `${line} · Rating: ${rating.label} (${rating.value} of ${rating.best})` : line
}
