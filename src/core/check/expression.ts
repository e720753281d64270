// The number-only build: the parser is the same, and it loads in a third of the full build's time.
import { parse, type MathNode } from 'mathjs/number'
import { add, dayNumber, decimalOfNumber, divide, DivisionByZeroError, enclose, formatDay, isBounded, multiply, negate, point, subtract, usFiscalYearEnd } from '../figure'
import { categories, count, lastBelowPerDay, perDay, SeriesError, type Series, type SeriesAnswer } from '../data/series'
import { display, RELATION_SYMBOLS, type CheckValue, type Relation, type Step } from './values'

// The value types and their display live in ./values, which pages import without mathjs.
export * from './values'

export interface Evaluation {
  /** For a relation, its left side; otherwise the whole expression. */
  readonly value: CheckValue
  /** `rightFrom`: the index in `steps` of the right side's first step; the left side's come before it. */
  readonly relation?: { readonly op: Relation; readonly right: CheckValue; readonly rightFrom: number }
  readonly steps: readonly Step[]
}

/** Thrown for an expression that cannot be parsed or evaluated; `message` says why for a person. */
export class ExpressionError extends Error {
  /** The check's field at fault, when it is not `expression`: `inferred.input`. */
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message)
    this.name = 'ExpressionError'
  }
}

/** Resolves `ref("claim-id")` to that claim's figure, or `undefined` when there is no such claim. */
export type RefResolver = (claimId: string) => (CheckValue & { readonly written: string }) | undefined

/** Resolves "dataset-id/series-id" to a series, or `undefined`; lists what exists for the error. */
export interface SeriesResolver {
  readonly series: (ref: string) => Series | undefined
  readonly known: () => readonly string[]
}

/** The value a fact-checker found by hand in a publication, for `cited()`. */
export type CitedValue = CheckValue & { readonly written: string }

/** What an expression may read besides claims: official series, and a check's own citation. */
export interface RecordSources {
  readonly series?: SeriesResolver
  readonly cited?: CitedValue
}

/** Functions that read the record: a check using one is a check against the record. */
export const RECORD_FUNCTIONS = ['count', 'perDay', 'lastBelowPerDay', 'categories', 'cited'] as const
const FUNCTIONS = ['ref', 'days', 'date', 'fiscalYearEnd', ...RECORD_FUNCTIONS] as const
const ARITHMETIC: Record<string, string> = { add: '+', subtract: '−', multiply: '×', divide: '÷' }

/**
 * Parses a check expression with mathjs (never `eval`). The grammar: numbers, + − × ÷, parentheses,
 * one relation at the top (`>`, `>=`, `<`, `<=`, `==` meaning "the intervals overlap", `!=`), and
 * the functions `ref("claim-id")`, `days("YYYY-MM-DD", "YYYY-MM-DD")`, `date("YYYY-MM-DD")` and
 * `fiscalYearEnd(YYYY)`.
 * @example parseExpression('ref("asylum-granted") / ref("asylum-applications") * 100')
 */
export function parseExpression(expression: string): MathNode {
  if (typeof expression !== 'string' || expression.trim() === '') {
    throw new ExpressionError('the expression is empty')
  }
  let node: MathNode
  try {
    node = parse(expression)
  } catch (error) {
    throw new ExpressionError(`the expression does not parse: ${(error as Error).message}`)
  }
  validateNode(node, true)
  return node
}

function validateNode(node: MathNode, topLevel: boolean): void {
  switch (node.type) {
    case 'ConstantNode':
      return
    case 'ParenthesisNode':
      return validateNode((node as unknown as { content: MathNode }).content, false)
    case 'OperatorNode': {
      const { fn, args } = node as unknown as { fn: string; args: MathNode[] }
      const isRelation = fn in RELATION_SYMBOLS
      if (isRelation && !topLevel) throw new ExpressionError(`a comparison ("${fn}") may only stand at the top of an expression`)
      if (!isRelation && !(fn in ARITHMETIC) && fn !== 'unaryMinus' && fn !== 'unaryPlus') {
        throw new ExpressionError(`the operator "${fn}" is not allowed; use + − * / and one comparison`)
      }
      for (const arg of args) validateNode(arg, false)
      return
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: { name?: string }; args: MathNode[] }
      const name = fn.name ?? ''
      if (!(FUNCTIONS as readonly string[]).includes(name)) {
        throw new ExpressionError(`unknown function "${name}"; expected one of ${FUNCTIONS.join(', ')}`)
      }
      for (const arg of args) {
        if (arg.type !== 'ConstantNode') throw new ExpressionError(`${name}() takes literal arguments only`)
      }
      return
    }
    case 'SymbolNode':
      throw new ExpressionError(`unknown name "${(node as unknown as { name: string }).name}"; refer to a claim as ref("claim-id")`)
    default:
      throw new ExpressionError(`"${node.toString()}" is not allowed in a check`)
  }
}

