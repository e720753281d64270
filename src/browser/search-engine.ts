/**
 * The search itself, served over a port: what the search page's worker (search-worker.ts) runs,
 * and what the page runs in place when the browser cannot start a module worker.
 */
import { openFetchedIndex, searchClaims, type SearchIndex } from '@/core/search'
import { serveSearch, type Port } from '@/core/search/remote'

export function serveOn(port: Port): void {
  serveSearch<SearchIndex>(port, {
    open: () => openFetchedIndex('/search/'),
    find: async (index, state, limit) => {
      const { results, items } = await searchClaims(index, state.q, { filters: state.filters, limit })
      return { items, total: results.total, relaxed: results.relaxed }
    },
    // Off the main thread there is no reason to wait for idle time: build the typo dictionary now.
    warm: (index) => void index.fuzzy.warm().catch(() => undefined),
  })
}
