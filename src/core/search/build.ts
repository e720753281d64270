import { FIELDS, fieldTexts, figureOf, toSearchDoc, type FieldName, type SearchSource } from './document'
import {
  AXIS_FACETS,
  FACETS,
  FORMAT_VERSION,
  RATES,
  encodeFigureBucket,
  encodePostings,
  encodeTermShard,
  facetTerm,
  fnv1a,
  shardOf,
  type CompactDoc,
  type FacetName,
  type FacetValue,
  type Manifest,
} from './index-files'
import { facetKey, wordTokens } from './normalise'
import { bucketName, bucketOf, numberKey, scanNumbers } from './numbers'
import { claimPath } from '../paths'

/** A file of the built index: its path under `out/search/` and its contents. */
export interface IndexFile {
  readonly path: string
  readonly contents: string | Uint8Array
}

export interface BuildOptions {
  /** Claims per display shard; a result page of 20 touches at most 20 of these. */
  readonly docsPerShard?: number
  /** Aim for term shards of about this many bytes of postings. */
  readonly termShardBytes?: number
}

export interface BuiltIndex {
  readonly manifest: Manifest
  readonly files: readonly IndexFile[]
}

const DEFAULT_DOCS_PER_SHARD = 64
const DEFAULT_TERM_SHARD_BYTES = 48_000
// Longer "words" are pasted URLs or noise; no reader types them.
const MAX_TERM_LENGTH = 40

interface PostingList {
  docs: number[]
  fields: number[]
}

function addPosting(postings: Map<string, PostingList>, term: string, doc: number, field: number): void {
  let list = postings.get(term)
  if (!list) {
    list = { docs: [], fields: [] }
    postings.set(term, list)
  }
  const last = list.docs.length - 1
  if (last >= 0 && list.docs[last] === doc) list.fields[last] = (list.fields[last] as number) | field
  else {
    list.docs.push(doc)
    list.fields.push(field)
  }
}

/** A claim's facet values as `[key, label]`: each axis by its id, the rest by their text. */
function facetValues(claim: SearchSource): Record<FacetName, [string, string][]> {
  const byText = (label: string): [string, string] => [facetKey(label), label]
  return {
    source: [byText(claim.source.publisher)],
    unit: [byText(claim.unit)],
    arithmetic: [[facetKey(claim.axes.arithmetic.id), claim.axes.arithmetic.label]],
    record: [[facetKey(claim.axes.record.id), claim.axes.record.label]],
    sourcing: [[facetKey(claim.axes.sourcing.id), claim.axes.sourcing.label]],
    topic: claim.topics.map(byText),
  }
}

/**
 * The filter values of a list of claims, commonest first: what the index's manifest lists and
 * what the search page renders into its filter menus, so both agree and nothing waits for the index.
 * @example searchFacets(claims).arithmetic // [{ key: 'adds-up', label: 'Adds up', count: 12 }, …]
 */
export function searchFacets(claims: readonly SearchSource[]): Record<FacetName, FacetValue[]> {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, { label: string; count: number }>()])) as Record<
    FacetName,
    Map<string, { label: string; count: number }>
  >
  for (const claim of claims) {
    const values = facetValues(claim)
    for (const facet of FACETS) {
      for (const [key, label] of values[facet]) {
        if (key === '') continue
        const entry = facets[facet].get(key)
        if (entry) entry.count++
        else facets[facet].set(key, { label, count: 1 })
      }
    }
  }
  return Object.fromEntries(
    FACETS.map((facet) => [
      facet,
      [...facets[facet]].map(([key, { label, count }]): FacetValue => ({ key, label, count })).sort((a, b) => b.count - a.count || compareCodeUnits(a.key, b.key)),
    ]),
  ) as Record<FacetName, FacetValue[]>
}

