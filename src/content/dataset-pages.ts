import { monthlyChart, type MonthlyChart } from '@/core/chart/monthly'
import type { Step } from '@/core/check/values'
import type { DatasetIndex, DatasetPageData, DatasetPageMetadata, DatasetSummary } from '@/core/content/staged-files'
import { recordReads, type RecordRead } from '@/core/data/view'
import { datasetPath } from '@/core/paths'
import type { Metadata } from 'next'
import { siteConfig } from '@/config/site'
import { parseDatasetIndex, parseDatasetPage } from '@/core/content/staged-files'
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

/** Each series of a dataset with its chart, the checks that read it marked. */
export function seriesCharts(page: DatasetPageData): { series: DatasetPageData['dataset']['series'][number]; chart: MonthlyChart }[] {
  return page.dataset.series.flatMap((series) => {
    const chart = monthlyChart({
      title: series.title,
      points: series.months,
      marks: page.marks[series.ref] ?? [],
    })
    return chart ? [{ series, chart }] : []
  })
}

/** A record check's reads, each with its series' and dataset's names and a small chart of the rows used. */
export function recordCharts(steps: readonly Pick<Step, 'series' | 'rows'>[]): { read: RecordRead; dataset: DatasetSummary | undefined; chart: MonthlyChart }[] {
  return recordReads(steps).flatMap((read) => {
    const dataset = getDatasets().find((candidate) => candidate.id === read.dataset)
    const title = dataset?.series.find((series) => series.ref === read.series)?.title ?? read.series
    const chart = monthlyChart({ title: `${title}: the months this check read`, points: read.rows, height: 110 })
    return chart ? [{ read, dataset, chart }] : []
  })
}

/** A dataset page's title, description and canonical address; no social card (none is drawn for datasets). */
export function datasetMetadata(dataset: Pick<DatasetPageMetadata, 'id' | 'title' | 'publisher' | 'counts'>): Metadata {
  const title = `${dataset.title} (${dataset.publisher})`
  return {
    title: `${title} · ${siteConfig.name}`.length <= 70 ? title : { absolute: dataset.title.length <= 70 ? dataset.title : `${dataset.title.slice(0, 69)}…` },
    description: `Official data, as published: ${dataset.counts}`,
    alternates: { canonical: datasetPath(dataset.id) },
  }
}
