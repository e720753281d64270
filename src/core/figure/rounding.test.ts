import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareRelation } from '../check/status'
import {
  add,
  decimal,
  decimalAbove,
  decimalBelow,
  divide,
  enclose,
  interval,
  intervalOf,
  isPinned,
  multiply,
  nextDown,
  nextUp,
  parseWritten,
  parseWrittenDecimal,
  productAbove,
  productBelow,
  quotientAbove,
  quotientBelow,
  subtract,
  sumAbove,
  sumBelow,
  type Interval,
} from './index'

// The oracle: exact rationals built without the module's bit decoding. A finite double doubled
// until it is an integer is that integer over a power of two, exactly.
interface Ratio {
  readonly num: bigint
  readonly den: bigint
}

function ratioOf(value: number): Ratio {
  let scaled = value
  let den = 1n
  while (!Number.isInteger(scaled)) {
    scaled *= 2
    den *= 2n
  }
  return { num: BigInt(scaled), den }
}

const ratio = (num: bigint, den = 1n): Ratio => (den < 0n ? { num: -num, den: -den } : { num, den })
const plus = (a: Ratio, b: Ratio) => ratio(a.num * b.den + b.num * a.den, a.den * b.den)
const minus = (a: Ratio, b: Ratio) => plus(a, ratio(-b.num, b.den))
const times = (a: Ratio, b: Ratio) => ratio(a.num * b.num, a.den * b.den)
const over = (a: Ratio, b: Ratio) => ratio(a.num * b.den, a.den * b.num)
const compare = (a: Ratio, b: Ratio) => Math.sign(Number(a.num * b.den - b.num * a.den))

/** `low` is the greatest double at or below `exact`, `high` the least at or above it. */
function expectTightAround(low: number, high: number, exact: Ratio): void {
  expect(compare(ratioOf(low), exact)).toBeLessThanOrEqual(0)
  expect(compare(ratioOf(high), exact)).toBeGreaterThanOrEqual(0)
  if (Number.isFinite(nextUp(low))) expect(compare(ratioOf(nextUp(low)), exact)).toBeGreaterThan(0)
  if (Number.isFinite(nextDown(high))) expect(compare(ratioOf(nextDown(high)), exact)).toBeLessThan(0)
}

describe('nextUp and nextDown', () => {
  // prettier-ignore
  const rows: [string, number, number, number][] = [
    ['one',                         1,                  1.0000000000000002,  0.9999999999999999],
    ['zero steps to the least subnormal', 0,             Number.MIN_VALUE,    -Number.MIN_VALUE],
    ['−0 is zero',                  -0,                 Number.MIN_VALUE,    -Number.MIN_VALUE],
    ['a negative number',           -2.35,              -2.3499999999999996, -2.3500000000000005],
    ['the largest double',          Number.MAX_VALUE,   Infinity,            1.7976931348623155e308],
    ['∞ stays ∞ going up',          Infinity,           Infinity,            Number.MAX_VALUE],
    ['−∞ steps to the lowest double', -Infinity,        -Number.MAX_VALUE,   -Infinity],
  ]
  it.each(rows)('%s', (_label, value, up, down) => {
    expect(nextUp(value)).toBe(up)
    expect(nextDown(value)).toBe(down)
  })

  it('leaves NaN as NaN', () => {
    expect(nextUp(Number.NaN)).toBeNaN()
    expect(nextDown(Number.NaN)).toBeNaN()
  })
})

