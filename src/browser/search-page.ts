/**
 * The search page's script. The server renders every part of the page (src/app/search/page.tsx);
 * this reads the URL, hands searches to a worker (src/browser/search-worker.ts over
 * src/core/search/remote.ts; src/core/search holds the logic) and draws the results into that
 * markup. It builds text with textContent only: queries never become markup.
 *
 * Nothing is fetched or started until the reader is about to search (a key or a press in the
 * form) or the URL already holds a search: the page's first load runs only this small module,
 * loaded async so that the end of parsing does not wait for it.
 */
// Module by module, not from the '@/core/search' barrel, through which the index reader and a
// dead fuse.js import would ride along: the reader lives in the worker.
import { AXIS_FACETS, FACETS } from '@/core/search/index-files'
import type { Segment } from '@/core/search/highlight'
import type { SearchItem } from '@/core/search/index'
import { RemoteSearch } from '@/core/search/remote'
import { RESULT_LIMIT, SearchSession, TypingHistory, searchStatus, searchTitle, type SearchView } from '@/core/search/session'
import { SEARCH_PATH, hasFilters, readSearchState, searchHref, withFilter, type SearchState } from '@/core/search/search-state'
import { SEARCH_PART_ATTRIBUTE, SEARCH_SLOT_ATTRIBUTE, type SearchPart, type SearchSlot } from './search-parts'

function part<E extends HTMLElement>(name: SearchPart): E {
  const element = document.querySelector<E>(`[${SEARCH_PART_ATTRIBUTE}="${name}"]`)
  if (!element) throw new Error(`search: the page has no [${SEARCH_PART_ATTRIBUTE}="${name}"]`)
  return element
}

function slot<E extends HTMLElement>(within: ParentNode, name: SearchSlot): E {
  return within.querySelector<E>(`[${SEARCH_SLOT_ATTRIBUTE}="${name}"]`) as E
}

/** Text with its highlights as <mark>s. */
function fillMarked(element: HTMLElement, segments: readonly Segment[]): void {
  element.replaceChildren(
    ...segments.map((segment) => {
      if (!segment.mark) return document.createTextNode(segment.text)
      const mark = document.createElement('mark')
      mark.textContent = segment.text
      return mark
    }),
  )
}

function resultElement(template: HTMLTemplateElement, { doc, highlights }: SearchItem): HTMLLIElement {
  const item = (template.content.firstElementChild as HTMLLIElement).cloneNode(true) as HTMLLIElement
  item.dataset.claim = doc.id
  const hedge = slot(item, 'hedge')
  if (doc.hedge) hedge.textContent = `${doc.hedge} `
  else hedge.remove()
  fillMarked(slot(item, 'figure'), highlights.figure)
  const link = slot<HTMLAnchorElement>(item, 'title')
  link.href = doc.url
  fillMarked(link, highlights.title)
  for (const axis of AXIS_FACETS) {
    // The slot is the value's text; its badge, the parent, takes the value for its colour.
    const value = slot(item, axis)
    value.textContent = doc.axes[axis].label
    if (value.parentElement) value.parentElement.dataset.value = doc.axes[axis].id
  }
  fillMarked(slot(item, 'publisher'), highlights.publisher)
  if (doc.saidBy !== doc.publisher) fillMarked(slot(item, 'said-by-text'), highlights.saidBy)
  else slot(item, 'said-by').remove()
  fillMarked(slot(item, 'unit'), highlights.unit)
  return item
}

/**
 * The search, started on first use: a module worker from the page's `data-worker` URL (same
 * origin, no blob: or eval, as the site's CSP requires), or, where a browser cannot start one,
 * the same code in the page. A worker that fails to start is dropped, so "Try again" starts anew.
 */
function connector(workerUrl: string | undefined): () => Promise<RemoteSearch> {
  let connection: Promise<RemoteSearch> | undefined
  return () => {
    if (connection) return connection
    try {
      if (!workerUrl || typeof Worker !== 'function') throw new Error('no module workers')
      const worker = new Worker(workerUrl, { type: 'module', name: 'search' })
      const remote = new RemoteSearch(worker)
      worker.addEventListener('error', () => {
        connection = undefined
        worker.terminate()
        remote.failAll(new Error('The search worker stopped'))
      })
      connection = Promise.resolve(remote)
    } catch {
      // Module workers unsupported (older browsers throw here): run the worker's module in the page.
      if (!workerUrl) return Promise.reject(new Error('search: the page names no search worker'))
      connection = (import(workerUrl) as Promise<typeof import('./search-worker')>).then(({ serveOn }) => {
        const { port1, port2 } = new MessageChannel()
        serveOn(port2)
        port2.start()
        const remote = new RemoteSearch(port1)
        port1.start()
        return remote
      })
      connection.catch(() => (connection = undefined))
    }
    return connection
  }
}