/** A facet value as a compact record stores it: its position in the list, or the text itself. */
function facetRef(positions: ReadonlyMap<string, { position: number; label: string }>, label: string, key = facetKey(label)): number | string {
  const found = positions.get(key)
  return found && found.label === label ? found.position : label
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function hashFiles(files: readonly IndexFile[]): string {
  let hash = 0x811c9dc5
  for (const file of files) {
    const text = typeof file.contents === 'string' ? file.contents : ''
    hash = Math.imul(hash ^ fnv1a(file.path + text), 0x01000193)
    if (typeof file.contents !== 'string') {
      for (const byte of file.contents) hash = Math.imul(hash ^ byte, 0x01000193)
    }
  }
  return (hash >>> 0).toString(36)
}

/**
 * Builds the search index of a list of claims, in the order given (which is also the order of
 * equal-scoring results): an inverted index of normalised words and number keys, an exact index
 * of figures by magnitude, facet lists and display records, each split into files a browser
 * fetches only when a query needs them.
 * @example buildSearchIndex(claims).files.map((file) => file.path) // ['index.json', 'terms/0.bin', 'figures/n5.json', 'docs/0.json', …]
 */
export function buildSearchIndex(claims: readonly SearchSource[], options: BuildOptions = {}): BuiltIndex {
  const docsPerShard = Math.max(1, Math.floor(options.docsPerShard ?? DEFAULT_DOCS_PER_SHARD))
  const postings = new Map<string, PostingList>()
  const buckets = new Map<string, { doc: number; value: number; low: number; high: number; flags: number }[]>()

  claims.forEach((claim, doc) => {
    const texts = fieldTexts(claim)
    for (const name of Object.keys(FIELDS) as FieldName[]) {
      const text = texts[name]
      const field = FIELDS[name]
      for (const token of wordTokens(text)) {
        if (token.term.length <= MAX_TERM_LENGTH) addPosting(postings, token.term, doc, field)
      }
      for (const mention of scanNumbers(text)) addPosting(postings, numberKey(mention.value, mention.percent), doc, field)
    }

    const values = facetValues(claim)
    for (const facet of FACETS) {
      for (const [key] of values[facet]) {
        if (key !== '') addPosting(postings, facetTerm(facet, key), doc, 0)
      }
    }

    const figure = figureOf(claim)
    if (figure) {
      const kind = figure.percent ? 'p' : 'n'
      const flags = (figure.percent ? 1 : 0) | (RATES.indexOf(figure.rate) << 1)
      for (let bucket = bucketOf(figure.low); bucket <= bucketOf(figure.high); bucket++) {
        const name = bucketName(kind, bucket)
        const list = buckets.get(name) ?? []
        list.push({ doc, value: figure.value, low: figure.low, high: figure.high, flags })
        buckets.set(name, list)
      }
    }
  })

  const encoded = [...postings].map(([term, list]) => ({ term, count: list.docs.length, postings: encodePostings(list.docs, list.fields) }))
  const postingBytes = encoded.reduce((total, entry) => total + entry.postings.length + entry.term.length + 4, 0)
  const termShards = Math.min(4096, Math.max(1, Math.ceil(postingBytes / (options.termShardBytes ?? DEFAULT_TERM_SHARD_BYTES))))
  const shards: (typeof encoded)[] = Array.from({ length: termShards }, () => [])
  for (const entry of encoded) shards[shardOf(entry.term, termShards)]?.push(entry)

  const files: IndexFile[] = []
  shards.forEach((entries, shard) => {
    entries.sort((a, b) => compareCodeUnits(a.term, b.term))
    files.push({ path: `terms/${shard}.bin`, contents: encodeTermShard(entries) })
  })

  const figureBuckets: Record<string, number> = {}
  for (const [name, entries] of [...buckets].sort(([a], [b]) => compareCodeUnits(a, b))) {
    entries.sort((a, b) => a.value - b.value || a.doc - b.doc)
    figureBuckets[name] = entries.length
    files.push({ path: `figures/${name}.bin`, contents: encodeFigureBucket(entries) })
  }

  const words = [...postings.keys()].filter((term) => !term.startsWith('#') && !term.startsWith('@')).sort(compareCodeUnits)
  const manifestWithoutBuild: Omit<Manifest, 'build'> = {
    version: FORMAT_VERSION,
    docs: claims.length,
    docsPerShard,
    termShards,
    figureBuckets,
    terms: words,
    df: words.map((term) => postings.get(term)?.docs.length ?? 0),
    facets: searchFacets(claims),
  }
  const positions = Object.fromEntries(
    FACETS.map((facet) => [facet, new Map(manifestWithoutBuild.facets[facet].map((value, position) => [value.key, { position, label: value.label }]))]),
  ) as Record<FacetName, Map<string, { position: number; label: string }>>
  const compact = claims.map((claim): CompactDoc => {
    const doc = toSearchDoc(claim)
    const unit = facetRef(positions.unit, doc.unit)
    const publisher = facetRef(positions.source, doc.publisher)
    const axes = AXIS_FACETS.map((axis) => positions[axis].get(facetKey(doc.axes[axis].id))?.position ?? 0) as unknown as CompactDoc[7]
    const topics = doc.topics.map((topic) => facetRef(positions.topic, topic))
    if (doc.url === claimPath(doc.id)) return [doc.id, doc.title, doc.written, doc.hedge, unit, publisher, doc.saidBy, axes, topics]
    return [doc.id, doc.title, doc.written, doc.hedge, unit, publisher, doc.saidBy, axes, topics, doc.url]
  })
  for (let start = 0; start < compact.length; start += docsPerShard) {
    files.push({ path: `docs/${start / docsPerShard}.json`, contents: JSON.stringify(compact.slice(start, start + docsPerShard)) })
  }

  const build = hashFiles([...files, { path: 'index.json', contents: JSON.stringify(manifestWithoutBuild) }])
  const manifest: Manifest = { ...manifestWithoutBuild, build }
  return { manifest, files: [{ path: 'index.json', contents: JSON.stringify(manifest) }, ...files] }
}
