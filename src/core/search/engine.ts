import { FIELDS } from './document'
import { FACETS, RATES, facetTerm, type FacetName, type Postings } from './index-files'
import { MIN_FUZZY_LENGTH } from './fuzzy'
import { facetKey } from './normalise'
import { BUCKET_MAX, BUCKET_MIN, bucketName, bucketOf, canonicalValue, numberKey, type FigureKind } from './numbers'
import { isEmptyQuery, parseQuery, type ParsedQuery, type QueryNumber, type QueryRange } from './query'
import type { FigureColumns, SearchIndex } from './reader'

/** Facet keys to keep, per facet: values of one facet are alternatives, facets combine. */
export type SearchFilters = Partial<Record<FacetName, readonly string[]>>

export interface SearchOptions {
  readonly filters?: SearchFilters
  /** How many hits to rank and return (default 20, at most 500). */
  readonly limit?: number
}

/** How a claim's figure met the query's number, if it did. */
export type FigureMatch = 'exact' | 'interval' | 'range'

export interface SearchHit {
  /** The claim's position in the index; {@link SearchIndex.documents} turns it into a record. */
  readonly doc: number
  readonly score: number
  readonly figure: FigureMatch | null
}

export interface SearchResults {
  readonly query: ParsedQuery
  readonly hits: readonly SearchHit[]
  /** How many claims matched, of which `hits` are the best. */
  readonly total: number
  /** Dictionary words the query's words matched (after prefix and typo expansion), for highlighting. */
  readonly terms: readonly string[]
  /** True when no claim matched every word and claims matching some are shown instead. */
  readonly relaxed: boolean
}

// Ranking weights. A figure that is the number typed outranks any number of word matches in
// one field; its interval holding the number comes next; the number merely mentioned, last.
const FIELD_WEIGHT: Record<keyof typeof FIELDS, number> = { title: 3, figure: 2.5, source: 2.5, topic: 2, quote: 1, context: 1 }
const EXACT_FIGURE = 30
const INTERVAL_FIGURE = 15
const MENTION_CAP = 10
const RANGE_FIGURE = 4
const RANGE_BOUND_BONUS = 6
// A one-letter prefix says little; completing it to many words only costs time.
const PREFIX_EXPANSIONS = [0, 4, 8, 16] as const
const FUZZY_EXPANSIONS = 3
const DEFAULT_LIMIT = 20
const MAX_LIMIT = 500

// The weight of a posting's field bits: its best field, plus a little for each further one.
const MASK_WEIGHT = Float64Array.from({ length: 64 }, (_, mask) => {
  const weights = Object.entries(FIELDS)
    .filter(([, bit]) => (mask & bit) !== 0)
    .map(([name]) => FIELD_WEIGHT[name as keyof typeof FIELDS])
    .sort((a, b) => b - a)
  return weights.length === 0 ? 0 : (weights[0] as number) + 0.1 * (weights.length - 1)
})

interface Expansion {
  readonly term: string
  readonly quality: number
}

interface Group {
  readonly required: boolean
  /** The word typed is itself a dictionary word. */
  readonly exact: boolean
  readonly expansions: readonly Expansion[]
  readonly number: QueryNumber | null
}

/** Per-index scratch arrays, reused across searches so that a keystroke allocates little. */
interface Scratch {
  /** Summed score per claim. */
  readonly total: Float64Array
  /** Best score within the group being scored. */
  readonly group: Float64Array
  /** Which query groups a claim matched, one bit each. */
  readonly bits: Uint32Array
  /** 3 exact figure, 2 interval, 1 inside a comparison. */
  readonly figure: Uint8Array
  /** Which facet filters a claim passes, one bit each. */
  readonly filter: Uint8Array
  /** How many comparisons in a row a claim has passed. */
  readonly ranged: Uint8Array
  /** 1 for claims in the touched list. */
  readonly seen: Uint8Array
  readonly touched: Int32Array
  readonly inGroup: Int32Array
  readonly inRange: Int32Array
}
const scratches = new WeakMap<SearchIndex, Scratch>()

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index)
  if (!scratch) {
    const size = index.manifest.docs
    scratch = {
      total: new Float64Array(size),
      group: new Float64Array(size),
      bits: new Uint32Array(size),
      figure: new Uint8Array(size),
      filter: new Uint8Array(size),
      ranged: new Uint8Array(size),
      seen: new Uint8Array(size),
      touched: new Int32Array(size),
      inGroup: new Int32Array(size),
      inRange: new Int32Array(size),
    }
    scratches.set(index, scratch)
  }
  return scratch
}

