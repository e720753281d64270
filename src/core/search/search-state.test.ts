import { describe, expect, it } from 'vitest'
import { hasFilters, readSearchState, searchHref, withFilter } from './search-state'

describe('readSearchState', () => {
  it('reads an empty or unrelated URL as an empty search', () => {
    expect(readSearchState(new URLSearchParams(''))).toEqual({ q: '', filters: {} })
    expect(readSearchState(new URLSearchParams('utm_source=x&record='))).toEqual({ q: '', filters: {} })
    // The old single scale is no filter any more: a shared link with it shows every claim.
    expect(readSearchState(new URLSearchParams('verdict=adds-up'))).toEqual({ q: '', filters: {} })
  })

  it('cuts an overlong query', () => {
    expect(readSearchState(new URLSearchParams(`q=${'a'.repeat(5000)}`)).q.length).toBeLessThanOrEqual(200)
  })

  it('reads the query and repeated filters', () => {
    expect(readSearchState(new URLSearchParams('q=77%25&record=matches&record=not-checked&topic=asylum&topic=asylum'))).toEqual({
      q: '77%',
      filters: { record: ['matches', 'not-checked'], topic: ['asylum'] },
    })
  })
})

describe('searchHref', () => {
  it.each([
    [{ q: '', filters: {} }, '/search'],
    [{ q: '3,200 a day', filters: {} }, '/search?q=3%2C200+a+day'],
    [{ q: '<b>&', filters: { source: ['fox-news'] } }, '/search?q=%3Cb%3E%26&source=fox-news'],
  ])('%j → %s', (state, href) => {
    expect(searchHref(state)).toBe(href)
  })

  it('round-trips through readSearchState', () => {
    const state = { q: '77 per cent', filters: { unit: ['percent-of-asylum-applicants'], arithmetic: ['adds-up'] } }
    expect(readSearchState(new URL(searchHref(state), 'http://x').searchParams)).toEqual(state)
  })
})

describe('withFilter', () => {
  it('sets one value and clears with null', () => {
    const state = withFilter({ q: 'x', filters: {} }, 'topic', 'asylum')
    expect(state.filters).toEqual({ topic: ['asylum'] })
    expect(hasFilters(state)).toBe(true)
    expect(hasFilters(withFilter(state, 'topic', null))).toBe(false)
  })
})
