import { intervalOf, parseWritten } from '../figure'
import {
  display,
  ExpressionError,
  evaluateExpression,
  RELATION_SYMBOLS,
  type CheckValue,
  type CitedValue,
  type InferredEnd,
  type InferredInput,
  type RecordSources,
  type RefResolver,
  type SeriesResolver,
  type Step,
} from './expression'
import { checkKindOf } from './kind'
import type { CheckInput, CheckResult, Citation, StatedValue } from './result'
import { compareRelation, compareWithStated, statusOfDerived } from './status'

export * from './expression'
export * from './status'
export * from './kind'
export * from './axes'
export * from './identity'
export * from './describe'
export type { CheckInput, CheckResult, Citation, StatedValue } from './result'

/** The cited value as a figure: its interval follows the same rounding rules as a claim's. */
export function citedValue(citation: Citation): CitedValue {
  const parsed = parseWritten(citation.value)
  const range = parsed && intervalOf({ kind: 'quantity', written: citation.value, value: parsed.value, exact: citation.exact, hedge: null })
  if (!parsed || !range) throw new ExpressionError(`cited.value "${citation.value}" is not a number as written, e.g. "2,500"`)
  return { nominal: parsed.value, interval: range, kind: 'number', written: citation.value }
}

const involvesFigure = (steps: readonly Step[]) => steps.some((step) => step.claimId !== undefined || step.dataset !== undefined || step.cited === true)

/**
 * Runs one check: evaluates its expression with interval arithmetic and compares the result with
 * the claim's stated figure, the comparison's right side, or nothing. Throws {@link ExpressionError}.
 * @example runCheck({ id: 'share', title: '…', expression: 'ref("a") / ref("b") * 100' }, stated77, resolve)
 */
export function runCheck(check: CheckInput, stated: StatedValue | null, resolveRef: RefResolver, series?: SeriesResolver): CheckResult {
  const record: RecordSources = { series, cited: check.cited ? citedValue(check.cited) : undefined }
  const result = evaluateCheck(check, stated, resolveRef, record)
  return { ...result, inferred: check.inferred && check.expression !== undefined ? inferredInput(check, check.expression, stated, resolveRef, record) : null }
}

function evaluateCheck(check: CheckInput, stated: StatedValue | null, resolveRef: RefResolver, record: RecordSources): Omit<CheckResult, 'inferred'> {
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
  const kindOf = (steps: readonly Step[], compared: readonly [boolean, boolean] | null) =>
    checkKindOf({
      handCompleted: check.cited !== undefined,
      readsDataset: steps.some((step) => step.dataset !== undefined),
      needsOutsideData: expression === undefined,
      compared,
    })
  if (expression === undefined) {
    return { ...base, steps: [], computed: null, stated: null, relation: null, status: 'needs-outside-data', offBy: null, kind: kindOf([], null) }
  }
  const evaluation = evaluateExpression(expression, resolveRef, record)
  if (evaluation.relation) {
    const { op, right, rightFrom } = evaluation.relation
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
      kind: kindOf(evaluation.steps, [involvesFigure(evaluation.steps.slice(0, rightFrom)), involvesFigure(evaluation.steps.slice(rightFrom))]),
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
    // The stated figure is a figure; the computed side must involve one too.
    kind: kindOf(evaluation.steps, compareWith ? [involvesFigure(evaluation.steps), true] : null),
  }
}

/** The check redone with an inferred input at each end of its plausible range. */
function inferredInput(check: CheckInput, expression: string, stated: StatedValue | null, resolveRef: RefResolver, record: RecordSources): InferredInput {
  const inferred = check.inferred as NonNullable<CheckInput['inferred']>
  const occurrences = expression.split(inferred.input).length - 1
  if (occurrences !== 1) {
    throw new ExpressionError(`expected text that occurs exactly once in the expression; "${inferred.input}" occurs ${occurrences} times`, 'inferred.input')
  }
  const valueOf = (input: string, field: string) => {
    try {
      return evaluateExpression(input, resolveRef, record).value
    } catch (error) {
      if (error instanceof ExpressionError) throw new ExpressionError(error.message, field)
      throw error
    }
  }
  const end = (input: string, field: 'low' | 'high'): InferredEnd => {
    const value = valueOf(input, `inferred.${field}`)
    const redone = evaluateCheck({ ...check, expression: expression.replace(inferred.input, () => input) }, stated, resolveRef, record)
    return { input, value, computed: redone.computed as CheckValue, status: redone.status }
  }
  return { input: inferred.input, reason: inferred.reason, value: valueOf(inferred.input, 'inferred.input'), ends: [end(inferred.low, 'low'), end(inferred.high, 'high')] }
}
