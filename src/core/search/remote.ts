import type { SearchItem } from './index'
import type { Results } from './session'
import type { SearchState } from './search-state'

/**
 * The search page asks a Web Worker to open the index and run searches, so parsing the index,
 * building the typo dictionary and ranking never block the page's main thread. These are the two
 * ends of that conversation, over anything with `postMessage` (a Worker, the worker's global
 * scope, a MessagePort), so the protocol is tested without a browser.
 */

export type SearchRequest = { readonly id: number; readonly kind: 'open' } | { readonly id: number; readonly kind: 'search'; readonly state: SearchState; readonly limit: number }

export type SearchReply = { readonly id: number; readonly ok: true; readonly results?: Results<SearchItem> } | { readonly id: number; readonly ok: false; readonly error: string }

/** What both ends need of a Worker, a worker's global scope or a MessagePort. */
export interface Port {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void
}

/** The work the worker does: open the index (once), and answer one search. */
export interface SearchEngine<Index> {
  readonly open: () => Promise<Index>
  readonly find: (index: Index, state: SearchState, limit: number) => Promise<Results<SearchItem>>
  /** Called once the index is open, to do ahead of time what the first typo would pay for. */
  readonly warm?: (index: Index) => void
}

function isRequest(data: unknown): data is SearchRequest {
  if (typeof data !== 'object' || data === null) return false
  const request = data as Partial<Record<string, unknown>>
  return Number.isInteger(request.id) && (request.kind === 'open' || (request.kind === 'search' && typeof request.state === 'object' && Number.isInteger(request.limit)))
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/**
 * The worker's end: answers every request on `port`. The index is opened by the first request
 * and kept; a failed open is forgotten, so the page's "Try again" opens it afresh.
 * @example serveSearch(self, { open: () => openFetchedIndex('/search/'), find: … })
 */
export function serveSearch<Index>(port: Port, engine: SearchEngine<Index>): void {
  let opening: Promise<Index> | undefined
  const open = (): Promise<Index> => {
    if (!opening) {
      const pending = engine.open()
      opening = pending
      pending.then(
        (index) => engine.warm?.(index),
        () => {
          if (opening === pending) opening = undefined
        },
      )
    }
    return opening
  }
  port.addEventListener('message', (event) => {
    const request = event.data
    if (!isRequest(request)) return
    const reply = (message: SearchReply) => port.postMessage(message)
    const work = request.kind === 'open' ? open().then(() => undefined) : open().then((index) => engine.find(index, request.state, request.limit))
    work.then(
      (results) => reply(results ? { id: request.id, ok: true, results } : { id: request.id, ok: true }),
      (error: unknown) => reply({ id: request.id, ok: false, error: messageOf(error) }),
    )
  })
}

/**
 * The page's end: each call posts a request and settles when its reply comes back, in whatever
 * order the replies arrive.
 * @example const remote = new RemoteSearch(new Worker(url, { type: 'module' })); await remote.open(); await remote.find({ q: '77%', filters: {} }, 20)
 */
export class RemoteSearch {
  private next = 1
  private stopped: Error | undefined
  private readonly pending = new Map<number, { resolve: (reply: SearchReply & { ok: true }) => void; reject: (error: Error) => void }>()

  constructor(private readonly port: Port) {
    port.addEventListener('message', (event) => {
      const reply = event.data as SearchReply
      const waiting = this.pending.get(reply?.id)
      if (!waiting) return
      this.pending.delete(reply.id)
      if (reply.ok) waiting.resolve(reply)
      else waiting.reject(new Error(reply.error))
    })
  }

  /** Opens the index in the worker; rejects when it cannot be fetched. */
  async open(): Promise<void> {
    await this.ask({ kind: 'open' })
  }

  /** One search's results. */
  async find(state: SearchState, limit: number): Promise<Results<SearchItem>> {
    const reply = await this.ask({ kind: 'search', state, limit })
    if (!reply.results) throw new Error('search worker: a search was answered without results')
    return reply.results
  }

  /** Rejects every request still waiting, and every later one (the worker could not start or crashed). */
  failAll(error: Error): void {
    this.stopped = error
    for (const waiting of this.pending.values()) waiting.reject(error)
    this.pending.clear()
  }

  private ask(request: { kind: 'open' } | { kind: 'search'; state: SearchState; limit: number }): Promise<SearchReply & { ok: true }> {
    const id = this.next++
    return new Promise((resolve, reject) => {
      if (this.stopped) return reject(this.stopped)
      this.pending.set(id, { resolve, reject })
      this.port.postMessage({ ...request, id } satisfies SearchRequest)
    })
  }
}
