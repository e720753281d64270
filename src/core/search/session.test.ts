import { describe, expect, it } from 'vitest'
import { isBlankSearch, searchKey, searchStatus, searchTitle, SearchSession, TypingHistory, type Results, type SearchView } from './session'
import type { SearchState } from './search-state'

/** A promise and the functions that settle it, so a test decides the order answers arrive in. */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))
const state = (q: string, filters: SearchState['filters'] = {}): SearchState => ({ q, filters })
const results = (...items: string[]): Results<string> => ({ items, total: items.length, relaxed: false })

function harness() {
  return harnessAt(state(''))
}

function harnessAt(initial: SearchState) {
  const index = deferred<'index'>()
  const searches: { state: SearchState; answer: ReturnType<typeof deferred<Results<string>>> }[] = []
  const views: SearchView<string>[] = []
  const opened: string[] = []
  let loads = 0
  const session = new SearchSession<'index', string>(
    {
      load: () => {
        loads++
        return index.promise
      },
      find: (_index, asked) => {
        const answer = deferred<Results<string>>()
        searches.push({ state: asked, answer })
        return answer.promise
      },
      render: (view) => views.push(view),
      open: (item) => opened.push(item),
    },
    initial,
  )
  return { session, index, searches, views, opened, loads: () => loads, last: () => views.at(-1) as SearchView<string> }
}

describe('SearchSession', () => {
  it('fetches nothing while the page only shows its examples', () => {
    const { session, loads, last } = harness()
    session.start()
    expect(loads()).toBe(0)
    expect(last()).toMatchObject({ display: 'examples', loaded: false, failed: false })
    expect(searchStatus(last())).toBe('')
  })

  it('opens the index once when the reader gets ready to search, however often that is signalled', () => {
    const { session, loads } = harness()
    session.start()
    session.prepare()
    session.prepare()
    expect(loads()).toBe(1)
  })

  it('opens the index at once for a shared link with a query or only filters', () => {
    for (const shared of [state('77%'), state('', { topic: ['asylum'] })]) {
      const { session, loads, last } = harnessAt(shared)
      session.start()
      expect(loads()).toBe(1)
      expect(searchStatus(last())).toBe('Loading the search index…')
    }
  })

  it('says "loading" while the index opens, then searches what was typed meanwhile', async () => {
    const { session, index, searches, last, loads } = harness()
    session.start()
    session.update(state('77%'))
    expect(loads()).toBe(1)
    expect(searchStatus(last())).toBe('Loading the search index…')
    expect(searches).toHaveLength(0)
    index.resolve('index')
    await settle()
    expect(searches.map((search) => search.state.q)).toEqual(['77%'])
    expect(last()).toMatchObject({ display: 'results', current: false, found: null })
    searches[0]?.answer.resolve(results('asylum-allowed-share'))
    await settle()
    expect(last()).toMatchObject({ display: 'results', current: true })
    expect(searchStatus(last())).toBe('1 claim')
  })

  it('keeps the newest answer when an older search answers last, and dims the old results meanwhile', async () => {
    const { session, index, searches, last } = harness()
    session.start()
    session.prepare()
    index.resolve('index')
    await settle()
    session.update(state('7'))
    session.update(state('77'))
    searches[2]?.answer.resolve(results('b'))
    await settle()
    searches[1]?.answer.resolve(results('a'))
    await settle()
    expect(last().found?.items).toEqual(['b'])
    session.update(state('77%'))
    expect(last()).toMatchObject({ current: false, found: { items: ['b'] } })
  })

  it('says nothing was found only for the current search', async () => {
    const { session, index, searches, last } = harness()
    session.start()
    session.prepare()
    index.resolve('index')
    await settle()
    session.update(state('zzzz', { topic: ['asylum'] }))
    searches.at(-1)?.answer.resolve(results())
    await settle()
    expect(last().display).toBe('nothing')
    expect(searchStatus(last())).toBe('No claims match.')
    session.update(state('zzzzz', { topic: ['asylum'] }))
    expect(last().display).toBe('results')
  })

  it('opens the top result on Enter, or once the results for what was typed arrive', async () => {
    const { session, index, searches, opened } = harness()
    session.start()
    session.prepare()
    index.resolve('index')
    await settle()
    session.update(state('fox news'))
    session.enter()
    expect(opened).toEqual([])
    searches.at(-1)?.answer.resolve(results('ice-caseload-per-officer', 'other'))
    await settle()
    expect(opened).toEqual(['ice-caseload-per-officer'])
    session.enter()
    expect(opened).toEqual(['ice-caseload-per-officer', 'ice-caseload-per-officer'])
  })

  it('does nothing on Enter in an empty box', async () => {
    const { session, index, searches, opened } = harness()
    session.start()
    session.prepare()
    index.resolve('index')
    await settle()
    session.enter()
    searches.at(-1)?.answer.resolve(results())
    await settle()
    expect(opened).toEqual([])
  })

  it('reports a failed index and fetches it again on retry', async () => {
    const { session, index, loads, last } = harness()
    session.start()
    session.prepare()
    session.prepare()
    expect(loads()).toBe(1)
    index.reject(new Error('HTTP 503'))
    await settle()
    expect(searchStatus(last())).toBe('The search index could not be loaded.')
    session.retry()
    expect(loads()).toBe(2)
    expect(last().failed).toBe(false)
  })

  it('reports a failed search and repeats it on retry', async () => {
    const { session, index, searches, last } = harness()
    session.start()
    session.prepare()
    index.resolve('index')
    await settle()
    session.update(state('asylum'))
    searches.at(-1)?.answer.reject(new Error('HTTP 404'))
    await settle()
    expect(last().failed).toBe(true)
    session.retry()
    expect(searches.at(-1)?.state.q).toBe('asylum')
    searches.at(-1)?.answer.resolve(results('a'))
    await settle()
    expect(last()).toMatchObject({ failed: false, current: true })
  })
})

describe('the search page helpers', () => {
  it('counts results, and says when only the best are shown', () => {
    const view = (total: number, shown: number): SearchView<number> => ({
      state: state('x'),
      loaded: true,
      failed: false,
      found: { items: Array.from({ length: shown }, (_, index) => index), total, relaxed: false, key: '' },
      current: true,
      display: 'results',
    })
    expect(searchStatus(view(1, 1))).toBe('1 claim')
    expect(searchStatus(view(20, 20))).toBe('20 claims')
    expect(searchStatus(view(1234, 20))).toBe('1,234 claims, best 20 shown')
    expect(searchStatus({ ...view(3, 3), display: 'examples' })).toBe('')
  })

  it('keys a search by its canonical URL, whatever order its filters were set in', () => {
    expect(searchKey(state('a', { topic: ['t'], record: ['v'] }))).toBe(searchKey(state('a', { record: ['v'], topic: ['t'] })))
    expect(searchKey(state('a'))).not.toBe(searchKey(state('a', { topic: ['t'] })))
  })

  it('treats a search with only filters as a search', () => {
    expect(isBlankSearch(state(' '))).toBe(true)
    expect(isBlankSearch(state('', { arithmetic: ['adds-up'] }))).toBe(false)
  })

  it('titles the page with the query', () => {
    expect(searchTitle(' 77% ', 'Claim Ledger')).toBe('“77%” · Search · Claim Ledger')
    expect(searchTitle('', 'Claim Ledger')).toBe('Search · Claim Ledger')
  })

  it('starts a history entry after a pause in typing, not at every keystroke', () => {
    const history = new TypingHistory(1500)
    expect([0, 100, 900, 2500, 2600].map((now) => history.startsEntry(now))).toEqual([true, false, false, true, false])
  })
})
