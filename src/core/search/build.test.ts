import { describe, expect, it } from 'vitest'
import { buildSearchIndex, searchFacets } from './build'
import { SAMPLE_CLAIMS } from './fixtures'

describe('searchFacets', () => {
  it('lists each filter value once with its count, commonest first', () => {
    const facets = searchFacets(SAMPLE_CLAIMS)
    expect(facets.topic.slice(0, 2)).toEqual([
      { key: 'border', label: 'border', count: expect.any(Number) },
      { key: 'asylum', label: 'asylum', count: expect.any(Number) },
    ])
    expect(facets.verdict.reduce((total, value) => total + value.count, 0)).toBe(SAMPLE_CLAIMS.length)
  })

  it('is what the index manifest holds, so the page can render the filters before the index loads', () => {
    expect(buildSearchIndex(SAMPLE_CLAIMS).manifest.facets).toEqual(searchFacets(SAMPLE_CLAIMS))
  })
})
