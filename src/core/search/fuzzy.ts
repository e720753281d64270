/**
 * Typo tolerance over the dictionary of distinct words, never over the claims. Bigrams shared
 * with the typed word pick a small candidate set; fuse.js, which is good at scoring a handful of
 * strings and slow at scanning a corpus, ranks only those.
 */

/** A dictionary word that a typed word may have meant, and how close it is (1 = same). */
export interface FuzzyMatch {
  readonly term: string
  readonly quality: number
}

/** Below this length a typo is indistinguishable from another word ("bard", "bird", "bord"). */
export const MIN_FUZZY_LENGTH = 4
const MAX_CANDIDATES = 64
// fuse.js scores 0 (same) to 1 (unrelated); a one-letter slip in a five-letter word scores about 0.2.
const FUSE_THRESHOLD = 0.4

function bigrams(term: string): string[] {
  const padded = `^${term}$`
  const grams: string[] = []
  for (let index = 0; index + 2 <= padded.length; index++) grams.push(padded.slice(index, index + 2))
  return [...new Set(grams)]
}

type FuseClass = typeof import('fuse.js/basic').default
let fuseClass: Promise<FuseClass> | undefined

// fuse.js is loaded the first time a word is not in the dictionary, so the search page's
// first load does not carry it.
function loadFuse(): Promise<FuseClass> {
  fuseClass ??= import('fuse.js/basic').then((module) => module.default)
  return fuseClass
}

/**
 * The words of an index, ready for typo-tolerant look-ups.
 * @example await new FuzzyDictionary(['asylum', 'border'], [7, 5]).lookup('asylm') // [{ term: 'asylum', quality: 0.56 }]
 */
export class FuzzyDictionary {
  private grams: Map<string, Int32Array> | undefined
  private shared: Uint16Array | undefined
  private readonly cache = new Map<string, readonly FuzzyMatch[]>()

  constructor(
    private readonly terms: readonly string[],
    private readonly df: readonly number[],
  ) {}

  private gramIndex(): Map<string, Int32Array> {
    if (this.grams) return this.grams
    const lists = new Map<string, number[]>()
    this.terms.forEach((term, index) => {
      if (/\d/.test(term)) return
      for (const gram of bigrams(term)) {
        const list = lists.get(gram)
        if (list) list.push(index)
        else lists.set(gram, [index])
      }
    })
    this.grams = new Map([...lists].map(([gram, list]) => [gram, Int32Array.from(list)]))
    this.shared = new Uint16Array(this.terms.length)
    return this.grams
  }

  /** Up to {@link MAX_CANDIDATES} words sharing the most bigrams with `term`, of a similar length. */
  candidates(term: string): string[] {
    const grams = bigrams(term)
    const index = this.gramIndex()
    const shared = this.shared as Uint16Array
    const seen: number[] = []
    for (const gram of grams) {
      const list = index.get(gram)
      if (!list) continue
      for (let at = 0; at < list.length; at++) {
        const id = list[at] as number
        if (shared[id] === 0) seen.push(id)
        shared[id] = (shared[id] as number) + 1
      }
    }
    const needed = Math.max(1, Math.ceil(grams.length * 0.4))
    const slack = Math.max(2, Math.floor(term.length / 3))
    const kept: { id: number; count: number }[] = []
    for (const id of seen) {
      const count = shared[id] as number
      shared[id] = 0
      if (count >= needed && Math.abs((this.terms[id] as string).length - term.length) <= slack) kept.push({ id, count })
    }
    return kept
      .sort((a, b) => b.count - a.count || (this.df[b.id] ?? 0) - (this.df[a.id] ?? 0))
      .slice(0, MAX_CANDIDATES)
      .map(({ id }) => this.terms[id] as string)
  }

  /**
   * Does the one-off work of typo look-ups ahead of time (bigram index, loading fuse.js), so the
   * first typo does not pay for it. Pages call it when idle; the benchmark counts it as loading.
   */
  async warm(): Promise<void> {
    this.gramIndex()
    await loadFuse()
  }

  /**
   * The words a typed word probably meant, best first; empty for short words and numbers.
   * @example await dictionary.lookup('asylm') // [{ term: 'asylum', quality: 0.56 }]
   */
  async lookup(term: string, limit = 3): Promise<readonly FuzzyMatch[]> {
    if (term.length < MIN_FUZZY_LENGTH || /\d/.test(term)) return []
    const cached = this.cache.get(term)
    if (cached) return cached.slice(0, limit)
    const candidates = this.candidates(term)
    let matches: FuzzyMatch[] = []
    if (candidates.length > 0) {
      const Fuse = await loadFuse()
      const dfOf = new Map(candidates.map((candidate) => [candidate, this.dfOf(candidate)]))
      matches = new Fuse(candidates, { includeScore: true, threshold: FUSE_THRESHOLD })
        .search(term)
        .filter((result) => result.item !== term)
        .map((result) => ({ term: result.item, score: result.score ?? 1 }))
        // Equal scores: the commoner word, then the one closer in length, is the likelier meaning.
        .sort((a, b) => a.score - b.score || (dfOf.get(b.term) ?? 0) - (dfOf.get(a.term) ?? 0) || Math.abs(a.term.length - term.length) - Math.abs(b.term.length - term.length))
        .map(({ term: match, score }) => ({ term: match, quality: Math.max(0.05, 0.7 * (1 - score)) }))
    }
    if (this.cache.size > 2000) this.cache.clear()
    this.cache.set(term, matches)
    return matches.slice(0, limit)
  }

  private dfOf(term: string): number {
    let low = 0
    let high = this.terms.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const here = this.terms[middle] as string
      if (here === term) return this.df[middle] ?? 0
      if (here < term) low = middle + 1
      else high = middle - 1
    }
    return 0
  }
}
