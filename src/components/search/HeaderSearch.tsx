'use client'

import { usePathname, useRouter } from 'next/navigation'
import { useEffect, useRef, type FormEvent } from 'react'
import { SEARCH_PATH, searchHref } from '@/core/search/url'
import styles from './HeaderSearch.module.css'

/** Marks the inputs "/" may focus; the search page's own box takes precedence over this one. */
export const SEARCH_INPUT_ATTRIBUTE = 'data-search-input'

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

/**
 * The search box in the header of every page. "/" focuses it (or the search page's box); it
 * submits to /search?q=…, as a plain form when scripts are off. It loads no index.
 */
export function HeaderSearch() {
  const router = useRouter()
  const pathname = usePathname()
  const input = useRef<HTMLInputElement>(null)
  const onSearchPage = pathname === SEARCH_PATH

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return
      const box = document.querySelector<HTMLInputElement>(`input[${SEARCH_INPUT_ATTRIBUTE}="page"]`) ?? input.current
      if (!box) return
      event.preventDefault()
      box.focus()
      box.select()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const q = input.current?.value.trim() ?? ''
    router.push(searchHref({ q, filters: {} }))
    input.current?.blur()
  }

  // On the search page its own box is the one to use; two would only confuse.
  if (onSearchPage) return null
  return (
    <form role="search" action={SEARCH_PATH} method="get" className={styles.form} onSubmit={submit}>
      <label htmlFor="header-search" className="visually-hidden">
        Search claims
      </label>
      <input
        ref={input}
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
