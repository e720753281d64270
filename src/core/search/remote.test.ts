import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { afterEach, describe, expect, it } from 'vitest'
import { buildSearchIndex } from './build'
import { SAMPLE_CLAIMS } from './fixtures'
import { searchClaims, type SearchItem } from './index'
import { SearchIndex } from './reader'
import { RemoteSearch, serveSearch, type Port, type SearchEngine } from './remote'
import type { Results } from './session'
import type { SearchState } from './search-state'

const files = new Map(buildSearchIndex(SAMPLE_CLAIMS).files.map((file) => [file.path, file.contents]))
const openSample = () =>
  SearchIndex.open(async (path) => {
    const contents = files.get(path)
    if (contents === undefined) throw new Error(`no ${path}`)
    return contents
  })
const state = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ q, filters })

/** Node's MessagePort speaks EventTarget and structured-clones every message, as a Worker does. */
function asPort(port: MessagePort): Port {
  return {
    postMessage: (message) => port.postMessage(message),
    addEventListener: (_type, listener) => port.on('message', (data: unknown) => listener({ data })),
  }
}

const open: MessagePort[] = []
function connect<Index>(engine: SearchEngine<Index>): RemoteSearch {
  const { port1, port2 } = new MessageChannel()
  open.push(port1, port2)
  serveSearch(asPort(port2), engine)
  return new RemoteSearch(asPort(port1))
}
afterEach(() => {
  for (const port of open.splice(0)) port.close()
})

const sampleEngine: SearchEngine<SearchIndex> = {
  open: openSample,
  find: async (index, asked, limit) => {
    const { results, items } = await searchClaims(index, asked.q, { filters: asked.filters, limit })
    return { items, total: results.total, relaxed: results.relaxed }
  },
}

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void
  return { promise: new Promise<T>((yes) => (resolve = yes)), resolve }
}

describe('searching through a worker', () => {
  it('gives across the port the results a search in the page would give', async () => {
    const remote = connect(sampleEngine)
    await remote.open()
    const { items, results } = await searchClaims(await openSample(), '77%', { limit: 5 })
    const answered = await remote.find(state('77%'), 5)
    expect(answered.items[0]?.doc.id).toBe('asylum-allowed-share')
    expect(answered).toEqual({ items, total: results.total, relaxed: results.relaxed })
  })

  it('passes the filters and the limit on', async () => {
    const remote = connect(sampleEngine)
    const all = await remote.find(state('migrants'), 20)
    expect(all.items.length).toBeGreaterThan(1)
    expect((await remote.find(state('migrants'), 1)).items).toHaveLength(1)
    const sourcing = all.items[0]?.doc.axes.sourcing.id as string
    const filtered = await remote.find(state('migrants', { sourcing: [sourcing] }), 20)
    expect(filtered.items.length).toBeGreaterThan(0)
    expect(filtered.items.length).toBeLessThan(all.items.length)
    expect(filtered.items.every((item) => item.doc.axes.sourcing.id === sourcing)).toBe(true)
  })

  it('opens the index once for every request, and again after an open failed', async () => {
    let opens = 0
    const remote = connect({
      ...sampleEngine,
      open: () => (++opens === 1 ? Promise.reject(new Error('HTTP 503')) : openSample()),
    })
    await expect(remote.open()).rejects.toThrow('HTTP 503')
    await Promise.all([remote.open(), remote.find(state('asylum'), 3), remote.find(state('77%'), 3)])
    expect(opens).toBe(2)
  })

  it('settles each request with its own reply when replies come back out of order', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<Results<SearchItem>>>>()
    const remote = connect({
      open: async () => 'index',
      find: (_index, asked) => {
        const answer = deferred<Results<SearchItem>>()
        answers.set(asked.q, answer)
        return answer.promise
      },
    })
    const first = remote.find(state('first'), 1)
    const second = remote.find(state('second'), 1)
    await expect.poll(() => answers.size).toBe(2)
    answers.get('second')?.resolve({ items: [], total: 2, relaxed: false })
    answers.get('first')?.resolve({ items: [], total: 1, relaxed: true })
    await expect(first).resolves.toEqual({ items: [], total: 1, relaxed: true })
    await expect(second).resolves.toEqual({ items: [], total: 2, relaxed: false })
  })

  it('sends a failed search back as a rejection naming the error', async () => {
    const remote = connect({ open: async () => 'index', find: () => Promise.reject(new Error('Could not fetch /search/terms/3.bin: HTTP 404')) })
    await expect(remote.find(state('asylum'), 3)).rejects.toThrow('terms/3.bin: HTTP 404')
  })

  it('rejects waiting and later requests once the worker has stopped', async () => {
    const remote = connect({ open: () => new Promise<never>(() => undefined), find: () => Promise.reject(new Error('unreachable')) })
    const waiting = remote.open()
    remote.failAll(new Error('The search worker stopped'))
    await expect(waiting).rejects.toThrow('stopped')
    await expect(remote.find(state('asylum'), 3)).rejects.toThrow('stopped')
  })

  it('ignores messages that are not requests', async () => {
    const { port1, port2 } = new MessageChannel()
    open.push(port1, port2)
    let opens = 0
    serveSearch(asPort(port2), { ...sampleEngine, open: () => (opens++, openSample()) })
    const replies: unknown[] = []
    port1.on('message', (data: unknown) => replies.push(data))
    for (const junk of [null, 'open', { kind: 'open' }, { id: 1, kind: 'delete' }, { id: 2, kind: 'search', state: 'x', limit: 1 }]) port1.postMessage(junk)
    port1.postMessage({ id: 3, kind: 'open' })
    await expect.poll(() => replies).toEqual([{ id: 3, ok: true }])
    expect(opens).toBe(1)
  })
})
