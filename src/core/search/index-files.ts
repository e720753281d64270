/**
 * The search index as files under `out/search/`, written at build time and fetched by the
 * browser a piece at a time, as Pagefind does:
 *
 * - `index.json`: the {@link Manifest} with the dictionary of distinct words (for prefixes and
 *   typo tolerance) and the facet lists; the only file every search needs;
 * - `terms/<n>.bin`: posting lists, sharded by a hash of the term ({@link shardOf});
 * - `figures/<bucket>.bin`: claim figures by order of magnitude ({@link encodeFigureBucket});
 * - `docs/<n>.json`: display records, {@link Manifest.docsPerShard} claims per file.
 */

export const FORMAT_VERSION = 2

/** A facet value with its label and how many claims carry it. */
export interface FacetValue {
  readonly key: string
  readonly label: string
  readonly count: number
}

export const FACETS = ['source', 'unit', 'arithmetic', 'record', 'sourcing', 'topic'] as const
/** The facets that are verdict axes, in the order a result shows them. */
export const AXIS_FACETS = ['arithmetic', 'record', 'sourcing'] as const
export type FacetName = (typeof FACETS)[number]

export interface Manifest {
  readonly version: typeof FORMAT_VERSION
  /** A hash of the index contents, added to shard URLs so caches never mix two builds. */
  readonly build: string
  readonly docs: number
  readonly docsPerShard: number
  readonly termShards: number
  /** Figure buckets present, by name ("n5", "p1"), with their entry counts. */
  readonly figureBuckets: Readonly<Record<string, number>>
  /** Distinct words, sorted by code unit, and each one's document frequency. */
  readonly terms: readonly string[]
  readonly df: readonly number[]
  readonly facets: Readonly<Record<FacetName, readonly FacetValue[]>>
}

/** One figure bucket as columns, sorted by value; `low`–`high` is the range a typed number must hit. */
export interface FigureColumns {
  readonly doc: Int32Array
  readonly value: Float64Array
  readonly low: Float64Array
  readonly high: Float64Array
  /** Bit 0: percent. Bits 1–3: rate (0 none, 1 day, 2 week, 3 month, 4 year). */
  readonly flags: Uint8Array
}

/**
 * A figure bucket as bytes: the count, claim numbers as varints, one flag byte each, then value,
 * distance down to low and distance up to high as little-endian doubles. Doubles keep every
 * figure exact and load without parsing; the distances repeat ("500, 500") and gzip well.
 * @example encodeFigureBucket([{ doc: 7, value: 499000, low: 498500, high: 499500, flags: 0 }])
 */
export function encodeFigureBucket(entries: readonly { doc: number; value: number; low: number; high: number; flags: number }[]): Uint8Array {
  const writer = new ByteWriter()
  writer.varint(entries.length)
  for (const entry of entries) writer.varint(entry.doc)
  writer.raw(Uint8Array.from(entries, (entry) => entry.flags & 0xff))
  const doubles = new DataView(new ArrayBuffer(entries.length * 24))
  entries.forEach((entry, at) => {
    doubles.setFloat64(at * 8, entry.value, true)
    doubles.setFloat64((entries.length + at) * 8, entry.value - entry.low, true)
    doubles.setFloat64((entries.length * 2 + at) * 8, entry.high - entry.value, true)
  })
  writer.raw(new Uint8Array(doubles.buffer))
  return writer.finish()
}

/**
 * Reads {@link encodeFigureBucket}'s output; throws a RangeError on truncated bytes.
 * @example decodeFigureBucket(bytes).low[0] // 498500
 */
export function decodeFigureBucket(bytes: Uint8Array): FigureColumns {
  const reader = new ByteReader(bytes)
  const count = reader.varint()
  const doc = new Int32Array(count)
  for (let at = 0; at < count; at++) doc[at] = reader.varint()
  const flags = reader.slice(count).slice()
  const raw = reader.slice(count * 24)
  const doubles = new DataView(raw.buffer, raw.byteOffset, raw.byteLength)
  const value = new Float64Array(count)
  const low = new Float64Array(count)
  const high = new Float64Array(count)
  for (let at = 0; at < count; at++) {
    const v = doubles.getFloat64(at * 8, true)
    value[at] = v
    low[at] = v - doubles.getFloat64((count + at) * 8, true)
    high[at] = v + doubles.getFloat64((count * 2 + at) * 8, true)
  }
  return { doc, value, low, high, flags }
}

/**
 * A display record as stored: `[id, title, written, hedge, unit, publisher, saidBy, axes,
 * topics, url?]`. Unit, publisher, each axis and topics are positions in the manifest's facet
 * lists (a string where the text differs from the list's label); the url is left out when it is
 * `/claims/<id>`. Field names and repeated labels would otherwise be most of the bytes.
 */
export type CompactDoc = readonly [
  id: string,
  title: string,
  written: string,
  hedge: string | null,
  unit: number | string,
  publisher: number | string,
  saidBy: string,
  axes: readonly [arithmetic: number, record: number, sourcing: number],
  topics: readonly (number | string)[],
  url?: string,
]

export type DocShard = readonly CompactDoc[]

export const RATES = [null, 'day', 'week', 'month', 'year'] as const

