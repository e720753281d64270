import type { SearchDoc } from './document'
import {
  AXIS_FACETS,
  FORMAT_VERSION,
  FACETS,
  decodeFigureBucket,
  decodePostings,
  readTermShard,
  shardOf,
  type CompactDoc,
  type DocShard,
  type FacetName,
  type FigureColumns,
  type Manifest,
  type Postings,
} from './index-files'
import { FuzzyDictionary } from './fuzzy'
import { claimPath } from '../paths'

/**
 * Reads a file of the index by its path under `out/search/` ("terms/3.bin"): a string for JSON
 * files, bytes for `.bin`. The browser fetches; the CLI and the benchmark read from disk or memory.
 */
export type IndexLoader = (path: string) => Promise<string | Uint8Array>

export type { FigureColumns }

/**
 * A search index file that is missing, of another version or malformed.
 * @example await SearchIndex.open(async () => 'not json') // throws SearchIndexError
 */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SearchIndexError'
  }
}

function isManifest(value: unknown): value is Manifest {
  if (typeof value !== 'object' || value === null) return false
  const manifest = value as Partial<Manifest>
  return (
    manifest.version === FORMAT_VERSION &&
    typeof manifest.build === 'string' &&
    Number.isInteger(manifest.docs) &&
    Number.isInteger(manifest.docsPerShard) &&
    (manifest.docsPerShard ?? 0) > 0 &&
    Number.isInteger(manifest.termShards) &&
    (manifest.termShards ?? 0) > 0 &&
    Array.isArray(manifest.terms) &&
    Array.isArray(manifest.df) &&
    manifest.terms.length === manifest.df.length &&
    typeof manifest.figureBuckets === 'object' &&
    typeof manifest.facets === 'object' &&
    manifest.facets !== null &&
    FACETS.every((facet) => Array.isArray(manifest.facets?.[facet]))
  )
}

function asText(contents: string | Uint8Array): string {
  if (typeof contents === 'string') return contents
  return new TextDecoder().decode(contents)
}

function asBytes(contents: string | Uint8Array, path: string): Uint8Array {
  if (contents instanceof Uint8Array) return contents
  throw new SearchIndexError(`Search index file ${path}: expected bytes, got text`)
}

/**
 * The search index as the browser holds it: the manifest and dictionary up front, everything
 * else fetched on first use and kept. Failed fetches are not kept, so a retry fetches again.
 * @example const index = await SearchIndex.open(loader); await search(index, '77%')
 */
export class SearchIndex {
  readonly fuzzy: FuzzyDictionary
  private readonly termShards = new Map<number, Promise<Map<string, { count: number; bytes: Uint8Array }>>>()
  private readonly postingCache = new Map<string, Postings>()
  private readonly buckets = new Map<string, Promise<FigureColumns>>()
  private readonly docShards = new Map<number, Promise<readonly SearchDoc[]>>()

  private constructor(
    readonly manifest: Manifest,
    private readonly load: IndexLoader,
  ) {
    this.fuzzy = new FuzzyDictionary(manifest.terms, manifest.df)
  }

  /**
   * Opens an index by reading its `index.json`.
   * @example const index = await SearchIndex.open((path) => fetch(`/search/${path}`).then((r) => r.text()))
   */
  static async open(load: IndexLoader): Promise<SearchIndex> {
    const text = asText(await load('index.json'))
    let manifest: unknown
    try {
      manifest = JSON.parse(text)
    } catch {
      throw new SearchIndexError('Search index index.json is not JSON')
    }
    if (!isManifest(manifest)) throw new SearchIndexError(`Search index index.json is not a version ${FORMAT_VERSION} index`)
    return new SearchIndex(manifest, load)
  }

  /** Fetches once per key; forgets a failure so that the next call tries again. */
  private cached<K, V>(cache: Map<K, Promise<V>>, key: K, fetch: () => Promise<V>): Promise<V> {
    let pending = cache.get(key)
    if (!pending) {
      pending = fetch()
      cache.set(key, pending)
      pending.catch(() => cache.delete(key))
    }
    return pending
  }

