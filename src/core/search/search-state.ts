import { FACETS, type FacetName } from './index-files'
import { MAX_QUERY_LENGTH } from './query'

/**
 * The search page's state as it lives in the URL: `/search?q=77%25&arithmetic=adds-up&topic=asylum`.
 * One reader and one writer, so the header box, the page and a shared link agree.
 */
export interface SearchState {
  readonly q: string
  readonly filters: Readonly<Partial<Record<FacetName, readonly string[]>>>
}

/** The path of the search page. */
export const SEARCH_PATH = '/search'

/** What `URLSearchParams` offers (and any look-alike a test passes). */
interface ParamsLike {
  get(name: string): string | null
  getAll(name: string): string[]
}

/**
 * Reads the search state from a URL's parameters; unknown parameters are ignored.
 * @example readSearchState(new URLSearchParams('q=77%25&record=not-checked')) // { q: '77%', filters: { record: ['not-checked'] } }
 */
export function readSearchState(params: ParamsLike): SearchState {
  const q = (params.get('q') ?? '').slice(0, MAX_QUERY_LENGTH)
  const filters: Partial<Record<FacetName, string[]>> = {}
  for (const facet of FACETS) {
    const values = [...new Set(params.getAll(facet).filter((value) => value !== ''))]
    if (values.length > 0) filters[facet] = values
  }
  return { q, filters }
}

/**
 * The URL of a search: the page path with the query and filters, in a stable order.
 * @example searchHref({ q: '3,200 a day', filters: {} }) // '/search?q=3%2C200+a+day'
 */
export function searchHref(state: SearchState): string {
  const params = new URLSearchParams()
  if (state.q !== '') params.set('q', state.q)
  for (const facet of FACETS) for (const value of state.filters[facet] ?? []) params.append(facet, value)
  const text = params.toString()
  return text === '' ? SEARCH_PATH : `${SEARCH_PATH}?${text}`
}

/**
 * The state with one facet set to a single value, or cleared with null.
 * @example withFilter({ q: '', filters: {} }, 'topic', 'asylum') // { q: '', filters: { topic: ['asylum'] } }
 */
export function withFilter(state: SearchState, facet: FacetName, value: string | null): SearchState {
  const filters = { ...state.filters }
  if (value === null || value === '') delete filters[facet]
  else filters[facet] = [value]
  return { q: state.q, filters }
}

/**
 * True when any filter is set.
 * @example hasFilters({ q: 'x', filters: {} }) // false
 */
export function hasFilters(state: SearchState): boolean {
  return FACETS.some((facet) => (state.filters[facet]?.length ?? 0) > 0)
}