async function expand(index: SearchIndex, query: ParsedQuery): Promise<Group[]> {
  const groups: Group[] = []
  for (const word of query.words) {
    const expansions: Expansion[] = []
    const exact = index.termIndex(word.term) >= 0
    if (exact) expansions.push({ term: word.term, quality: 1 })
    if (word.prefix) {
      for (const term of index.prefixTerms(word.term, PREFIX_EXPANSIONS[Math.min(word.term.length, 3)] as number)) {
        // A longer completion is a less certain guess at what is being typed.
        expansions.push({ term, quality: 0.5 + 0.4 * Math.sqrt(word.term.length / term.length) })
      }
    }
    if (expansions.length === 0 && !word.optional && word.term.length >= MIN_FUZZY_LENGTH) {
      expansions.push(...(await index.fuzzy.lookup(word.term, FUZZY_EXPANSIONS)))
    }
    groups.push({ required: !word.optional, exact, expansions, number: null })
  }
  for (const number of query.numbers) groups.push({ required: true, exact: true, expansions: [], number })
  // A query of stopwords alone ("in") still has to match something.
  if (groups.length > 0 && groups.every((group) => !group.required)) return groups.map((group) => ({ ...group, required: true }))
  return groups
}

function numberKeys(number: QueryNumber): string[] {
  return number.percent ? [numberKey(number.value, true)] : [numberKey(number.value, false), numberKey(number.value, true)]
}

function kindsOf(percent: boolean): FigureKind[] {
  return percent ? ['p'] : ['n', 'p']
}

function rateMatches(flags: number, rate: QueryNumber['rate']): boolean {
  return rate === null || RATES[(flags >> 1) & 7] === rate
}

/** Bucket names a value range spans, for the given kinds. */
function bucketsFor(low: number, high: number, kinds: readonly FigureKind[]): string[] {
  const from = Number.isFinite(low) ? bucketOf(low) : BUCKET_MIN
  const to = Number.isFinite(high) ? bucketOf(high) : BUCKET_MAX
  const names: string[] = []
  for (const kind of kinds) for (let bucket = from; bucket <= to; bucket++) names.push(bucketName(kind, bucket))
  return names
}

function boundedLimit(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_LIMIT
  return Math.min(MAX_LIMIT, Math.max(1, Math.floor(limit)))
}

/** Keeps the `limit` best hits: highest score first, then index order. A binary heap, worst on top. */
class TopHits {
  private readonly docs: number[] = []
  private readonly scores: number[] = []
  constructor(private readonly limit: number) {}

  private worse(a: number, b: number): boolean {
    const scoreA = this.scores[a] as number
    const scoreB = this.scores[b] as number
    return scoreA < scoreB || (scoreA === scoreB && (this.docs[a] as number) > (this.docs[b] as number))
  }

  private swap(a: number, b: number): void {
    const { docs, scores } = this
    ;[docs[a], docs[b]] = [docs[b] as number, docs[a] as number]
    ;[scores[a], scores[b]] = [scores[b] as number, scores[a] as number]
  }

  offer(doc: number, score: number): void {
    const { docs, scores } = this
    if (docs.length === this.limit) {
      const worstScore = scores[0] as number
      if (score < worstScore || (score === worstScore && doc > (docs[0] as number))) return
      docs[0] = doc
      scores[0] = score
      this.siftDown()
      return
    }
    docs.push(doc)
    scores.push(score)
    for (let child = docs.length - 1; child > 0;) {
      const parent = (child - 1) >> 1
      if (!this.worse(child, parent)) break
      this.swap(child, parent)
      child = parent
    }
  }

