import { intervalOf, parseWritten, type Interval } from '../figure'
import { display, ExpressionError, evaluateExpression, RELATION_SYMBOLS, type CheckValue, type CitedValue, type Relation, type RefResolver, type SeriesResolver, type Step } from './expression'
import { compareRelation, compareWithStated, statusOfDerived, type CheckStatus, type OffBy } from './status'

export * from './expression'
export * from './status'
export * from './verdict'
export * from './describe'

/** A check as content declares it. */
export interface CheckInput {
  readonly id: string
  readonly title: string
  readonly expression?: string
  readonly compare?: 'stated' | 'none'
  readonly needs?: { readonly data: string; readonly url?: string }
  readonly note?: string
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

/** The cited value as a figure: its interval follows the same rounding rules as a claim's. */
export function citedValue(citation: Citation): CitedValue {
  const parsed = parseWritten(citation.value)
  const range = parsed && intervalOf({ kind: 'quantity', written: citation.value, value: parsed.value, exact: citation.exact, hedge: null })
  if (!parsed || !range) throw new ExpressionError(`cited.value "${citation.value}" is not a number as written, e.g. "2,500"`)
  return { nominal: parsed.value, interval: range, kind: 'number', written: citation.value }
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
  readonly citation: Citation | null
}

/**
 * Runs one check: evaluates its expression with interval arithmetic and compares the result with
 * the claim's stated figure, the comparison's right side, or nothing. Throws {@link ExpressionError}.
 * @example runCheck({ id: 'share', title: '…', expression: 'ref("a") / ref("b") * 100' }, stated77, resolve)
 */
export function runCheck(check: CheckInput, stated: StatedValue | null, resolveRef: RefResolver, series?: SeriesResolver): CheckResult {
  const base = {
    id: check.id,
    title: check.title,
    expression: check.expression ?? null,
    note: check.note ?? null,
    needs: check.needs ?? null,
    citation: check.cited ?? null,
  }
  // A hand-completed check without an expression compares the cited value with the stated figure.
  const expression = check.expression ?? (check.cited ? 'cited()' : undefined)
  if (expression === undefined) {
    return { ...base, steps: [], computed: null, stated: null, relation: null, status: 'needs-outside-data', offBy: null }
  }
  const evaluation = evaluateExpression(expression, resolveRef, { series, cited: check.cited ? citedValue(check.cited) : undefined })
  if (evaluation.relation) {
    const { op, right } = evaluation.relation
    const comparison = compareRelation(op, evaluation.value.interval, right.interval)
    const rightWritten = evaluation.steps.find((step) => step.result === right)?.text
    return {
      ...base,
      steps: evaluation.steps,
      computed: evaluation.value,
      stated: { written: rightWritten ?? display(right), interval: right.interval, kind: right.kind },
      relation: { op, symbol: RELATION_SYMBOLS[op] },
      status: comparison.status,
      offBy: comparison.offBy ?? null,
    }
  }
  const compareWith = check.compare === 'none' ? null : stated
  if (check.compare !== 'none' && !stated) {
    throw new ExpressionError('there is no stated figure to compare with; add `compare: none` or a comparison')
  }
  const comparison = compareWith
    ? compareWithStated(evaluation.value.interval, compareWith.interval, evaluation.value.openEnded)
    : statusOfDerived(evaluation.value.interval, evaluation.value.openEnded)
  return {
    ...base,
    steps: evaluation.steps,
    computed: evaluation.value,
    stated: compareWith,
    relation: null,
    status: comparison.status,
    offBy: comparison.offBy ?? null,
  }
}
