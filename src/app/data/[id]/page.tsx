import { EXTERNAL_LINK_REL } from '@/core/content/url'
import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { MonthlyChart } from '@/components/charts/MonthlyChart'
import { formatIsoDate } from '@/core/content/present'
import { formatMonth } from '@/core/data/months'
import { datasetDownloads, describeRounding } from '@/core/data/view'
import { datasetMetadata, getDatasetPage, getDatasets, seriesCharts } from '@/content/dataset-pages'
import { CiteSection } from '@/components/CiteSection'
import styles from './_components/dataset.module.css'

export const dynamicParams = false

// Next's static export refuses a dynamic route with no pages at all (vercel/next.js#61213), so content
// without datasets gets one page saying so, at an address no dataset id can take (ids are slugs).
const NO_DATASETS = '_none'

export function generateStaticParams() {
  const ids = getDatasets().map((dataset) => ({ id: dataset.id }))
  return ids.length > 0 ? ids : [{ id: NO_DATASETS }]
}

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const id = (await params).id
  if (id === NO_DATASETS) return { title: 'No datasets yet', robots: { index: false } }
  const page = getDatasetPage(id)
  return page ? datasetMetadata(page.dataset.metadata) : {}
}

export default async function DatasetPage({ params }: Props) {
  const id = (await params).id
  if (id === NO_DATASETS) {
    return (
      <article className="prose">
        <h1>No datasets yet</h1>
        <p>
          This site holds no official datasets yet; see <Link href="/data">Data</Link> for its downloads.
        </p>
      </article>
    )
  }
  const page = getDatasetPage(id)
  if (!page) notFound()
  const { metadata } = page.dataset
  const downloads = datasetDownloads(metadata)
  const charts = seriesCharts(page)
  const example = page.dataset.series[0]?.months.at(-1)?.count ?? 0
  return (
    <article className={styles.dataset}>
      <p className="muted">
        <Link href="/data">Data</Link> · Official dataset
      </p>
      <h1>{metadata.title}</h1>
      <p className="lede">{metadata.counts}</p>
      <dl className="source-facts">
        <div>
          <dt>Publisher</dt>
          <dd>{metadata.publisher}</dd>
        </div>
        <div>
          <dt>Page</dt>
          <dd>
            <a href={metadata.page} rel={EXTERNAL_LINK_REL}>
              {metadata.page}
            </a>
          </dd>
        </div>
        <div>
          <dt>File</dt>
          <dd>
            <code>{metadata.file}</code>
          </dd>
        </div>
        <div>
          <dt>Retrieved</dt>
          <dd>
            <time dateTime={metadata.retrieved}>{formatIsoDate(metadata.retrieved)}</time>
          </dd>
        </div>
        <div>
          <dt>Coverage</dt>
          <dd>
            {formatMonth(metadata.coverage.start)} to {formatMonth(metadata.coverage.end)}
          </dd>
        </div>
        <div>
          <dt>Licence</dt>
          <dd>{metadata.licence}</dd>
        </div>
      </dl>

      <section aria-labelledby="rounding-title">
        <h2 id="rounding-title">Rounding</h2>
        {/* The curator's note says it for this file; the generic sentence when there is none. */}
        <p>{'note' in metadata.rounding && metadata.rounding.note ? metadata.rounding.note : describeRounding(metadata.rounding, example)}</p>
        <p className="muted">Checks carry each count as the interval it stands for, and a sum carries every row’s rounding.</p>
      </section>

      <section aria-labelledby="provenance-title">
        <h2 id="provenance-title">Provenance and notes</h2>
        {metadata.notes ? <p>{metadata.notes}</p> : null}
        {metadata.obtainedFrom ? <p>{metadata.obtainedFrom}</p> : null}
        <p>
          The file is kept exactly as published; the tables below are derived from it by a re-runnable import (<code>npm run claims -- data import {metadata.id}</code>) and the
          build refuses them if they no longer match it.
        </p>
      </section>

      <section aria-labelledby="series-title">
        <h2 id="series-title">Series</h2>
        <p className="muted">
          Each series is one of the derived tables, filtered and summed by month. A numbered mark is a claim’s check that read the series, at the months it read; it links to the
          check.
        </p>
        {charts.map(({ series, chart }) => (
          <section key={series.id} id={`series-${series.id}`} aria-labelledby={`series-${series.id}-title`} className={styles.series}>
            <h3 id={`series-${series.id}-title`}>{series.title}</h3>
            <p className={styles.seriesRef}>
              In a check: <code>&quot;{series.ref}&quot;</code> · from the table <code>{series.table}</code>
            </p>
            <MonthlyChart chart={chart} id={`chart-${series.id}`} captionHidden />
            {chart.marks.length === 0 ? <p className="muted">No published check reads this series yet.</p> : null}
          </section>
        ))}
      </section>

      <section aria-labelledby="downloads-title">
        <h2 id="downloads-title">Downloads</h2>
        <ul>
          <li>
            <a href={downloads.published.path} download>
              {downloads.published.file}
            </a>
            : the agency’s file, byte for byte as published.
          </li>
          {downloads.tables.map((table) => (
            <li key={table.id}>
              <a href={table.path} download>
                {table.id}.csv
              </a>
              : {table.title} (derived; columns month, the dimensions, count).
            </li>
          ))}
          <li>
            <a href="/data/datasets.json">datasets.json</a>: every dataset’s metadata, series and files.
          </li>
        </ul>
      </section>

      <CiteSection title="How to cite this dataset" note="Cite the agency and its page, not this copy." citations={page.citations} files={downloads.citations} />
    </article>
  )
}
