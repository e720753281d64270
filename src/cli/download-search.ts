import { buildSearchIndex } from '@/core/search/build'
import type { DownloadInput, GeneratedFile } from './stage-dir'

/**
 * The search index, under out/search/: built from the same records as claims.json, split into
 * files the search page fetches only when a query needs them (see src/core/search/index-files.ts).
 */
export function searchIndex({ claims }: DownloadInput): GeneratedFile[] {
  return buildSearchIndex(claims).files.map((file) => ({ path: `search/${file.path}`, contents: file.contents }))
}