describe('decimalBelow and decimalAbove: a written decimal between doubles', () => {
  // prettier-ignore
  const rows: [string, string, number, number][] = [
    ['a decimal a double holds',       '0.5',      0.5,                 0.5],
    ['an integer',                     '3150',     3150,                3150],
    ['2.35 lies between two doubles',  '2.35',     2.3499999999999996,  2.35],
    ['0.1 lies just below its double', '0.1',      0.09999999999999999, 0.1],
    ['a negative decimal',             '-2.35',    -2.35,               -2.3499999999999996],
    ['beyond the largest double',      '1e400',    Number.MAX_VALUE,    Infinity],
    ['below the least subnormal',      '1e-400',   0,                   Number.MIN_VALUE],
    ['the exact decimal of a double', '0.1000000000000000055511151231257827021181583404541015625', 0.1, 0.1],
    ['35 digits, just below that double', '0.1000000000000000055511151231257827', 0.09999999999999999, 0.1],
  ]
  it.each(rows)('%s: %s', (_label, text, low, high) => {
    expect([decimalBelow(decimal(text)), decimalAbove(decimal(text))]).toEqual([low, high])
  })

  it('throws on text that is not a decimal', () => {
    for (const bad of ['', '.', 'e5', '1,000', 'NaN', '--1']) expect(() => decimal(bad), bad).toThrow(TypeError)
  })
})

describe('directed arithmetic: kept when exact, one step outward when not', () => {
  // prettier-ignore
  const rows: [string, (x: number, y: number) => number, number, number, number][] = [
    ['2.3 + 0.05 rounds down to its double',  sumBelow,      2.3,  0.05, 2.3499999999999996],
    ['… and up to the next',                  sumAbove,      2.3,  0.05, 2.35],
    ['an integer sum stays',                  sumAbove,      3150, 1600, 4750],
    ['overflow from below is the largest double', sumBelow,  Number.MAX_VALUE, Number.MAX_VALUE, Number.MAX_VALUE],
    ['∞ + 1 is ∞',                            sumBelow,      Infinity, 1, Infinity],
    ['0.1 × 3 rounds down to 0.3',            productBelow,  0.1,  3,    0.3],
    ['… and up to its double',                productAbove,  0.1,  3,    0.30000000000000004],
    ['0 × ∞ is 0',                            productAbove,  0,    Infinity, 0],
    ['an integer product stays',              productBelow,  3150, 13,   40_950],
    ['underflow from above is the least subnormal', productAbove, Number.MIN_VALUE, 0.5, Number.MIN_VALUE],
    ['underflow from below is 0',             productBelow,  Number.MIN_VALUE, 0.5, 0],
    ['159,500 ÷ 231,000 up',                  quotientAbove, 159_500, 231_000, 0.6904761904761906],
    ['159,500 ÷ 231,000 down',                quotientBelow, 159_500, 231_000, 0.6904761904761905],
    ['an exact quotient stays',               quotientAbove, 1,    4,    0.25],
    ['a negative divisor flips the side',     quotientBelow, 1,    -3,   -0.33333333333333337],
    ['x ÷ ∞ is 0',                            quotientBelow, 5,    Infinity, 0],
  ]
  it.each(rows)('%s', (_label, operation, x, y, expected) => {
    expect(operation(x, y)).toBe(expected)
  })
})

// Any double, weighted toward the awkward ones: tiny, huge, integers and short decimals.
const anyDouble = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -9999, max: 9999 }).chain((digits) => fc.integer({ min: 0, max: 6 }).map((places) => digits / 10 ** places)),
  fc.constantFrom(0, -0, Number.MIN_VALUE, Number.MAX_VALUE, 2 ** 53, 0.1, 0.05, 2.3, 2.35),
)

