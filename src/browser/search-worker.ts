/**
 * The search page's worker: holds the index and answers searches (src/core/search/remote.ts), so
 * fetching and parsing the index, the typo dictionary and ranking never block the page. Started
 * by search.ts on first use; a same-origin module file, as a Content-Security-Policy of
 * `worker-src 'self'` allows.
 */
import type { Port } from '@/core/search/remote'
import { serveOn } from './search-engine'

serveOn(self as unknown as Port)
