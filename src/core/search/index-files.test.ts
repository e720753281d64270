import { describe, expect, it } from 'vitest'
import { ByteReader, ByteWriter, decodePostings, encodePostings, encodeTermShard, fnv1a, readTermShard, shardOf } from './index-files'

describe('varints', () => {
  it('refuse to read past the end', () => {
    expect(() => new ByteReader(new Uint8Array([0x80])).varint()).toThrow(RangeError)
    expect(() => new ByteReader(new Uint8Array(0)).varint()).toThrow(RangeError)
    expect(() => new ByteReader(new Uint8Array(12).fill(0xff)).varint()).toThrow(RangeError)
  })

  it.each([0, 1, 127, 128, 300, 2 ** 31 - 1, 2 ** 31, 2 ** 40, Number.MAX_SAFE_INTEGER])('round-trip %d', (value) => {
    const writer = new ByteWriter()
    writer.varint(value)
    expect(new ByteReader(writer.finish()).varint()).toBe(value)
  })
})

describe('postings', () => {
  it('round-trip claim numbers and field bits', () => {
    const docs = [0, 1, 5, 200, 100_000]
    const fields = [1, 16, 3, 63, 8]
    const decoded = decodePostings(encodePostings(docs, fields), docs.length)
    expect([...decoded.docs]).toEqual(docs)
    expect([...decoded.fields]).toEqual(fields)
  })

  it('refuse a truncated list', () => {
    const bytes = encodePostings([1, 2, 3], [1, 1, 1])
    expect(() => decodePostings(bytes.subarray(0, 4), 3)).toThrow(RangeError)
  })
})

describe('term shards', () => {
  it('round-trip terms, including non-ASCII ones', () => {
    const entries = [
      { term: 'asylum', count: 2, postings: encodePostings([1, 4], [1, 2]) },
      { term: 'éxodo', count: 1, postings: encodePostings([3], [16]) },
      { term: '#%77', count: 1, postings: encodePostings([0], [2]) },
    ]
    const table = readTermShard(encodeTermShard(entries))
    expect([...table.keys()]).toEqual(['asylum', 'éxodo', '#%77'])
    const asylum = table.get('asylum')
    expect(asylum && [...decodePostings(asylum.bytes, asylum.count).docs]).toEqual([1, 4])
  })
})

describe('shardOf', () => {
  it('is stable and in range', () => {
    // FNV-1a's published 32-bit test vectors, then a term pinned: the index's shard layout depends on it.
    expect(fnv1a('')).toBe(0x811c9dc5)
    expect(fnv1a('a')).toBe(0xe40c292c)
    expect(fnv1a('foobar')).toBe(0xbf9cf968)
    expect(fnv1a('asylum')).toBe(0xa1cb9f16)
    for (const term of ['asylum', 'border', '#499000', '@topic:asylum']) {
      expect(shardOf(term, 1)).toBe(0)
      const shard = shardOf(term, 7)
      expect(shard).toBeGreaterThanOrEqual(0)
      expect(shard).toBeLessThan(7)
    }
  })
})