function start(): void {
  const root = part('page')
  const form = part<HTMLFormElement>('form')
  const input = form.querySelector<HTMLInputElement>('input[name="q"]') as HTMLInputElement
  const selects = new Map(FACETS.map((facet) => [facet, form.querySelector<HTMLSelectElement>(`select[name="${facet}"]`) as HTMLSelectElement]))
  const clear = part<HTMLAnchorElement>('clear')
  const status = document.getElementById('search-status') as HTMLElement
  const examples = part('examples')
  const nothing = part('nothing')
  const resultsPart = part('results')
  const notice = part('notice')
  const list = resultsPart.querySelector<HTMLOListElement>('ol') as HTMLOListElement
  const template = part<HTMLTemplateElement>('result-template')
  const siteName = root.dataset.siteName ?? ''
  const retry = document.createElement('button')
  retry.type = 'button'
  retry.textContent = 'Try again'

  let shownItems: readonly SearchItem[] | null = null
  let links: HTMLAnchorElement[] = []

  /** Puts a state into the box and the filter menus (after Back, or on load). */
  function showState(state: SearchState): void {
    if (input.value !== state.q) input.value = state.q
    for (const [facet, select] of selects) {
      const value = state.filters[facet]?.[0] ?? ''
      // A shared link may name a value this build no longer has: keep it selectable.
      if (value !== '' && ![...select.options].some((option) => option.value === value)) select.add(new Option(value, value))
      select.value = value
    }
  }

  function render(view: SearchView<SearchItem>): void {
    const { state, found, display } = view
    document.title = searchTitle(state.q, siteName)
    status.textContent = searchStatus(view)
    if (view.failed) status.append(' ', retry)

    const filtered = hasFilters(state)
    clear.href = searchHref({ q: state.q, filters: {} })
    clear.toggleAttribute('data-inactive', !filtered)

    examples.hidden = display !== 'examples'
    nothing.hidden = display !== 'nothing'
    resultsPart.hidden = display !== 'results'
    if (display === 'nothing') {
      // Filters alone can find nothing too: then there is no query to quote or to spell again.
      const queried = state.q.trim() !== ''
      slot(nothing, 'for-query').hidden = !queried
      slot(nothing, 'query').textContent = state.q
      for (const tip of nothing.querySelectorAll<HTMLElement>(`[${SEARCH_SLOT_ATTRIBUTE}="query-tips"]`)) tip.hidden = !queried
      slot(nothing, 'with-filters').hidden = !filtered
      slot(nothing, 'without-filters').hidden = !filtered
      slot(nothing, 'without-filters')
        .querySelector('a')
        ?.setAttribute('href', searchHref({ q: state.q, filters: {} }))
    }
    notice.hidden = !found?.relaxed
    list.setAttribute('aria-busy', String(!view.current))
    const items = found?.items ?? []
    if (items !== shownItems) {
      shownItems = items
      list.replaceChildren(...items.map((item) => resultElement(template, item)))
      links = [...list.querySelectorAll<HTMLAnchorElement>(`a[${SEARCH_SLOT_ATTRIBUTE}="title"]`)]
    }
  }

  // Text typed before this script ran (a slow connection) wins over the URL's empty query.
  const fromUrl = readSearchState(new URLSearchParams(window.location.search))
  let state: SearchState = fromUrl.q === '' && input.value !== '' ? { ...fromUrl, q: input.value } : fromUrl
  if (state !== fromUrl) window.history.replaceState(null, '', searchHref(state))
  showState(state)

  const connect = connector(root.dataset.worker)
  const session = new SearchSession<RemoteSearch, SearchItem>(
    {
      load: async () => {
        const remote = await connect()
        await remote.open()
        return remote
      },
      find: (remote, asked) => remote.find(asked, RESULT_LIMIT),
      render,
      // Result pages are static pages: a full load, as a link click would be.
      open: (item) => window.location.assign(item.doc.url),
    },
    state,
  )
  retry.addEventListener('click', () => session.retry())

  // First use: a key or a press anywhere in the form (the box, a filter) opens the index while
  // the reader is still typing. Not focus: the box has autofocus, which is not a sign of intent.
  for (const type of ['keydown', 'pointerdown'] as const) form.addEventListener(type, () => session.prepare(), { once: true, capture: true })

  const typing = new TypingHistory()
  const go = (next: SearchState, newEntry: boolean) => {
    state = next
    const href = searchHref(next)
    if (newEntry) window.history.pushState(null, '', href)
    else window.history.replaceState(null, '', href)
    session.update(next)
  }

  input.addEventListener('input', () => go({ q: input.value, filters: state.filters }, typing.startsEntry(Date.now())))
  for (const [facet, select] of selects) {
    select.addEventListener('change', () => go(withFilter(state, facet, select.value || null), true))
  }

  // Results follow the typing, so there is nothing to submit: Enter opens the top result.
  form.addEventListener('submit', (event) => event.preventDefault())
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      session.enter()
    } else if (event.key === 'ArrowDown' && links.length > 0) {
      event.preventDefault()
      links[0]?.focus()
    }
  })
  list.addEventListener('keydown', (event) => {
    const position = links.indexOf(event.target as HTMLAnchorElement)
    if (position === -1) return
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      links[Math.min(position + 1, links.length - 1)]?.focus()
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (position === 0) input.focus()
      else links[position - 1]?.focus()
    }
  })

  // The examples, "Clear filters" and "Search without the filters" are links to this page:
  // follow them in place, as a new history entry, rather than reloading the page.
  root.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    const link = (event.target as Element).closest?.('a')
    if (!link) return
    const url = new URL(link.href)
    if (url.origin !== window.location.origin || url.pathname !== SEARCH_PATH) return
    event.preventDefault()
    const next = readSearchState(url.searchParams)
    showState(next)
    go(next, true)
  })

  // Back and Forward move between searches: follow them.
  window.addEventListener('popstate', () => {
    state = readSearchState(new URLSearchParams(window.location.search))
    showState(state)
    session.update(state)
  })

  session.start()
}

// The module loads async, so the page's parsing never waits for it; should it come in first, it waits for the page.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true })
else start()
