// The number-only build: the parser is the same, and it loads in a third of the full build's time.
import { parse, type MathNode } from 'mathjs/number'
import {
  add,
  dayNumber,
  divide,
  DivisionByZeroError,
  formatDay,
  isBounded,
  multiply,
  negate,
  point,
  subtract,
  usFiscalYearEnd,
  type Interval,
} from '../figure'
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

const FUNCTIONS = ['ref', 'days', 'date', 'fiscalYearEnd'] as const
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
      throw new ExpressionError(
        `unknown name "${(node as unknown as { name: string }).name}"; refer to a claim as ref("claim-id")`,
      )
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
export function evaluateExpression(expression: string, resolveRef: RefResolver): Evaluation {
  const root = unwrap(parseExpression(expression))
  const steps: Step[] = []
  if (root.type === 'OperatorNode') {
    const { fn, args } = root as unknown as { fn: string; args: MathNode[] }
    if (fn in RELATION_SYMBOLS) {
      const [leftNode, rightNode] = args
      if (!leftNode || !rightNode) throw new ExpressionError('a comparison needs two sides')
      const left = evaluateNode(leftNode, resolveRef, steps)
      const rightFrom = steps.length
      const right = evaluateNode(rightNode, resolveRef, steps)
      return { value: left, relation: { op: fn as Relation, right, rightFrom }, steps }
    }
  }
  return { value: evaluateNode(root, resolveRef, steps), steps }
}

function unwrap(node: MathNode): MathNode {
  return node.type === 'ParenthesisNode' ? unwrap((node as unknown as { content: MathNode }).content) : node
}

function evaluateNode(node: MathNode, resolveRef: RefResolver, steps: Step[]): CheckValue {
  const inner = unwrap(node)
  if (inner.type === 'ConstantNode') {
    const value = (inner as unknown as { value: unknown }).value
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw new ExpressionError(`${JSON.stringify(value)} is not a finite number`)
    }
    return { nominal: value, interval: point(value), kind: 'number' }
  }
  if (inner.type === 'FunctionNode') return evaluateFunction(inner, resolveRef, steps)

  const { fn, args } = inner as unknown as { fn: string; args: MathNode[] }
  const operands = args.map((arg) => evaluateNode(arg, resolveRef, steps))
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
  const kind: CheckValue['kind'] =
    (fn === 'add' || fn === 'subtract') && (left.kind === 'date') !== (right.kind === 'date') ? 'date' : 'number'
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

function evaluateFunction(node: MathNode, resolveRef: RefResolver, steps: Step[]): CheckValue {
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
    default:
      throw new ExpressionError(`unknown function "${name}"`)
  }
}