describe('properties: directed arithmetic holds the exact result', () => {
  const operations = [
    ['+', sumBelow, sumAbove, plus],
    ['×', productBelow, productAbove, times],
    ['÷', quotientBelow, quotientAbove, over],
  ] as const

  it.each(operations)('x %s y lies between its two directed roundings, which are one step apart at most', (_symbol, below, above, exact) => {
    fc.assert(
      fc.property(anyDouble, anyDouble, (x, y) => {
        if (_symbol === '÷' && y === 0) return
        const [low, high] = [below(x, y), above(x, y)]
        const truth = exact(ratioOf(x), ratioOf(y))
        // Beyond the doubles (overflow) the bound is ±∞ or the largest double: check the side only.
        if (!Number.isFinite(low) || !Number.isFinite(high)) {
          if (Number.isFinite(low)) expect(compare(ratioOf(low), truth)).toBeLessThanOrEqual(0)
          if (Number.isFinite(high)) expect(compare(ratioOf(high), truth)).toBeGreaterThanOrEqual(0)
          return
        }
        expectTightAround(low, high, truth)
      }),
      { numRuns: 3000 },
    )
  })

  const anyInterval = fc.tuple(fc.oneof(anyDouble, fc.constant(-Infinity)), fc.oneof(anyDouble, fc.constant(Infinity))).map(([a, b]) => (a <= b ? interval(a, b) : interval(b, a)))

  const intervalOperations = [
    ['+', add, plus],
    ['−', subtract, minus],
    ['×', multiply, times],
    ['÷', divide, over],
  ] as const

  it.each(intervalOperations)('a %s b contains every exact endpoint result and is never inverted', (symbol, operation, exact) => {
    fc.assert(
      fc.property(anyInterval, anyInterval, (a, b) => {
        if (symbol === '÷' && b.low <= 0 && 0 <= b.high) return
        const result: Interval = operation(a, b) // interval() throws on an inverted result
        expect(result.low).toBeLessThanOrEqual(result.high)
        for (const x of [a.low, a.high]) {
          for (const y of [b.low, b.high]) {
            if (!Number.isFinite(x) || !Number.isFinite(y)) continue
            const truth = exact(ratioOf(x), ratioOf(y))
            if (Number.isFinite(result.low)) expect(compare(ratioOf(result.low), truth)).toBeLessThanOrEqual(0)
            if (Number.isFinite(result.high)) expect(compare(ratioOf(result.high), truth)).toBeGreaterThanOrEqual(0)
          }
        }
      }),
      { numRuns: 2000 },
    )
  })
})

// Any figure as a writer might put it: sign, digits with or without thousands separators,
// decimals, a scale word, a percent sign.
const SCALES = { '': 0n, k: 3n, ' thousand': 3n, ' million': 6n, ' bn': 9n } as const
const writtenParts = fc.record({
  negative: fc.boolean(),
  whole: fc.oneof(fc.bigInt({ min: 0n, max: 999n }), fc.bigInt({ min: 0n, max: 10n ** 15n })),
  places: fc.nat({ max: 7 }),
  fraction: fc.bigInt({ min: 0n, max: 10n ** 7n - 1n }),
  separators: fc.boolean(),
  scale: fc.constantFrom(...(Object.keys(SCALES) as (keyof typeof SCALES)[])),
  percent: fc.constantFrom('', '%', ' percent'),
})
type WrittenParts = typeof writtenParts extends fc.Arbitrary<infer T> ? T : never

/** The digits as one integer and how many of them are decimals. */
function digitsOf(parts: WrittenParts): bigint {
  return parts.whole * 10n ** BigInt(parts.places) + (parts.fraction % 10n ** BigInt(parts.places))
}

function render(parts: WrittenParts, digits: bigint): string {
  const text = digits.toString().padStart(parts.places + 1, '0')
  const whole = text.slice(0, text.length - parts.places)
  const shown = parts.separators ? whole.replace(/\B(?=(\d{3})+$)/g, ',') : whole
  const fraction = parts.places > 0 ? `.${text.slice(-parts.places)}` : ''
  return `${parts.negative ? '-' : ''}${shown}${fraction}${parts.scale}${parts.percent}`
}

/** The written number's step, as the oracle reads it: the last decimal, else the trailing zeros. */
function stepExponent(parts: WrittenParts, digits: bigint): bigint {
  if (parts.places > 0) return -BigInt(parts.places)
  const zeros = digits === 0n ? 0 : (/0*$/.exec(digits.toString())?.[0].length ?? 0)
  return BigInt(zeros)
}

