'use client'

import Link from 'next/link'
import { useRouter, useSearchParams } from 'next/navigation'
import { Fragment, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import badges from '@/components/Badges.module.css'
import { SEARCH_INPUT_ATTRIBUTE } from '@/browser/dom'
import {
  FACETS,
  hasFilters,
  openFetchedIndex,
  readSearchState,
  searchClaims,
  searchHref,
  withFilter,
  type FacetName,
  type SearchIndex,
  type SearchItem,
  type SearchState,
  type Segment,
} from '@/core/search'
import styles from './search.module.css'

const RESULT_LIMIT = 20
// Keystrokes closer together than this replace the history entry; a pause starts a new one,
// so Back returns to the previous search rather than to each letter typed.
const NEW_ENTRY_AFTER_MS = 1500
const FACET_LABELS: Record<FacetName, string> = { source: 'Source', unit: 'Unit', verdict: 'Verdict', topic: 'Topic' }
const EXAMPLES = ['77%', '499k', '3,200 a day', 'in absentia', 'fox news', 'over 100,000']

// One index per tab, fetched the first time a search page mounts (never in the first page load).
let indexPromise: Promise<SearchIndex> | null = null
function loadIndex(): Promise<SearchIndex> {
  if (!indexPromise) {
    indexPromise = openFetchedIndex('/search/')
    indexPromise.catch(() => {
      indexPromise = null
    })
  }
  return indexPromise
}

type Found = { readonly items: readonly SearchItem[]; readonly total: number; readonly relaxed: boolean; readonly key: string }

function Marked({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((segment, index) => (segment.mark ? <mark key={index}>{segment.text}</mark> : <Fragment key={index}>{segment.text}</Fragment>))}
    </>
  )
}

function Result({ item, linkRef, onKeyDown }: { item: SearchItem; linkRef: (element: HTMLAnchorElement | null) => void; onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void }) {
  const { doc, highlights } = item
  return (
    <li className={styles.result} data-claim={doc.id}>
      <p className={styles.figure}>
        {doc.hedge ? <span className="hedge">{doc.hedge} </span> : null}
        <span className="figure-written">
          <Marked segments={highlights.figure} />
        </span>
      </p>
      <div className={styles.body}>
        <h3 className={styles.title}>
          <Link href={doc.url} ref={linkRef} onKeyDown={onKeyDown}>
            <Marked segments={highlights.title} />
          </Link>
        </h3>
        <p className={styles.meta}>
          <span className={badges.badge} data-verdict={doc.verdict.id}>
            {doc.verdict.label}
          </span>{' '}
          <span className={styles.source}>
            <Marked segments={highlights.publisher} />
            {doc.saidBy !== doc.publisher ? (
              <>
                {' · '}
                <Marked segments={highlights.saidBy} />
              </>
            ) : null}
          </span>
          <span className="muted">
            {' · '}
            <Marked segments={highlights.unit} />
          </span>
        </p>
      </div>
    </li>
  )
}

function Examples({ onPick }: { onPick: (example: string) => void }) {
  return (
    <div className={styles.empty}>
      <p>Search by words, by source, or by a number written any way the article might have put it.</p>
      <ul className={styles.examples}>
        {EXAMPLES.map((example) => (
          <li key={example}>
            <Link href={searchHref({ q: example, filters: {} })} onClick={() => onPick(example)}>
              {example}
            </Link>
          </li>
        ))}
      </ul>
      <p className="muted">
        Numbers match every spelling (“499,000”, “499k”, “0.499 million”) and any figure whose rounding allows them;
        “over”, “under” and “between” compare. Press <kbd>/</kbd> to search from any page.
      </p>
    </div>
  )
}

function NoResults({ state }: { state: SearchState }) {
  return (
    <div className={styles.empty}>
      <p>
        Nothing found for <q>{state.q}</q>
        {hasFilters(state) ? ' with these filters' : ''}.
      </p>
      <ul>
        <li>Check the spelling, or use fewer words.</li>
        <li>A number finds every spelling of it: try it without its unit, or as “over …” to compare.</li>
        {hasFilters(state) ? (
          <li>
            <Link href={searchHref({ q: state.q, filters: {} })}>Search without the filters</Link>
          </li>
        ) : null}
        <li>
          <Link href="/">Browse all claims</Link>
        </li>
      </ul>
    </div>
  )
}

