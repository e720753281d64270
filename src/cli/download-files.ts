import { cslRecord, formatCitation, CITATION_FORMATS, type CitationFormat } from '@/core/citation'
import { claimFeeds, claimsCsv } from '@/core/feed'
import { siteConfig } from '@/config/site'
import type { DownloadInput, GeneratedFile } from './stage-dir'
import { claimFilePath } from '@/core/paths'

/** `/claims/<id>.bib`, `.ris` and `.csl.json`, from the same CSL-JSON record as the page's citations. */
export function citationFiles({ claims }: DownloadInput): GeneratedFile[] {
  return claims.flatMap((claim) => {
    const record = cslRecord(claim, siteConfig)
    return (Object.keys(CITATION_FORMATS) as CitationFormat[]).flatMap((format) => {
      const extension = CITATION_FORMATS[format].fileExtension
      return extension ? [{ path: claimFilePath(claim.id, extension).slice(1), contents: `${formatCitation(record, format)}\n` }] : []
    })
  })
}

/** Atom, RSS and JSON Feed, and the bulk CSV beside claims.json. */
export function feedFiles({ claims }: DownloadInput): GeneratedFile[] {
  const feeds = claimFeeds(claims, siteConfig)
  return [
    { path: 'feed.atom', contents: feeds.atom },
    { path: 'feed.xml', contents: feeds.rss },
    { path: 'feed.json', contents: feeds.json },
    { path: 'claims.csv', contents: claimsCsv(claims, siteConfig) },
  ]
}
