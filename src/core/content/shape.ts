// The keys a staged JSON value has, declared once per type and checked against the type by the
// compiler: `Shape<T>` lists every field of T (optional ones as `name?`), so a shape that misses a
// field, or names one T lacks, does not compile. At run time the same shape picks exactly those
// keys out of a bigger record (`pickShape`) and refuses a value with a key missing or too many
// (`shapeProblem`). No zod: pages parse their staged files with this.

/** A string, number, boolean or null: the shape does not look inside it. */
export type LeafShape = true

/** A field that may be null; when it is not, its value has `shape`. */
export class NullableShape<S> {
  constructor(readonly shape: S) {}
}

/** An object keyed by data (a series ref, say), each value of `shape`. */
export class RecordShape<S> {
  constructor(readonly shape: S) {}
}

/** @example nullable({ low: true, high: true }) // an interval, or null */
export function nullable<S>(shape: S): NullableShape<S> {
  return new NullableShape(shape)
}

/** @example byKey([{ label: true }]) // { "any key": [{ label: … }] } */
export function byKey<S>(shape: S): RecordShape<S> {
  return new RecordShape(shape)
}

type Leaf = string | number | boolean
type Present<T> = Exclude<T, null | undefined>
// A union of object types (a figure is a quantity, a date or vague) has the keys of all its members;
// a key is optional when some member lacks it or has it optional.
type AllKeys<T> = T extends unknown ? keyof T : never
type ValueAt<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? T[K] : never) : never
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is what an optional key may be
type OptionalIn<T, K extends PropertyKey> = T extends unknown ? (K extends keyof T ? ({} extends Pick<T, K> ? true : false) : true) : never

/** The shape of a value of type T: `true` for a leaf, `[shape]` for a list, an object of shapes for an object. */
export type Shape<T> = null extends T ? ([Present<T>] extends [Leaf] ? LeafShape : NullableShape<Structure<Present<T>>>) : Structure<Present<T>>

type Structure<T> = [T] extends [Leaf]
  ? LeafShape
  : [T] extends [readonly (infer E)[]]
    ? readonly [Shape<E>]
    : string extends keyof T
      ? RecordShape<Shape<T[string & keyof T]>>
      : ObjectShape<T>

type ObjectShape<T> = {
  readonly [K in AllKeys<T> as true extends OptionalIn<T, K> ? `${K & string}?` : K & string]-?: Shape<Exclude<ValueAt<T, K>, undefined>>
}

/** Any shape, as the run-time functions walk it. */
export type AnyShape = LeafShape | readonly [AnyShape] | NullableShape<AnyShape> | RecordShape<AnyShape> | { readonly [key: string]: AnyShape }

/** A field as a message names it: `claim.checks[0].steps[1].rows`. */
function join(field: string, key: string | number): string {
  if (typeof key === 'number') return `${field}[${key}]`
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (field ? `${field}.${key}` : key) : `${field}[${JSON.stringify(key)}]`
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'a list'
  if (value === null) return 'null'
  return typeof value === 'object' ? 'an object' : JSON.stringify(value) ?? String(value)
}

/** The declared fields of an object shape: name → [shape, whether it is optional]. */
function fieldsOf(shape: { readonly [key: string]: AnyShape }): Map<string, { shape: AnyShape; optional: boolean }> {
  return new Map(Object.entries(shape).map(([key, inner]) => [key.replace(/\?$/, ''), { shape: inner, optional: key.endsWith('?') }]))
}

/** A field that is not what the shape declares: where, and what is wrong. */
export interface ShapeProblem {
  readonly field: string
  readonly message: string
}

/**
 * The first field of `value` that its shape does not declare, or that the shape requires and the
 * value lacks; null when the keys agree throughout. Leaves are not type-checked: only that they are
 * not objects or lists, which would be fields the shape does not declare.
 * @example shapeProblem({ id: 'a', body: '…' }, { id: true }) // { field: 'body', message: 'not declared by the type' }
 */
export function shapeProblem(value: unknown, shape: AnyShape, field = ''): ShapeProblem | null {
  const at = field || '(the file)'
  if (shape === true) return typeof value === 'object' && value !== null ? { field: at, message: `expected a value, got ${describe(value)}` } : null
  if (shape instanceof NullableShape) return value === null ? null : shapeProblem(value, shape.shape, field)
  if (Array.isArray(shape)) {
    if (!Array.isArray(value)) return { field: at, message: `expected a list, got ${describe(value)}` }
    for (const [index, item] of value.entries()) {
      const problem = shapeProblem(item, shape[0] as AnyShape, join(field, index))
      if (problem) return problem
    }
    return null
  }
  if (!isObject(value)) return { field: at, message: `expected an object, got ${describe(value)}` }
  if (shape instanceof RecordShape) {
    for (const [key, item] of Object.entries(value)) {
      const problem = shapeProblem(item, shape.shape, join(field, key))
      if (problem) return problem
    }
    return null
  }
  const fields = fieldsOf(shape as { readonly [key: string]: AnyShape })
  for (const key of Object.keys(value)) {
    if (!fields.has(key)) return { field: join(field, key), message: 'not declared by the type' }
  }
  for (const [key, { shape: inner, optional }] of fields) {
    if (!Object.hasOwn(value, key) || value[key] === undefined) {
      if (optional) continue
      return { field: join(field, key), message: 'missing: the type requires it' }
    }
    const problem = shapeProblem(value[key], inner, join(field, key))
    if (problem) return problem
  }
  return null
}

/**
 * Exactly the fields the shape declares, copied out of a record that may have more: the staged
 * files are made with it, so that a field the type does not declare is never written. Throws,
 * naming the field, when the record lacks one the shape requires.
 * @example pickShape<{ id: string }>({ id: 'a', body: '…' }, { id: true }) // { id: 'a' }
 */
export function pickShape<T>(value: T, shape: Shape<T>): T {
  return pick(value, shape as AnyShape, '') as T
}

function pick(value: unknown, shape: AnyShape, field: string): unknown {
  const fail = (message: string, at = field): never => {
    throw new TypeError(`pickShape: ${at || '(the value)'}: ${message}`)
  }
  if (shape === true) return typeof value === 'object' && value !== null ? fail(`expected a value, got ${describe(value)}`) : value
  if (shape instanceof NullableShape) return value === null ? null : pick(value, shape.shape, field)
  if (Array.isArray(shape)) return Array.isArray(value) ? value.map((item, index) => pick(item, shape[0] as AnyShape, join(field, index))) : fail(`expected a list, got ${describe(value)}`)
  if (!isObject(value)) return fail(`expected an object, got ${describe(value)}`)
  if (shape instanceof RecordShape) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pick(item, shape.shape, join(field, key))]))
  const picked: Record<string, unknown> = {}
  for (const [key, { shape: inner, optional }] of fieldsOf(shape as { readonly [key: string]: AnyShape })) {
    if (value[key] === undefined) {
      if (!optional) fail('missing: the type requires it', join(field, key))
      continue
    }
    picked[key] = pick(value[key], inner, join(field, key))
  }
  return picked
}