  private siftDown(): void {
    const size = this.docs.length
    for (let parent = 0; ;) {
      const left = parent * 2 + 1
      let worst = parent
      if (left < size && this.worse(left, worst)) worst = left
      if (left + 1 < size && this.worse(left + 1, worst)) worst = left + 1
      if (worst === parent) return
      this.swap(worst, parent)
      parent = worst
    }
  }

  best(): { doc: number; score: number }[] {
    return this.docs.map((doc, at) => ({ doc, score: this.scores[at] as number })).sort((a, b) => b.score - a.score || a.doc - b.doc)
  }
}

/**
 * Searches the index: words (with prefixes and typos), numbers in any spelling, comparisons and
 * facet filters. Any string is a valid query; the result may be empty, never an exception from
 * the query itself (a failed fetch of an index file still rejects).
 * @example (await search(index, '77 percent')).hits[0] // { doc: 3, score: 30, figure: 'exact' }
 * @example await search(index, 'over 100,000', { filters: { topic: ['asylum'] } })
 */
export async function search(index: SearchIndex, input: string, options: SearchOptions = {}): Promise<SearchResults> {
  const query = parseQuery(input)
  const limit = boundedLimit(options.limit)
  const filters = FACETS.map((facet) => ({
    facet,
    keys: [...new Set((options.filters?.[facet] ?? []).filter((key): key is string => typeof key === 'string').map(facetKey))].filter((key) => key !== ''),
  })).filter((filter) => filter.keys.length > 0)
  if (isEmptyQuery(query) && filters.length === 0) return { query, hits: [], total: 0, terms: [], relaxed: false }

  // Everything a query needs is fetched first; scoring then runs without awaiting, so two
  // searches in flight never share the scratch arrays mid-way.
  const groups = await expand(index, query)
  const postingTerms = new Set<string>()
  for (const group of groups) {
    for (const expansion of group.expansions) postingTerms.add(expansion.term)
    if (group.number) for (const key of numberKeys(group.number)) postingTerms.add(key)
  }
  for (const { facet, keys } of filters) for (const key of keys) postingTerms.add(facetTerm(facet, key))
  const bucketNames = new Set<string>()
  for (const group of groups) if (group.number) for (const name of bucketsFor(group.number.value, group.number.value, kindsOf(group.number.percent))) bucketNames.add(name)
  for (const range of query.ranges) for (const name of bucketsFor(range.low, range.high, kindsOf(range.percent))) bucketNames.add(name)

  const [postingEntries, bucketEntries] = await Promise.all([
    Promise.all([...postingTerms].map(async (term) => [term, await index.postings(term)] as const)),
    Promise.all([...bucketNames].map(async (name) => [name, await index.figures(name)] as const)),
  ])
  const postings = new Map<string, Postings>()
  for (const [term, list] of postingEntries) if (list) postings.set(term, list)
  const buckets = new Map<string, FigureColumns>()
  for (const [name, columns] of bucketEntries) if (columns) buckets.set(name, columns)

  return rank(index, query, groups, filters, postings, buckets, limit)
}

