import type { SearchDoc } from './document'
import { highlightDoc, type HighlightedDoc } from './highlight'
import type { SearchIndex } from './reader'
import { search, type FigureMatch, type SearchOptions, type SearchResults } from './engine'

/**
 * Search over claims: what the browser, the CLI and the benchmark import. Nothing here reaches
 * Node, React or the content layer; `build.ts` (imported directly) is the build-time half.
 */
export { AXIS_FACETS, FACETS, type FacetName, type FacetValue, type Manifest } from './index-files'
export { SearchIndex, SearchIndexError, type IndexLoader } from './reader'
export { search, type FigureMatch, type SearchFilters, type SearchHit, type SearchOptions, type SearchResults } from './engine'
export { parseQuery, isEmptyQuery, MAX_QUERY_LENGTH, type ParsedQuery } from './query'
export { highlightDoc, highlightRanges, segments, type HighlightedDoc, type Range, type Segment } from './highlight'
export { facetKey } from './normalise'
export type { SearchDoc, SearchSource } from './document'
export { openFetchedIndex } from './fetch'
export { SEARCH_PATH, hasFilters, readSearchState, searchHref, withFilter, type SearchState } from './search-state'
export {
  FACET_LABELS,
  NEW_ENTRY_AFTER_MS,
  RESULT_LIMIT,
  SEARCH_EXAMPLES,
  SearchSession,
  TypingHistory,
  isBlankSearch,
  searchKey,
  searchStatus,
  searchTitle,
  type Display,
  type Found,
  type Results,
  type SearchView,
  type SessionHooks,
} from './session'

/** A hit with its display record and highlighted fields. */
export interface SearchItem {
  readonly doc: SearchDoc
  readonly score: number
  readonly figure: FigureMatch | null
  readonly highlights: HighlightedDoc
}

/**
 * Searches and fetches the display records of the hits, highlighted.
 * @example const { items } = await searchClaims(index, '77 per cent') // items[0].doc.id === 'asylum-allowed-share'
 */
export async function searchClaims(index: SearchIndex, input: string, options: SearchOptions = {}): Promise<{ results: SearchResults; items: SearchItem[] }> {
  const results = await search(index, input, options)
  const docs = await index.documents(results.hits.map((hit) => hit.doc))
  const highlighter = { terms: new Set(results.terms), query: results.query }
  const items = results.hits.map((hit, position): SearchItem => {
    const doc = docs[position] as SearchDoc
    return { doc, score: hit.score, figure: hit.figure, highlights: highlightDoc(doc, highlighter, hit.figure) }
  })
  return { results, items }
}
