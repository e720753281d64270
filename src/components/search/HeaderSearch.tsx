import { SEARCH_INPUT_ATTRIBUTE } from '@/browser/dom'
import { SEARCH_PATH } from '@/core/search/search-state'
import styles from './HeaderSearch.module.css'

/**
 * The search box in the header of every page: a plain GET form to /search?q=…, which works with
 * or without scripts. "/" focuses it (src/browser/every-page.ts). It loads no index. On the search page
 * CSS hides it, since that page has its own box.
 */
export function HeaderSearch() {
  return (
    <form role="search" action={SEARCH_PATH} method="get" className={`${styles.form} header-search`}>
      <label htmlFor="header-search" className="visually-hidden">
        Search claims
      </label>
      <input
        id="header-search"
        name="q"
        type="search"
        className={styles.input}
        placeholder="Search claims"
        aria-keyshortcuts="/"
        title="Search claims (press / from any page)"
        autoComplete="off"
        enterKeyHint="search"
        {...{ [SEARCH_INPUT_ATTRIBUTE]: 'header' }}
      />
      <button type="submit" className={styles.submit} aria-label="Search">
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  )
}