/** The claim ids an expression refers to, in order of appearance. */
export function referencedClaims(expression: string): string[] {
  const ids: string[] = []
  parseExpression(expression).traverse((node) => {
    if (node.type === 'FunctionNode' && (node as unknown as { fn: { name: string } }).fn.name === 'ref') {
      const arg = (node as unknown as { args: { value: unknown }[] }).args[0]
      if (typeof arg?.value === 'string' && !ids.includes(arg.value)) ids.push(arg.value)
    }
  })
  return ids
}

/**
 * The literals of an expression other than claims: numbers, and calls such as `days("2024-06-05",
 * "2024-06-18")`, each as text, sorted. Two checks relating the same claims through the same
 * literals state one identity.
 * @example expressionConstants('ref("a") / days("2024-06-05", "2024-06-18") * 100') // ['100', 'days("2024-06-05", "2024-06-18")']
 */
export function expressionConstants(expression: string): string[] {
  const found: string[] = []
  parseExpression(expression).traverse((node, _path, parent) => {
    if (node.type === 'FunctionNode') {
      const { fn, args } = node as unknown as { fn: { name: string }; args: { value: unknown }[] }
      if (fn.name !== 'ref') found.push(`${fn.name}(${args.map((arg) => JSON.stringify(arg.value)).join(', ')})`)
    } else if (node.type === 'ConstantNode' && parent?.type !== 'FunctionNode') {
      found.push(String((node as unknown as { value: unknown }).value))
    }
  })
  return found.sort()
}

/** Evaluates an expression with interval arithmetic, recording each step. */
export function evaluateExpression(expression: string, resolveRef: RefResolver, record: RecordSources = {}): Evaluation {
  const root = unwrap(parseExpression(expression))
  const steps: Step[] = []
  const context: Context = { resolveRef, record, steps }
  if (root.type === 'OperatorNode') {
    const { fn, args } = root as unknown as { fn: string; args: MathNode[] }
    if (fn in RELATION_SYMBOLS) {
      const [leftNode, rightNode] = args
      if (!leftNode || !rightNode) throw new ExpressionError('a comparison needs two sides')
      const left = evaluateNode(leftNode, context)
      const rightFrom = steps.length
      const right = evaluateNode(rightNode, context)
      return { value: left, relation: { op: fn as Relation, right, rightFrom }, steps }
    }
  }
  return { value: evaluateNode(root, context), steps }
}

interface Context {
  readonly resolveRef: RefResolver
  readonly record: RecordSources
  readonly steps: Step[]
}

function unwrap(node: MathNode): MathNode {
  return node.type === 'ParenthesisNode' ? unwrap((node as unknown as { content: MathNode }).content) : node
}

function evaluateNode(node: MathNode, context: Context): CheckValue {
  const { steps } = context
  const inner = unwrap(node)
  if (inner.type === 'ConstantNode') {
    const value = (inner as unknown as { value: unknown }).value
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ExpressionError(`${JSON.stringify(value)} is not a finite number`)
    }
    // A literal means its decimal exactly: 0.05 is the two doubles around it, so a sum of literals
    // always contains (and so equals) its written total.
    return { nominal: value, interval: enclose(decimalOfNumber(value)), kind: 'number' }
  }
  if (inner.type === 'FunctionNode') return evaluateFunction(inner, context)

  const { fn, args } = inner as unknown as { fn: string; args: MathNode[] }
  const operands = args.map((arg) => evaluateNode(arg, context))
  if (fn === 'unaryPlus') return operands[0] as CheckValue
  if (fn === 'unaryMinus') {
    const [operand] = operands as [CheckValue]
    return { nominal: -operand.nominal, interval: negate(operand.interval), kind: 'number', openEnded: operand.openEnded }
  }
  const [left, right] = operands as [CheckValue, CheckValue]
  const result = { ...applyArithmetic(fn, left, right), openEnded: Boolean(left.openEnded || right.openEnded) }
  steps.push({ text: `${display(left)} ${ARITHMETIC[fn]} ${display(right)}`, result })
  return result
}

function applyArithmetic(fn: string, left: CheckValue, right: CheckValue): CheckValue {
  // Date − date is a number of days; date ± days stays a date.
  const kind: CheckValue['kind'] = (fn === 'add' || fn === 'subtract') && (left.kind === 'date') !== (right.kind === 'date') ? 'date' : 'number'
  switch (fn) {
    case 'add':
      return { nominal: left.nominal + right.nominal, interval: add(left.interval, right.interval), kind }
    case 'subtract':
      return { nominal: left.nominal - right.nominal, interval: subtract(left.interval, right.interval), kind }
    case 'multiply':
      return { nominal: left.nominal * right.nominal, interval: multiply(left.interval, right.interval), kind }
    case 'divide':
      try {
        if (right.nominal === 0) throw new DivisionByZeroError(right.interval)
        return { nominal: left.nominal / right.nominal, interval: divide(left.interval, right.interval), kind }
      } catch (error) {
        if (error instanceof DivisionByZeroError) {
          throw new ExpressionError(`${display(left)} ÷ ${display(right)}: ${error.message}`)
        }
        throw error
      }
    default:
      throw new ExpressionError(`the operator "${fn}" is not allowed`)
  }
}

