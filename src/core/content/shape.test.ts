import { describe, expect, it } from 'vitest'
import { byKey, nullable, pickShape, shapeProblem, type Shape } from './shape'

interface Sample {
  readonly id: string
  readonly note?: string
  readonly range: { readonly low: number; readonly high: number } | null
  readonly steps: readonly { readonly text: string; readonly rows?: readonly { readonly month: string }[] }[]
  readonly marks: Readonly<Record<string, readonly { readonly label: string }[]>>
}

const SAMPLE: Shape<Sample> = {
  id: true,
  'note?': true,
  range: nullable({ low: true, high: true }),
  steps: [{ text: true, 'rows?': [{ month: true }] }],
  marks: byKey([{ label: true }]),
}

const valid: Sample = { id: 'a', range: { low: 1, high: 2 }, steps: [{ text: 'x' }, { text: 'y', rows: [{ month: '2024-06' }] }], marks: { 'd/s': [{ label: 'L' }] } }

describe('shapeProblem', () => {
  // prettier-ignore
  it.each([
    ['a field the type does not declare', { ...valid, body: 'prose' }, 'body', 'not declared by the type'],
    ['one deep in a list', { ...valid, steps: [{ text: 'x' }, { text: 'y', rows: [{ month: '2024-06', count: 3 }] }] }, 'steps[1].rows[0].count', 'not declared by the type'],
    ['one under a key that is data', { ...valid, marks: { 'd/s': [{ label: 'L', claimId: 'c' }] } }, 'marks["d/s"][0].claimId', 'not declared by the type'],
    ['a required field missing', { range: null, steps: [], marks: {} }, 'id', 'missing: the type requires it'],
    ['a required field set to undefined', { ...valid, id: undefined }, 'id', 'missing: the type requires it'],
    ['a nested one missing', { ...valid, range: { low: 1 } }, 'range.high', 'missing: the type requires it'],
    ['an object where a value belongs', { ...valid, id: { text: 'a' } }, 'id', 'expected a value, got an object'],
    ['a value where a list belongs', { ...valid, steps: 'x' }, 'steps', 'expected a list, got "x"'],
    ['null where an object belongs that is never null', { ...valid, steps: [null] }, 'steps[0]', 'expected an object, got null'],
    ['a list where the file should be an object', [], '(the file)', 'expected an object, got a list'],
  ])('names %s', (_label, value, field, message) => {
    expect(shapeProblem(value, SAMPLE as never)).toEqual({ field, message })
  })

  it('accepts exactly the declared fields, an optional one absent or present, a nullable one null', () => {
    expect(shapeProblem(valid, SAMPLE as never)).toBeNull()
    expect(shapeProblem({ ...valid, note: 'n', range: null, marks: {} }, SAMPLE as never)).toBeNull()
  })

  it('does not type-check leaves: a number where a string is declared is the type checker’s business, not a key problem', () => {
    expect(shapeProblem({ ...valid, id: 3 }, SAMPLE as never)).toBeNull()
  })
})

describe('pickShape', () => {
  it('throws naming the field when the record lacks one the type requires', () => {
    expect(() => pickShape<Sample>({ ...valid, range: { low: 1 } } as never, SAMPLE)).toThrow(/^pickShape: range\.high: missing/)
    expect(() => pickShape<Sample>({ ...valid, steps: [{ text: { nested: true } }] } as never, SAMPLE)).toThrow(/^pickShape: steps\[0\]\.text: expected a value, got an object/)
  })

  it('copies exactly the declared fields out of a bigger record, at every depth', () => {
    const bigger = {
      ...valid,
      body: 'prose',
      file: 'claims/a.mdx',
      steps: [{ text: 'x', cited: true }, { text: 'y', rows: [{ month: '2024-06', count: 3, low: 2, high: 4 }] }],
      marks: { 'd/s': [{ label: 'L', claimId: 'c', checkId: 'k' }] },
    }
    const picked = pickShape<Sample>(bigger, SAMPLE)
    expect(picked).toStrictEqual(valid)
    expect(shapeProblem(picked, SAMPLE as never)).toBeNull()
  })

  it('leaves an optional field out when the record lacks it, and keeps null as null', () => {
    expect(pickShape<Sample>({ ...valid, range: null }, SAMPLE)).not.toHaveProperty('note')
    expect(pickShape<Sample>({ ...valid, range: null }, SAMPLE).range).toBeNull()
  })
})
