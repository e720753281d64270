import type { FacetName } from './index-files'
import { hasFilters, searchHref, type SearchState } from './search-state'

/**
 * The search page's behaviour without the DOM: which search is current, what the page shows and
 * says, when typing starts a history entry, and what Enter opens. src/browser/search-page.ts only
 * reads events into it and draws the {@link SearchView} it hands back.
 */

export const RESULT_LIMIT = 20
// Keystrokes closer together than this replace the history entry; a pause starts a new one,
// so Back returns to the previous search rather than to each letter typed.
export const NEW_ENTRY_AFTER_MS = 1500
export const FACET_LABELS: Readonly<Record<FacetName, string>> = {
  source: 'Source',
  unit: 'Unit',
  arithmetic: 'Arithmetic',
  record: 'Record',
  sourcing: 'Sourcing',
  topic: 'Topic',
}
export const SEARCH_EXAMPLES: readonly string[] = ['77%', '499k', '3,200 a day', 'in absentia', 'fox news', 'over 100,000']

/** Results as a search returned them. */
export interface Results<Item> {
  readonly items: readonly Item[]
  readonly total: number
  readonly relaxed: boolean
}

/** Results and the search they answer ({@link searchKey}). */
export interface Found<Item> extends Results<Item> {
  readonly key: string
}

/** What the page shows: the examples, the "nothing found" help, or the results list. */
export type Display = 'examples' | 'nothing' | 'results'

export interface SearchView<Item> {
  readonly state: SearchState
  /** The index is open. */
  readonly loaded: boolean
  /** The index, or a file a search needed, could not be fetched. */
  readonly failed: boolean
  /** The newest results, possibly for an earlier state: shown, dimmed, until the new ones arrive. */
  readonly found: Found<Item> | null
  /** `found` answers `state`. */
  readonly current: boolean
  readonly display: Display
}

/**
 * One string per search, whatever order its filters were set in.
 * @example searchKey({ q: '77%', filters: {} }) === searchKey({ q: '77%', filters: {} }) // true
 */
export function searchKey(state: SearchState): string {
  return searchHref(state)
}

/**
 * True when there is nothing to search for: no words and no filters.
 * @example isBlankSearch({ q: '  ', filters: {} }) // true
 */
export function isBlankSearch(state: SearchState): boolean {
  return state.q.trim() === '' && !hasFilters(state)
}

/**
 * The line the status region reads out.
 * @example searchStatus({ ...view, found: { items: [a, b], total: 31, relaxed: false, key } }) // '31 claims, best 2 shown'
 */
export function searchStatus(view: SearchView<unknown>): string {
  if (view.failed) return 'The search index could not be loaded.'
  if (view.display === 'examples') return ''
  if (!view.loaded) return 'Loading the search index…'
  if (!view.found) return ''
  const { total, items } = view.found
  if (total === 0) return 'No claims match.'
  return `${total.toLocaleString('en-US')} claim${total === 1 ? '' : 's'}${total > items.length ? `, best ${items.length} shown` : ''}`
}

/**
 * The document title for a query.
 * @example searchTitle(' 77% ', 'Claim Ledger') // '“77%” · Search · Claim Ledger'
 */
export function searchTitle(q: string, siteName: string): string {
  return q.trim() ? `“${q.trim()}” · Search · ${siteName}` : `Search · ${siteName}`
}

/**
 * Decides whether an edit of the query replaces the current history entry or starts a new one.
 * @example const history = new TypingHistory(); history.startsEntry(0) // true; history.startsEntry(200) // false
 */
export class TypingHistory {
  private last = Number.NEGATIVE_INFINITY

  constructor(private readonly gapMs = NEW_ENTRY_AFTER_MS) {}

  /** Records an edit at `now` (ms); true when it came after a pause. */
  startsEntry(now: number): boolean {
    const starts = now - this.last > this.gapMs
    this.last = now
    return starts
  }
}

export interface SessionHooks<Index, Item> {
  /** Opens the index; a rejection shows the failure and "Try again". */
  readonly load: () => Promise<Index>
  readonly find: (index: Index, state: SearchState) => Promise<Results<Item>>
  /** Called after every change with what the page should now show. */
  readonly render: (view: SearchView<Item>) => void
  /** Goes to a result. */
  readonly open: (item: Item) => void
  /** Called once the index is open (to warm what later searches need). */
  readonly loaded?: (index: Index) => void
}

/**
 * A search page's state: the index is opened once, on first use, each change of query or filters
 * starts a search, and only the newest search's answer is shown, so slow answers never overwrite
 * newer ones. Nothing is fetched while the page only shows its examples: a reader who never
 * searches costs no index and no main-thread work (the page's total blocking time, issue 16).
 * @example const session = new SearchSession(hooks, readSearchState(location.search)); session.start()
 */
export class SearchSession<Index, Item> {
  private index: Index | null = null
  private loading = false
  private failed = false
  private found: Found<Item> | null = null
  private ticket = 0
  // Enter pressed before the results caught up with the typing: open the top one when they do.
  private openWhenReady = false

  constructor(
    private readonly hooks: SessionHooks<Index, Item>,
    private state: SearchState,
  ) {}

  get view(): SearchView<Item> {
    const { state, found } = this
    const current = found !== null && found.key === searchKey(state)
    let display: Display = 'results'
    if (isBlankSearch(state)) display = 'examples'
    else if (this.index && found && current && found.total === 0) display = 'nothing'
    return { state, loaded: this.index !== null, failed: this.failed, found, current, display }
  }

  /** Shows the state it was given, and opens the index when that state is a search (a shared link). */
  start(): void {
    if (!isBlankSearch(this.state)) this.loadIndex()
    this.render()
  }

  /** The reader is about to search (the box has focus, a key went down): open the index now. */
  prepare(): void {
    if (this.index || this.loading) return
    this.loadIndex()
    this.render()
  }

  /** A new query or filters. */
  update(state: SearchState): void {
    this.state = state
    this.loadIndex()
    this.search()
    this.render()
  }

  /** "Try again": fetches the index, or the file the last search failed on, once more. */
  retry(): void {
    this.failed = false
    if (this.index) this.search()
    else this.loadIndex()
    this.render()
  }

  /** Enter in the search box: opens the top result, now or when the results for what was typed arrive. */
  enter(): void {
    const ready = this.found?.key === searchKey(this.state)
    const top = this.found?.items[0]
    if (ready && top !== undefined) this.hooks.open(top)
    else if (!ready && this.state.q.trim() !== '') this.openWhenReady = true
  }

  private render(): void {
    this.hooks.render(this.view)
  }

  private loadIndex(): void {
    if (this.loading || this.index) return
    this.loading = true
    this.hooks.load().then(
      (index) => {
        this.loading = false
        this.index = index
        this.hooks.loaded?.(index)
        this.search()
        this.render()
      },
      () => {
        this.loading = false
        this.failed = true
        this.render()
      },
    )
  }

  private search(): void {
    const index = this.index
    if (!index) return
    const mine = ++this.ticket
    const state = this.state
    this.hooks.find(index, state).then(
      (results) => {
        if (mine !== this.ticket) return
        this.found = { items: results.items, total: results.total, relaxed: results.relaxed, key: searchKey(state) }
        this.failed = false
        this.render()
        const top = results.items[0]
        if (this.openWhenReady && top !== undefined) this.hooks.open(top)
        this.openWhenReady = false
      },
      () => {
        if (mine !== this.ticket) return
        this.failed = true
        this.render()
      },
    )
  }
}