  /** The index position of a dictionary word, or −1. */
  termIndex(term: string): number {
    const { terms } = this.manifest
    let low = 0
    let high = terms.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const here = terms[middle] as string
      if (here === term) return middle
      if (here < term) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  /** The `limit` commonest dictionary words starting with `prefix`, the word itself excluded. */
  prefixTerms(prefix: string, limit: number): string[] {
    const { terms, df } = this.manifest
    let low = 0
    let high = terms.length
    while (low < high) {
      const middle = (low + high) >> 1
      if ((terms[middle] as string) < prefix) low = middle + 1
      else high = middle
    }
    const found: number[] = []
    for (let index = low; index < terms.length && (terms[index] as string).startsWith(prefix); index++) {
      if (terms[index] === prefix) continue
      found.push(index)
    }
    if (found.length > limit) found.sort((a, b) => (df[b] ?? 0) - (df[a] ?? 0) || a - b)
    return found.slice(0, limit).map((index) => terms[index] as string)
  }

  /** A term's postings (words, "#499000" number keys, "@topic:asylum" facet keys); null when absent. */
  async postings(term: string): Promise<Postings | null> {
    const known = this.postingCache.get(term)
    if (known) return known
    const shard = shardOf(term, this.manifest.termShards)
    const table = await this.cached(this.termShards, shard, async () => {
      const path = `terms/${shard}.bin`
      return readTermShard(asBytes(await this.load(path), path))
    })
    const entry = table.get(term)
    if (!entry) return null
    const decoded = decodePostings(entry.bytes, entry.count)
    this.postingCache.set(term, decoded)
    return decoded
  }

  /** A figure bucket by name ("n5"); null when the index has none. */
  async figures(name: string): Promise<FigureColumns | null> {
    if (!Object.hasOwn(this.manifest.figureBuckets, name)) return null
    return this.cached(this.buckets, name, async () => {
      const path = `figures/${name}.bin`
      return decodeFigureBucket(asBytes(await this.load(path), path))
    })
  }

  private facetLabel(facet: FacetName, ref: number | string | undefined): string {
    if (typeof ref === 'string') return ref
    return this.manifest.facets[facet][ref ?? -1]?.label ?? ''
  }

  private expandDoc(record: CompactDoc): SearchDoc {
    const [id, title, written, hedge, unit, publisher, saidBy, axes, topics, url] = record
    const axis = (facet: (typeof AXIS_FACETS)[number], position: number) => {
      const value = this.manifest.facets[facet][position]
      return { id: value?.key ?? '', label: value?.label ?? '' }
    }
    return {
      id,
      url: url ?? claimPath(id),
      title,
      written,
      hedge,
      unit: this.facetLabel('unit', unit),
      publisher: this.facetLabel('source', publisher),
      saidBy,
      axes: { arithmetic: axis('arithmetic', axes[0]), record: axis('record', axes[1]), sourcing: axis('sourcing', axes[2]) },
      topics: topics.map((topic) => this.facetLabel('topic', topic)),
    }
  }

  /** Display records of claims by their position in the index, in the order asked. */
  async documents(docs: readonly number[]): Promise<SearchDoc[]> {
    const { docsPerShard } = this.manifest
    const shards = [...new Set(docs.map((doc) => Math.floor(doc / docsPerShard)))]
    const loaded = new Map(
      await Promise.all(
        shards.map(async (shard) => {
          const records = await this.cached(this.docShards, shard, async () => {
            const path = `docs/${shard}.json`
            const records = JSON.parse(asText(await this.load(path))) as DocShard
            return records.map((record) => this.expandDoc(record))
          })
          return [shard, records] as const
        }),
      ),
    )
    return docs.map((doc) => {
      const record = loaded.get(Math.floor(doc / docsPerShard))?.[doc % docsPerShard]
      if (!record) throw new SearchIndexError(`Search index has no record for claim #${doc}`)
      return record
    })
  }
}
