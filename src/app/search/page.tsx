import type { Metadata } from 'next'
import badges from '@/components/Badges.module.css'
import { SEARCH_INPUT_ATTRIBUTE } from '@/browser/dom'
import { searchPart, searchSlot } from '@/browser/search-parts'
import { siteConfig } from '@/config/site'
import { assetUrl } from '@/content/assets'
import { getSearchPage } from '@/content/page-data'
import { AXES } from '@/core/check/axes'
import { AXIS_FACETS, FACETS, FACET_LABELS, SEARCH_EXAMPLES, SEARCH_PATH, searchHref } from '@/core/search'
import styles from './_components/search.module.css'

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every claim by words, source or number, in any spelling: 77%, 499k, 3,200 a day.',
}

/**
 * One result, which src/browser/search-page.ts clones and fills in, so the markup and its classes stay
 * here. The sample text (an empty heading or link is invalid even in a template) is all replaced.
 */
function ResultTemplate() {
  return (
    <template {...searchPart('result-template')}>
      <li className={styles.result} data-claim="">
        <p className={styles.figure}>
          <span className="hedge" {...searchSlot('hedge')}>
            about{' '}
          </span>
          <span className="figure-written" {...searchSlot('figure')}>
            77%
          </span>
        </p>
        <div className={styles.body}>
          <h3 className={styles.title}>
            <a href="/" {...searchSlot('title')}>
              The claim’s title
            </a>
          </h3>
          <p className={`${styles.meta} ${styles.axes} ${badges.axes}`}>
            {AXIS_FACETS.map((axis) => (
              <span key={axis} className={badges.badge} data-axis={axis} data-value="">
                <span className={badges.axisName}>{AXES[axis].name}</span> <span {...searchSlot(axis)}>value</span>
              </span>
            ))}
          </p>
          <p className={styles.meta}>
            <span {...searchSlot('publisher')}>Publisher</span>
            <span {...searchSlot('said-by')}>
              {' · '}
              <span {...searchSlot('said-by-text')}>Said by</span>
            </span>
            <span className="muted">
              {' · '}
              <span {...searchSlot('unit')}>unit</span>
            </span>
          </p>
        </div>
      </li>
    </template>
  )
}

// A static export cannot read ?q= on the server, so the page is every state's markup at once:
// the script (src/browser/search-page.ts) reads the URL, shows the right part and fills it in.
export default function SearchPage() {
  const { facets } = getSearchPage()
  return (
    <>
      <h1>Search claims</h1>
      <div className={styles.search} {...searchPart('page')} data-site-name={siteConfig.name} data-worker={assetUrl('search-worker')}>
        {/* Without the script this is a plain form; with it, results follow the typing and Enter opens the top one. */}
        <form role="search" action={SEARCH_PATH} method="get" className={styles.form} {...searchPart('form')}>
          <label htmlFor="search-page-input" className="visually-hidden">
            Search claims
          </label>
          <input
            id="search-page-input"
            type="search"
            name="q"
            className={styles.input}
            placeholder="Try 77%, 499k, 3,200 a day, fox news"
            autoComplete="off"
            autoFocus
            enterKeyHint="search"
            aria-describedby="search-status"
            {...{ [SEARCH_INPUT_ATTRIBUTE]: 'page' }}
          />
          <button type="submit" className={styles.submit}>
            Search
          </button>
          <fieldset className={styles.filters}>
            <legend className="visually-hidden">Filters</legend>
            {FACETS.map((facet) => (
              <label key={facet} className={styles.filter}>
                <span>{FACET_LABELS[facet]}</span>
                <select name={facet} defaultValue="">
                  <option value="">All</option>
                  {facets[facet].map((value) => (
                    <option key={value.key} value={value.key}>
                      {`${value.label} (${value.count.toLocaleString('en-US')})`}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            {/* Always laid out, shown only with filters set, so it never moves the rows below. */}
            <a href={SEARCH_PATH} className={styles.clear} data-inactive="" {...searchPart('clear')}>
              Clear filters
            </a>
          </fieldset>
        </form>

        <p id="search-status" className={styles.status} role="status" aria-live="polite" />

        <div className={styles.empty} {...searchPart('examples')}>
          <p>Search by words, by source, or by a number written any way the article might have put it.</p>
          <ul className={styles.examples}>
            {SEARCH_EXAMPLES.map((example) => (
              <li key={example}>
                <a href={searchHref({ q: example, filters: {} })}>{example}</a>
              </li>
            ))}
          </ul>
          <p className="muted">
            Numbers match every spelling (“499,000”, “499k”, “0.499 million”) and any figure whose rounding allows them; “over”, “under” and “between” compare. Press <kbd>/</kbd>{' '}
            to search from any page.
          </p>
        </div>

        <div className={styles.empty} hidden {...searchPart('nothing')}>
          <p>
            Nothing found
            <span {...searchSlot('for-query')}>
              {' '}
              for <q {...searchSlot('query')} />
            </span>
            <span {...searchSlot('with-filters')}> with these filters</span>.
          </p>
          <ul>
            <li {...searchSlot('query-tips')}>Check the spelling, or use fewer words.</li>
            <li {...searchSlot('query-tips')}>A number finds every spelling of it: try it without its unit, or as “over …” to compare.</li>
            <li {...searchSlot('without-filters')}>
              <a href={SEARCH_PATH}>Search without the filters</a>
            </li>
            <li>
              <a href="/">Browse all claims</a>
            </li>
          </ul>
        </div>

        <section aria-labelledby="search-results-title" hidden {...searchPart('results')}>
          <h2 id="search-results-title" className="visually-hidden">
            Results
          </h2>
          <p className={styles.notice} hidden {...searchPart('notice')}>
            No claim matches every word; these match some of them.
          </p>
          <ol className={styles.results} aria-busy="true" data-search-results="" />
        </section>
        <ResultTemplate />
      </div>
      {/* async: the end of parsing, and the style and layout Chromium forces there, need not wait for this fetch (issue 16). */}
      <script type="module" async src={assetUrl('search-page')} />
    </>
  )
}