function rank(
  index: SearchIndex,
  query: ParsedQuery,
  groups: readonly Group[],
  filters: readonly { facet: FacetName; keys: readonly string[] }[],
  postings: ReadonlyMap<string, Postings>,
  buckets: ReadonlyMap<string, FigureColumns>,
  limit: number,
): SearchResults {
  const docs = index.manifest.docs
  const { total, group: groupScore, bits, figure, filter, ranged, seen, touched, inGroup, inRange } = scratchOf(index)
  const matchedTerms = new Set<string>()
  const idf = (count: number) => Math.log(1 + docs / Math.max(1, count))
  const ranges = query.ranges
  const bounds = ranges
    .flatMap((range: QueryRange) => [range.low, range.high])
    .filter(Number.isFinite)
    .map(canonicalValue)

  // How many postings and figures a group reads: the smallest required group goes first.
  const sizeOf = (group: Group) =>
    group.expansions.reduce((sum, expansion) => sum + (postings.get(expansion.term)?.docs.length ?? 0), 0) +
    (group.number ? numberKeys(group.number).reduce((sum, key) => sum + (postings.get(key)?.docs.length ?? 0), 0) + 1 : 0)
  const order = groups.map((group, position) => ({ group, position, size: sizeOf(group) })).sort((a, b) => Number(b.group.required) - Number(a.group.required) || a.size - b.size)
  const requiredMask = groups.reduce((mask, group, position) => (group.required ? mask | (1 << position) : mask), 0)

  let touchedCount = 0
  let rangedCount = 0
  const touch = (doc: number) => {
    if (seen[doc] === 0) {
      seen[doc] = 1
      touched[touchedCount++] = doc
    }
  }

  /**
   * Scores every group into the scratch arrays. `strict`: only the first (smallest) required
   * group brings in claims, and the others only add to those: exactly the claims matching every
   * required group, without walking the union of huge posting lists.
   */
  const scoreGroups = (strict: boolean) => {
    order.forEach(({ group, position }, step) => {
      const bit = 1 << position
      const opens = !strict || step === 0
      let inCount = 0
      // Keeps the best score a claim gets within this group; scores are always above zero.
      const offer = (doc: number, score: number) => {
        if (!opens && seen[doc] === 0) return
        const current = groupScore[doc] as number
        if (current === 0) inGroup[inCount++] = doc
        if (score > current) groupScore[doc] = score
      }
      for (const expansion of group.expansions) {
        const list = postings.get(expansion.term)
        if (!list) continue
        matchedTerms.add(expansion.term)
        const base = idf(list.docs.length) * expansion.quality
        const listDocs = list.docs
        const listFields = list.fields
        for (let at = 0; at < listDocs.length; at++) {
          offer(listDocs[at] as number, Math.max(1e-6, base * (MASK_WEIGHT[listFields[at] as number] as number)))
        }
      }
      const number = group.number
      if (number) {
        for (const key of numberKeys(number)) {
          const list = postings.get(key)
          if (!list) continue
          const base = 0.5 * idf(list.docs.length)
          for (let at = 0; at < list.docs.length; at++) {
            offer(list.docs[at] as number, Math.max(1e-6, Math.min(MENTION_CAP, base * (MASK_WEIGHT[list.fields[at] as number] as number))))
          }
        }
        for (const name of bucketsFor(number.value, number.value, kindsOf(number.percent))) {
          const columns = buckets.get(name)
          if (!columns) continue
          for (let at = 0; at < columns.doc.length; at++) {
            const low = columns.low[at] as number
            const high = columns.high[at] as number
            if (number.value < low || number.value > high) continue
            const doc = columns.doc[at] as number
            if (!opens && seen[doc] === 0) continue
            const value = columns.value[at] as number
            const rateOk = rateMatches(columns.flags[at] as number, number.rate)
            if (value === number.value && rateOk) {
              offer(doc, EXACT_FIGURE)
              figure[doc] = 3
            } else if (rateOk) {
              // Closer to the figure's own value scores a little higher within its interval.
              const spread = Math.max(high - value, value - low, Number.MIN_VALUE)
              offer(doc, INTERVAL_FIGURE * (1 - 0.2 * Math.min(1, Math.abs(number.value - value) / spread)))
              if ((figure[doc] as number) < 2) figure[doc] = 2
            } else {
              offer(doc, MENTION_CAP)
            }
          }
        }
      }
      for (let at = 0; at < inCount; at++) {
        const doc = inGroup[at] as number
        touch(doc)
        total[doc] = (total[doc] as number) + (groupScore[doc] as number)
        bits[doc] = (bits[doc] as number) | bit
        groupScore[doc] = 0
      }
    })

    // Comparisons: a claim must pass every one, in turn; passing the last scores a little, more
    // when its figure is one of the bounds typed ("more than 3,900" finds the 3,900 claim first).
    ranges.forEach((range, position) => {
      const last = position === ranges.length - 1
      for (const name of bucketsFor(range.low, range.high, kindsOf(range.percent))) {
        const columns = buckets.get(name)
        if (!columns) continue
        for (let at = 0; at < columns.doc.length; at++) {
          const doc = columns.doc[at] as number
          // Figures spanning two buckets appear in both; the count makes the second a no-op.
          if (ranged[doc] !== position) continue
          const value = columns.value[at] as number
          if (value < range.low || value > range.high || !rateMatches(columns.flags[at] as number, range.rate)) continue
          ranged[doc] = position + 1
          if (position === 0) inRange[rangedCount++] = doc
          if (!last || (groups.length > 0 && seen[doc] === 0)) continue
          touch(doc)
          total[doc] = (total[doc] as number) + RANGE_FIGURE + (bounds.includes(value) ? RANGE_BOUND_BONUS : 0)
          if (figure[doc] === 0) figure[doc] = 1
        }
      }
    })

    // Facet filters: one bit per facet in use; a claim must carry all of them.
    filters.forEach(({ facet, keys }, position) => {
      for (const key of keys) {
        const list = postings.get(facetTerm(facet, key))
        if (!list) continue
        for (let at = 0; at < list.docs.length; at++) {
          const doc = list.docs[at] as number
          if (groups.length === 0 && ranges.length === 0 && position === 0) touch(doc)
          filter[doc] = (filter[doc] as number) | (1 << position)
        }
      }
    })
  }

  const reset = () => {
    for (let at = 0; at < touchedCount; at++) {
      const doc = touched[at] as number
      total[doc] = 0
      bits[doc] = 0
      figure[doc] = 0
      seen[doc] = 0
    }
    for (let at = 0; at < rangedCount; at++) ranged[inRange[at] as number] = 0
    // Filter bits may sit on claims nothing else touched.
    for (const { facet, keys } of filters) {
      for (const key of keys) {
        const list = postings.get(facetTerm(facet, key))
        if (list) for (const doc of list.docs) filter[doc] = 0
      }
    }
    touchedCount = 0
    rangedCount = 0
  }

  const allFilters = (1 << filters.length) - 1
  const collect = (mask: number, any: boolean) => {
    const top = new TopHits(limit)
    let count = 0
    for (let at = 0; at < touchedCount; at++) {
      const doc = touched[at] as number
      if (ranges.length > 0 && (ranged[doc] as number) < ranges.length) continue
      if (filters.length > 0 && filter[doc] !== allFilters) continue
      let score = total[doc] as number
      if (groups.length > 0) {
        const found = (bits[doc] as number) & mask
        if (any ? found === 0 : found !== mask) continue
        if (any) score *= popcount(found) / popcount(mask)
      }
      count++
      top.offer(doc, score)
    }
    return { top, count }
  }

  scoreGroups(true)
  let { top, count } = collect(requiredMask, false)
  let relaxed = false
  const lastGroup = query.words.length - 1
  const halfTyped = lastGroup >= 0 && (query.words[lastGroup]?.prefix ?? false) && !(groups[lastGroup]?.exact ?? true)
  const withoutLast = halfTyped ? requiredMask & ~(1 << lastGroup) : requiredMask
  if (count === 0 && popcount(requiredMask) > 1) {
    // Nothing has every word: score again with every group bringing in claims, then show, while
    // a word is half typed, what the words before it find; failing that, claims matching any.
    reset()
    scoreGroups(false)
    if (withoutLast !== requiredMask && withoutLast !== 0) ({ top, count } = collect(withoutLast, false))
    if (count === 0) {
      ;({ top, count } = collect(requiredMask, true))
      relaxed = count > 0
    }
  }

  const hits = top.best().map(({ doc, score }): SearchHit => ({
    doc,
    score: Math.round(score * 1000) / 1000,
    figure: figure[doc] === 3 ? 'exact' : figure[doc] === 2 ? 'interval' : figure[doc] === 1 ? 'range' : null,
  }))
  reset()
  return { query, hits, total: count, terms: [...matchedTerms], relaxed }
}

function popcount(value: number): number {
  let count = 0
  for (let rest = value; rest !== 0; rest &= rest - 1) count++
  return count
}
