/**
 * The search page's worker: holds the index and answers searches (src/core/search/remote.ts), so
 * fetching and parsing the index, building the typo dictionary and ranking never block the page.
 * Started by search.ts on first use; a same-origin module file, as a Content-Security-Policy of
 * `worker-src 'self'` allows. A browser that cannot start a module worker imports this file into
 * the page instead and serves the search over a MessageChannel with `serveOn`.
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

// In a worker (no window), serve the page that started it; imported into a page, only export.
if (typeof window === 'undefined') serveOn(self as unknown as Port)