function evaluateFunction(node: MathNode, { resolveRef, record, steps }: Context): CheckValue {
  const { fn, args } = node as unknown as { fn: { name: string }; args: { value: unknown }[] }
  const values = args.map((arg) => arg.value)
  const name = fn.name
  const expectArgs = (count: number, type: 'string' | 'number') => {
    if (values.length !== count || values.some((value) => typeof value !== type)) {
      throw new ExpressionError(`${name}() takes ${count} ${type} argument${count > 1 ? 's' : ''}`)
    }
  }
  const parseDay = (value: unknown) => {
    try {
      return dayNumber(String(value))
    } catch (error) {
      throw new ExpressionError(`${name}(): ${(error as Error).message}`)
    }
  }
  switch (name) {
    case 'ref': {
      expectArgs(1, 'string')
      const claimId = values[0] as string
      const figure = resolveRef(claimId)
      if (!figure) throw new ExpressionError(`ref("${claimId}") names no claim with a checkable figure`)
      const result: CheckValue = {
        nominal: figure.nominal,
        interval: figure.interval,
        kind: figure.kind,
        openEnded: !isBounded(figure.interval),
      }
      steps.push({ text: `“${figure.written}”`, result, claimId })
      return result
    }
    case 'days': {
      expectArgs(2, 'string')
      const [from, to] = [parseDay(values[0]), parseDay(values[1])]
      const result: CheckValue = { nominal: to - from, interval: point(to - from), kind: 'number' }
      steps.push({ text: `days from ${formatDay(from)} to ${formatDay(to)}`, result })
      return result
    }
    case 'date': {
      expectArgs(1, 'string')
      const day = parseDay(values[0])
      return { nominal: day, interval: point(day), kind: 'date' }
    }
    case 'fiscalYearEnd': {
      expectArgs(1, 'number')
      const day = usFiscalYearEnd(values[0] as number)
      const result: CheckValue = { nominal: day, interval: point(day), kind: 'date' }
      steps.push({ text: `end of US federal fiscal year ${values[0]} (Oct 1 – Sep 30)`, result })
      return result
    }
    case 'count':
    case 'perDay':
    case 'categories':
    case 'lastBelowPerDay':
      return readSeries(name, values, record, steps)
    case 'cited': {
      if (values.length !== 0) throw new ExpressionError('cited() takes no arguments: it is the value the check’s citation gives')
      if (!record.cited) throw new ExpressionError('cited() needs a `cited:` block on the check (the publication and the value found in it)')
      const result: CheckValue = { nominal: record.cited.nominal, interval: record.cited.interval, kind: record.cited.kind }
      steps.push({ text: `“${record.cited.written}” in the cited publication`, result, cited: true })
      return result
    }
    default:
      throw new ExpressionError(`unknown function "${name}"`)
  }
}

const SERIES_USAGE: Record<string, string> = {
  count: 'count("dataset-id/series-id", "YYYY-MM"[, "YYYY-MM"])',
  perDay: 'perDay("dataset-id/series-id", "YYYY-MM"[, "YYYY-MM"])',
  categories: 'categories("dataset-id/series-id", "YYYY-MM")',
  lastBelowPerDay: 'lastBelowPerDay("dataset-id/series-id", threshold, "YYYY-MM")',
}

function readSeries(name: string, values: readonly unknown[], record: RecordSources, steps: Step[]): CheckValue {
  const usage = () => new ExpressionError(`expected ${SERIES_USAGE[name]}`)
  const [ref, ...rest] = values
  if (typeof ref !== 'string') throw usage()
  const series = record.series?.series(ref)
  if (!series) {
    const known = record.series?.known() ?? []
    throw new ExpressionError(`${name}("${ref}"): no such dataset series; expected one of ${known.length > 0 ? known.join(', ') : '(no datasets in content/data)'}`)
  }
  let answer: SeriesAnswer
  try {
    if (name === 'lastBelowPerDay') {
      const [threshold, before] = rest
      if (rest.length !== 2 || typeof threshold !== 'number' || typeof before !== 'string') throw usage()
      answer = lastBelowPerDay(series, threshold, before)
    } else {
      if (rest.length < 1 || rest.length > (name === 'categories' ? 1 : 2) || rest.some((value) => typeof value !== 'string')) throw usage()
      const [from, to] = rest as [string, string | undefined]
      answer = name === 'count' ? count(series, from, to) : name === 'perDay' ? perDay(series, from, to) : categories(series, from)
    }
  } catch (error) {
    if (error instanceof SeriesError) throw new ExpressionError(`${name}("${ref}", …): ${error.message}`)
    throw error
  }
  const result: CheckValue = { nominal: answer.nominal, interval: answer.interval, kind: answer.kind, openEnded: !isBounded(answer.interval) }
  steps.push({
    text: answer.text,
    result,
    dataset: series.dataset.id,
    series: series.ref,
    rows: answer.months.map((month) => ({ month: month.month, count: month.count, low: month.interval.low, high: month.interval.high })),
  })
  return result
}
