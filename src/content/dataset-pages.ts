import type { DatasetIndex, DatasetPageData } from '@/core/content/ledger-json'
import { parseDatasetIndex, parseDatasetPage } from '@/core/content/ledger-json'
import { readStaged, STAGED } from './staged'

// What the dataset pages, the data page and the claim pages' record charts read of the datasets,
// as `claims prepare` staged them (never src/content/datasets.ts, which reads YAML).

/** Every dataset, in id order: what the data page lists and the routes a page per dataset. */
export function getDatasets(): DatasetIndex['datasets'] {
  return readStaged(STAGED.datasets, parseDatasetIndex).datasets
}

/** A dataset page's data; undefined for an id with no dataset. Cached: claim pages read it for their record charts. */
export function getDatasetPage(id: string): DatasetPageData | undefined {
  if (!getDatasets().some((dataset) => dataset.id === id)) return undefined
  return readStaged(STAGED.dataset(id), parseDatasetPage)
}
