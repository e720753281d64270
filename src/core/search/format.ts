import type { SearchDoc } from './document'

/**
 * The search index as files under `out/search/`, written at build time and fetched by the
 * browser a piece at a time, as Pagefind does:
 *
 * - `index.json`: the {@link Manifest} with the dictionary of distinct words (for prefixes and
 *   typo tolerance) and the facet lists; the only file every search needs;
 * - `terms/<n>.bin`: posting lists, sharded by a hash of the term ({@link shardOf});
 * - `figures/<bucket>.json`: claim figures by order of magnitude ({@link FigureBucket});
 * - `docs/<n>.json`: display records, {@link Manifest.docsPerShard} claims per file.
 */

export const FORMAT_VERSION = 1

/** A facet value with its label and how many claims carry it. */
export interface FacetValue {
  readonly key: string
  readonly label: string
  readonly count: number
}

export const FACETS = ['source', 'unit', 'verdict', 'topic'] as const
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

/**
 * One figure bucket: parallel columns sorted by value. `low` and `high` are stored as offsets
 * from the value, which repeat ("−500, +500") and so compress well.
 */
export interface FigureBucket {
  readonly doc: readonly number[]
  readonly value: readonly number[]
  readonly below: readonly number[]
  readonly above: readonly number[]
  /** Bit 0: percent. Bits 1–3: rate (0 none, 1 day, 2 week, 3 month, 4 year). */
  readonly flags: readonly number[]
}

export type DocShard = readonly SearchDoc[]

export const RATES = [null, 'day', 'week', 'month', 'year'] as const

/** The key of a facet value in the term index: "@verdict:adds-up". */
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

/** The term shard holding a term's postings. */
export function shardOf(term: string, shards: number): number {
  return shards <= 1 ? 0 : fnv1a(term) % shards
}

/** Growable byte buffer with LEB128 varints. */
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

/** Reads what {@link ByteWriter} wrote; throws a RangeError past the end rather than reading garbage. */
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

// Each posting is one varint: the gap to the previous claim times 64, plus the field bits.
const FIELD_SPAN = 64

/** Encodes postings sorted by claim. */
export function encodePostings(docs: readonly number[], fields: readonly number[]): Uint8Array {
  const writer = new ByteWriter()
  let previous = 0
  for (let index = 0; index < docs.length; index++) {
    const doc = docs[index] as number
    writer.varint((doc - previous) * FIELD_SPAN + ((fields[index] as number) % FIELD_SPAN))
    previous = doc
  }
  return writer.finish()
}

/** Decodes {@link encodePostings}' output, given the number of postings. */
export function decodePostings(bytes: Uint8Array, count: number): Postings {
  const reader = new ByteReader(bytes)
  const docs = new Int32Array(count)
  const fields = new Uint8Array(count)
  let doc = 0
  for (let index = 0; index < count; index++) {
    const value = reader.varint()
    doc += Math.floor(value / FIELD_SPAN)
    docs[index] = doc
    fields[index] = value % FIELD_SPAN
  }
  return { docs, fields }
}

const encoder = new TextEncoder()
const decoder = new TextDecoder()

/** A term shard: for each term, its key, posting count and encoded postings. */
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

/** Reads a term shard's table of contents; postings stay encoded until a query needs them. */
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