/** The exact rounding interval of a written figure: value ± half its step, as rationals. */
function exactRounding(parts: WrittenParts, digits: bigint): [Ratio, Ratio] {
  const scale = SCALES[parts.scale] - BigInt(parts.places)
  const value = scale >= 0n ? ratio(digits * 10n ** scale) : ratio(digits, 10n ** -scale)
  const signed = parts.negative ? ratio(-value.num, value.den) : value
  const exponent = stepExponent(parts, digits) + SCALES[parts.scale]
  const half = exponent >= 1n ? ratio(5n * 10n ** (exponent - 1n)) : ratio(5n, 10n ** (1n - exponent))
  return [minus(signed, half), plus(signed, half)]
}

function figureRange(written: string): Interval {
  const value = parseWritten(written)?.value
  const range = intervalOf({ kind: 'quantity', written, value })
  if (!range) throw new Error(written)
  return range
}

describe('properties: figures as written', () => {
  it('bound a figure by the greatest and least doubles around its exact rounding', () => {
    fc.assert(
      fc.property(writtenParts, (parts) => {
        const digits = digitsOf(parts)
        const written = render(parts, digits)
        const range = figureRange(written)
        const [low, high] = exactRounding(parts, digits)
        expect(compare(ratioOf(range.low), low), written).toBeLessThanOrEqual(0)
        expect(compare(ratioOf(nextUp(range.low)), low), written).toBeGreaterThan(0)
        expect(compare(ratioOf(range.high), high), written).toBeGreaterThanOrEqual(0)
        expect(compare(ratioOf(nextDown(range.high)), high), written).toBeLessThan(0)
      }),
      { numRuns: 2000 },
    )
  })

  it('make a figure and the next one at its step meet, so they compare equal and never the wrong way', () => {
    fc.assert(
      fc.property(writtenParts, (parts) => {
        const digits = digitsOf(parts)
        const next = digits + 10n ** (stepExponent(parts, digits) + BigInt(parts.places))
        const [one, other] = [render(parts, digits), render(parts, next)]
        const [a, b] = [figureRange(one), figureRange(other)]
        expect(compareRelation('equal', a, b).status, `${one} == ${other}`).toBe('consistent')
        expect(compareRelation('unequal', a, b).status).toBe('inconsistent')
        // "a ≤ b" holds for every value the roundings allow; rounded outward it may only weaken.
        const [lower, upper] = parts.negative ? [b, a] : [a, b]
        expect(compareRelation('smallerEq', lower, upper).status).not.toBe('inconsistent')
        expect(compareRelation('larger', lower, upper).status).not.toBe('consistent')
        const sameStep = stepExponent(parts, digits) === stepExponent(parts, next)
        if (sameStep) {
          // They meet at one decimal: the same double, or the two doubles either side of it.
          const meeting = parts.negative ? [b.high, a.low] : [a.high, b.low]
          expect(meeting[0] === meeting[1] || nextDown(meeting[0]!) === meeting[1]).toBe(true)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('read the same digits however they are grouped', () => {
    fc.assert(
      fc.property(writtenParts, (parts) => {
        const digits = digitsOf(parts)
        const grouped = parseWrittenDecimal(render({ ...parts, separators: true }, digits))
        const plain = parseWrittenDecimal(render({ ...parts, separators: false }, digits))
        expect(grouped).toEqual(plain)
      }),
      { numRuns: 500 },
    )
  })
})

describe('isPinned: what display calls exact', () => {
  // prettier-ignore
  const rows: [string, Interval, boolean][] = [
    ['a point',                          interval(3, 3),                         true],
    ['the two doubles around 2.3',       enclose(decimal('2.3')),                true],
    ['2.3 + 0.05 worked out',            add(enclose(decimal('2.3')), enclose(decimal('0.05'))), true],
    ['a rounding interval',              interval(2.25, 2.35),                   false],
    ['a rounding written to 12 digits',  interval(1.0000000000005, 1.0000000000015), false],
    ['an open end',                      interval(3, Infinity),                  false],
  ]
  it.each(rows)('%s', (_label, range, expected) => {
    expect(isPinned(range)).toBe(expected)
  })
})
