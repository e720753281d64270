/**
 * Attributes shared by the search page's server markup and src/browser/search-page.ts. Kept apart from
 * dom.ts, which every-page.ts imports: a module two browser entries share becomes a chunk of its own,
 * one more request on every page for a few constants.
 */

/**
 * On the parts of the search page that src/browser/search-page.ts fills in or shows and hides; the
 * server renders them all (src/app/search/page.tsx), so nothing moves when the script starts.
 */
export const SEARCH_PART_ATTRIBUTE = 'data-search-part'
export type SearchPart = 'page' | 'form' | 'clear' | 'examples' | 'nothing' | 'results' | 'notice' | 'result-template'

/** Inside the result template and the "nothing found" help: where each field's text goes. */
export const SEARCH_SLOT_ATTRIBUTE = 'data-slot'
export type SearchSlot =
  | 'hedge'
  | 'figure'
  | 'title'
  | 'arithmetic'
  | 'record'
  | 'sourcing'
  | 'publisher'
  | 'said-by'
  | 'said-by-text'
  | 'unit'
  | 'for-query'
  | 'query'
  | 'query-tips'
  | 'with-filters'
  | 'without-filters'

/** Spreads a part's attribute into JSX: `<div {...searchPart('examples')}>`. */
export function searchPart(part: SearchPart): Record<string, string> {
  return { [SEARCH_PART_ATTRIBUTE]: part }
}

/** Spreads a slot's attribute into JSX. */
export function searchSlot(slot: SearchSlot): Record<string, string> {
  return { [SEARCH_SLOT_ATTRIBUTE]: slot }
}
