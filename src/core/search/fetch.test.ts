import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from './build'
import { openFetchedIndex } from './fetch'
import { SAMPLE_CLAIMS } from './fixtures'
import { search } from './engine'

const files = new Map(buildSearchIndex(SAMPLE_CLAIMS).files.map((file) => [file.path, file.contents]))

function fakeFetch(requested: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    const url = String(input)
    requested.push(url)
    const contents = files.get(url.replace(/^\/search\//, '').replace(/\?.*$/, ''))
    if (contents === undefined) return new Response('missing', { status: 404 })
    return new Response(typeof contents === 'string' ? contents : new Blob([contents.slice()]))
  }) as typeof fetch
}

describe('openFetchedIndex', () => {
  it('names a missing index', async () => {
    await expect(openFetchedIndex('/nowhere/', fakeFetch([]))).rejects.toThrow(/HTTP 404/)
  })

  it('fetches the manifest, then only the shards a query needs, tagged with the build', async () => {
    const requested: string[] = []
    const index = await openFetchedIndex('/search/', fakeFetch(requested))
    expect(requested).toEqual(['/search/index.json'])
    const results = await search(index, '77%')
    expect(results.hits[0]?.figure).toBe('exact')
    expect(requested.slice(1).every((url) => url.endsWith(`?v=${index.manifest.build}`))).toBe(true)
  })
})
