import type { MetadataRoute } from 'next'
import { siteConfig } from '@/config/site'
import { getDatasets } from '@/content/dataset-pages'
import { getOverview, getSources } from '@/content/page-data'
import { datasetPath } from '@/core/paths'

export const dynamic = 'force-static'

export default function sitemap(): MetadataRoute.Sitemap {
  const { claims } = getOverview()
  const sources = getSources()
  const datasets = getDatasets()
  const newest = claims.reduce((latest, claim) => (claim.reviewed > latest ? claim.reviewed : latest), '1970-01-01')
  return [
    { url: `${siteConfig.url}/`, lastModified: newest },
    { url: `${siteConfig.url}/methodology` },
    { url: `${siteConfig.url}/data` },
    ...sources.map((source) => ({ url: `${siteConfig.url}${source.page}`, lastModified: source.retrieved })),
    ...claims.map((claim) => ({ url: `${siteConfig.url}${claim.url}`, lastModified: claim.reviewed })),
    ...datasets.map((dataset) => ({ url: `${siteConfig.url}${datasetPath(dataset.id)}`, lastModified: dataset.retrieved })),
  ]
}
