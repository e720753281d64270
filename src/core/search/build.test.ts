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
    for (const axis of ['arithmetic', 'record', 'sourcing'] as const) {
      expect(
        facets[axis].reduce((total, value) => total + value.count, 0),
        axis,
      ).toBe(SAMPLE_CLAIMS.length)
    }
    expect(facets.record.find((value) => value.key === 'matches')).toEqual({ key: 'matches', label: 'Matches the record', count: 2 })
  })

  it('is what the index manifest holds, so the page can render the filters before the index loads', () => {
    expect(buildSearchIndex(SAMPLE_CLAIMS).manifest.facets).toEqual(searchFacets(SAMPLE_CLAIMS))
  })
})