/** The search page's box, filters and results; the URL holds the query and the filters. */
export function SearchClient({ siteName }: { siteName: string }) {
  const router = useRouter()
  const params = useSearchParams()
  const urlState = useMemo(() => readSearchState(params), [params])
  const [text, setText] = useState(urlState.q)
  const [index, setIndex] = useState<SearchIndex | null>(null)
  const [failed, setFailed] = useState(false)
  // Bumped by "Try again": fetches the index (or the failed shard) once more.
  const [attempt, setAttempt] = useState(0)
  const [found, setFound] = useState<Found | null>(null)
  const lastEdit = useRef(0)
  const ticket = useRef(0)
  const links = useRef<(HTMLAnchorElement | null)[]>([])
  const input = useRef<HTMLInputElement>(null)
  // Enter pressed before the results caught up with the typing: open the top one when they do.
  const openWhenReady = useRef(false)
  // The newest results, ahead of the render that shows them: Enter may come in between.
  const latest = useRef<Found | null>(null)
  const filters = urlState.filters
  const filterKey = JSON.stringify(filters)
  const state: SearchState = { q: text, filters }

  // Back and Forward move between searches: follow them. Other URL changes are our own
  // writes, which useSearchParams reports a little late; following those would undo typing.
  useEffect(() => {
    const onPop = () => setText(readSearchState(new URLSearchParams(window.location.search)).q)
    window.addEventListener('popstate', onPop)
    return () => window.removeEventListener('popstate', onPop)
  }, [])

  useEffect(() => {
    let live = true
    setFailed(false)
    loadIndex().then(
      (loaded) => {
        if (!live) return
        setIndex(loaded)
        // Typo tolerance loads fuse.js; fetch it once the first results are up, not before.
        const warm = () => void loaded.fuzzy.warm().catch(() => undefined)
        if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 3000 })
        else setTimeout(warm, 1000)
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [attempt])

  useEffect(() => {
    if (!index) return
    const mine = ++ticket.current
    const key = `${text}\u0000${filterKey}`
    searchClaims(index, text, { filters: JSON.parse(filterKey) as SearchState['filters'], limit: RESULT_LIMIT }).then(
      ({ results, items }) => {
        if (mine !== ticket.current) return
        latest.current = { items, total: results.total, relaxed: results.relaxed, key }
        setFound(latest.current)
        if (openWhenReady.current && items[0]) router.push(items[0].doc.url)
        openWhenReady.current = false
      },
      () => {
        if (mine === ticket.current) setFailed(true)
      },
    )
  }, [index, text, filterKey, attempt, router])

  useEffect(() => {
    document.title = text.trim() ? `“${text.trim()}” · Search · ${siteName}` : `Search · ${siteName}`
  }, [text, siteName])

  const writeUrl = (next: SearchState, newEntry: boolean) => {
    const href = searchHref(next)
    if (newEntry) window.history.pushState(null, '', href)
    else window.history.replaceState(null, '', href)
  }

  const onType = (value: string) => {
    const now = Date.now()
    setText(value)
    writeUrl({ q: value, filters }, now - lastEdit.current > NEW_ENTRY_AFTER_MS)
    lastEdit.current = now
  }

  const items = found?.items ?? []
  const current = found !== null && found.key === `${text}\u0000${filterKey}`
  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      const ready = latest.current?.key === `${text}\u0000${filterKey}`
      const top = latest.current?.items[0]
      if (ready && top) router.push(top.doc.url)
      else if (!ready && text.trim() !== '') openWhenReady.current = true
    } else if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault()
      links.current[0]?.focus()
    }
  }
  const onResultKey = (position: number) => (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault()
      links.current[Math.min(position + 1, items.length - 1)]?.focus()
    } else if (event.key === 'ArrowUp') {
      event.preventDefault()
      if (position === 0) input.current?.focus()
      else links.current[position - 1]?.focus()
    }
  }

  const empty = text.trim() === '' && !hasFilters(state)
  let status = ''
  if (failed) status = 'The search index could not be loaded.'
  else if (!index) status = 'Loading the search index…'
  else if (empty) status = ''
  else if (found) status = found.total === 0 ? 'No claims match.' : `${found.total.toLocaleString('en-US')} claim${found.total === 1 ? '' : 's'}${found.total > items.length ? `, best ${items.length} shown` : ''}`

  return (
    <div className={styles.search}>
      {/* Results update as you type, so there is nothing to submit: a search landmark, not a form. */}
      <div role="search" className={styles.form}>
        <label htmlFor="search-page-input" className="visually-hidden">
          Search claims
        </label>
        <input
          ref={input}
          id="search-page-input"
          type="search"
          name="q"
          className={styles.input}
          value={text}
          onChange={(event) => onType(event.target.value)}
          onKeyDown={onInputKey}
          placeholder="Try 77%, 499k, 3,200 a day, fox news"
          autoComplete="off"
          autoFocus
          enterKeyHint="search"
          aria-describedby="search-status"
          {...{ [SEARCH_INPUT_ATTRIBUTE]: 'page' }}
        />
        {index ? (
          <fieldset className={styles.filters}>
            <legend className="visually-hidden">Filters</legend>
            {FACETS.map((facet) => {
              const selected = filters[facet]?.[0] ?? ''
              const values = index.manifest.facets[facet]
              return (
                <label key={facet} className={styles.filter}>
                  <span>{FACET_LABELS[facet]}</span>
                  <select value={selected} onChange={(event) => writeUrl(withFilter(state, facet, event.target.value || null), true)}>
                    <option value="">All</option>
                    {selected !== '' && !values.some((value) => value.key === selected) ? <option value={selected}>{selected}</option> : null}
                    {values.map((value) => (
                      <option key={value.key} value={value.key}>
                        {value.label} ({value.count.toLocaleString('en-US')})
                      </option>
                    ))}
                  </select>
                </label>
              )
            })}
            {hasFilters(state) ? (
              <Link href={searchHref({ q: text, filters: {} })} className={styles.clear}>
                Clear filters
              </Link>
            ) : null}
          </fieldset>
        ) : null}
      </div>

      <p id="search-status" className={styles.status} role="status" aria-live="polite">
        {status}
        {failed ? (
          <>
            {' '}
            <button type="button" onClick={() => setAttempt((count) => count + 1)}>
              Try again
            </button>
          </>
        ) : null}
      </p>

      {empty ? (
        <Examples onPick={setText} />
      ) : index && found && current && found.total === 0 ? (
        <NoResults state={state} />
      ) : (
        <>
          {found?.relaxed ? <p className={styles.notice}>No claim matches every word; these match some of them.</p> : null}
          <h2 id="search-results-title" className="visually-hidden">
            Results
          </h2>
          <ol className={styles.results} aria-labelledby="search-results-title" aria-busy={!current} data-search-results="">
            {items.map((item, position) => (
              <Result
                key={item.doc.id}
                item={item}
                linkRef={(element) => {
                  links.current[position] = element
                }}
                onKeyDown={onResultKey(position)}
              />
            ))}
          </ol>
        </>
      )}
    </div>
  )
}

/** What the static page shows before scripts run: a plain form that reloads with ?q=. */
export function SearchFallback() {
  return (
    <form role="search" action="/search" method="get" className={styles.form}>
      <label htmlFor="search-page-input" className="visually-hidden">
        Search claims
      </label>
      <div className={styles.row}>
        <input id="search-page-input" type="search" name="q" className={styles.input} placeholder="Try 77%, 499k, 3,200 a day, fox news" />
        <button type="submit" className={styles.button}>
          Search
        </button>
      </div>
      {/* The same help the live page shows when empty, so nothing jumps when scripts take over. */}
      <Examples onPick={() => {}} />
    </form>
  )
}