/**
 * The key of a facet value in the term index.
 * @example facetTerm('arithmetic', 'adds-up') // '@arithmetic:adds-up'
 */
export function facetTerm(facet: FacetName, key: string): string {
  return `@${facet}:${key}`
}

/**
 * 32-bit FNV-1a over UTF-16 code units: the same term lands in the same shard at build and in
 * the browser.
 * @example fnv1a('asylum') % 8
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * The term shard holding a term's postings.
 * @example shardOf('asylum', 1) // 0
 */
export function shardOf(term: string, shards: number): number {
  return shards <= 1 ? 0 : fnv1a(term) % shards
}

/**
 * Growable byte buffer with LEB128 varints.
 * @example const writer = new ByteWriter(); writer.varint(300); writer.finish() // Uint8Array [172, 2]
 */
export class ByteWriter {
  private bytes = new Uint8Array(1024)
  private length = 0

  private reserve(extra: number): void {
    if (this.length + extra <= this.bytes.length) return
    let size = this.bytes.length * 2
    while (size < this.length + extra) size *= 2
    const grown = new Uint8Array(size)
    grown.set(this.bytes.subarray(0, this.length))
    this.bytes = grown
  }

  /** Unsigned integers up to 2⁵³; multiplication keeps values above 2³¹ exact. */
  varint(value: number): void {
    this.reserve(8)
    let rest = value
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest % 0x80) | 0x80
      rest = Math.floor(rest / 0x80)
    }
    this.bytes[this.length++] = rest
  }

  raw(data: Uint8Array): void {
    this.reserve(data.length)
    this.bytes.set(data, this.length)
    this.length += data.length
  }

  finish(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }
}

/**
 * Reads what {@link ByteWriter} wrote; throws a RangeError past the end rather than reading garbage.
 * @example new ByteReader(Uint8Array.of(172, 2)).varint() // 300
 */
export class ByteReader {
  offset = 0
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.offset >= this.bytes.length
  }

  varint(): number {
    let value = 0
    let scale = 1
    for (;;) {
      if (this.offset >= this.bytes.length) throw new RangeError('Search index shard ends inside a number')
      const byte = this.bytes[this.offset++] as number
      value += (byte & 0x7f) * scale
      if (byte < 0x80) return value
      scale *= 0x80
      if (scale > 2 ** 56) throw new RangeError('Search index shard holds a number too long to read')
    }
  }

  slice(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new RangeError('Search index shard ends inside a record')
    const part = this.bytes.subarray(this.offset, this.offset + length)
    this.offset += length
    return part
  }
}

/** A term's postings: claims in increasing order, and the fields (bits of FIELDS) it occurs in. */
export interface Postings {
  readonly docs: Int32Array
  readonly fields: Uint8Array
}

/**
 * Encodes postings sorted by claim: first every gap between claim numbers as a varint, then one
 * byte of field bits per posting. Kept apart, the field bytes repeat and gzip well.
 * @example encodePostings([3, 5], [1, 16]) // Uint8Array [3, 2, 1, 16]
 */
export function encodePostings(docs: readonly number[], fields: readonly number[]): Uint8Array {
  const writer = new ByteWriter()
  let previous = 0
  for (const doc of docs) {
    writer.varint(doc - previous)
    previous = doc
  }
  writer.raw(Uint8Array.from(fields, (field) => field & 0xff))
  return writer.finish()
}

/**
 * Decodes {@link encodePostings}' output, given the number of postings.
 * @example decodePostings(Uint8Array.of(3, 2, 1, 16), 2) // { docs: Int32Array [3, 5], fields: Uint8Array [1, 16] }
 */
export function decodePostings(bytes: Uint8Array, count: number): Postings {
  const reader = new ByteReader(bytes)
  const docs = new Int32Array(count)
  let doc = 0
  for (let index = 0; index < count; index++) {
    doc += reader.varint()
    docs[index] = doc
  }
  return { docs, fields: reader.slice(count).slice() }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/**
 * A term shard: for each term, its key, posting count and encoded postings.
 * @example encodeTermShard([{ term: 'asylum', count: 1, postings: encodePostings([3], [1]) }])
 */
export function encodeTermShard(entries: readonly { term: string; count: number; postings: Uint8Array }[]): Uint8Array {
  const writer = new ByteWriter()
  writer.varint(entries.length)
  for (const entry of entries) {
    const key = encoder.encode(entry.term)
    writer.varint(key.length)
    writer.raw(key)
    writer.varint(entry.count)
    writer.varint(entry.postings.length)
    writer.raw(entry.postings)
  }
  return writer.finish()
}

/**
 * Reads a term shard's table of contents; postings stay encoded until a query needs them.
 * @example readTermShard(bytes).get('asylum') // { count: 1, bytes: Uint8Array [3, 1] }
 */
export function readTermShard(bytes: Uint8Array): Map<string, { count: number; bytes: Uint8Array }> {
  const reader = new ByteReader(bytes)
  const terms = new Map<string, { count: number; bytes: Uint8Array }>()
  const size = reader.varint()
  for (let index = 0; index < size; index++) {
    const term = decoder.decode(reader.slice(reader.varint()))
    const count = reader.varint()
    terms.set(term, { count, bytes: reader.slice(reader.varint()) })
  }
  return terms
}
