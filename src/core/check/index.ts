import type { Interval } from '../figure'
import { display, ExpressionError, evaluateExpression, RELATION_SYMBOLS, type CheckValue, type Relation, type RefResolver, type Step } from './expression'
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
}

/**
 * Runs one check: evaluates its expression with interval arithmetic and compares the result with
 * the claim's stated figure, the comparison's right side, or nothing. Throws {@link ExpressionError}.
 * @example runCheck({ id: 'share', title: '…', expression: 'ref("a") / ref("b") * 100' }, stated77, resolve)
 */
export function runCheck(check: CheckInput, stated: StatedValue | null, resolveRef: RefResolver): CheckResult {
  const base = {
    id: check.id,
    title: check.title,
    expression: check.expression ?? null,
    note: check.note ?? null,
    needs: check.needs ?? null,
  }
  if (check.expression === undefined) {
    return { ...base, steps: [], computed: null, stated: null, relation: null, status: 'needs-outside-data', offBy: null }
  }
  const evaluation = evaluateExpression(check.expression, resolveRef)
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
