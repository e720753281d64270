import { SearchIndex, SearchIndexError } from './reader'

/**
 * Opens the index a static host serves under `base` ("/search/"), with `fetch`. The manifest is
 * revalidated on each open; every other file carries the build hash in its URL, so a browser
 * cache can keep it as long as it likes and never mixes two builds.
 * @example const index = await openFetchedIndex('/search/')
 */
export async function openFetchedIndex(base: string, fetchFile: typeof fetch = fetch): Promise<SearchIndex> {
  let build = ''
  const get = async (path: string): Promise<Response> => {
    const url = path === 'index.json' ? `${base}${path}` : `${base}${path}?v=${encodeURIComponent(build)}`
    const response = await fetchFile(url, path === 'index.json' ? { cache: 'no-cache' } : {})
    if (!response.ok) throw new SearchIndexError(`Could not fetch ${url}: HTTP ${response.status}`)
    return response
  }
  const index = await SearchIndex.open(async (path) => {
    const response = await get(path)
    return path.endsWith('.bin') ? new Uint8Array(await response.arrayBuffer()) : response.text()
  })
  build = index.manifest.build
  return index
}
