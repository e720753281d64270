import type { Metadata } from 'next'
import Link from 'next/link'
import { CSV_COLUMNS } from '@/core/feed'
import { ScrollRegion } from '@/components/ScrollRegion'
import { formatMonth } from '@/core/data/months'
import { datasetPath } from '@/core/paths'
import { getDatasets } from '@/content/dataset-pages'

export const metadata: Metadata = {
  title: 'Data',
  description: 'Every claim as JSON, CSV, citation files and feeds, with the columns documented and the licence.',
  alternates: { canonical: '/data' },
}

export default function DataPage() {
  const datasets = getDatasets()
  return (
    <article className="prose">
      <h1>Data</h1>
      <p className="lede">
        Everything on this site is also data. The claim data is published under the Creative Commons Attribution 4.0 licence (CC BY 4.0): reuse it, and cite Claim Ledger with the
        claim’s permalink. Quotes remain their authors’; they are reproduced to report on them.
      </p>
      <h2>Official datasets</h2>
      <p>
        The agencies’ files the checks read, each kept as published, with what it counts, its rounding, a chart of each series with the claims that use it, and the file and its
        derived tables to download.
      </p>
      <ul>
        {datasets.map((dataset) => (
          <li key={dataset.id}>
            <Link href={datasetPath(dataset.id)}>{dataset.title}</Link>{' '}
            <span className="muted">
              · {dataset.publisher} · {formatMonth(dataset.coverage.start)} to {formatMonth(dataset.coverage.end)}
            </span>
          </li>
        ))}
      </ul>
      <h2>Downloads</h2>
      <ul>
        <li>
          <a href="/claims.json">claims.json</a>: every claim, with its figure, interval, sourcing, its three axes (arithmetic, record, sourcing), its rating where it was checked
          against the record, and each check’s kind, expression, steps, result and status. Its JSON Schema: <a href="/data/claims.schema.json">claims.schema.json</a>.
        </li>
        <li>
          <code>/claims/&lt;id&gt;.json</code>: one claim, the same record; <code>.bib</code>, <code>.ris</code> and <code>.csl.json</code> beside it for reference managers.
        </li>
        <li>
          <a href="/claims.csv">claims.csv</a>: one row per claim, the columns below.
        </li>
        <li>
          Feeds, newest review first: <a href="/feed.atom">Atom</a>, <a href="/feed.xml">RSS</a>, <a href="/feed.json">JSON Feed</a>.
        </li>
        <li>
          <a href="/data/datasets.json">datasets.json</a>: every official dataset’s metadata (publisher, page, file, retrieved, coverage, what it counts, rounding, licence), its
          series and the addresses of its files.
        </li>
        <li>
          <a href="/sitemap.xml">sitemap.xml</a>
        </li>
      </ul>
      <h2>claims.csv columns</h2>
      <ScrollRegion label="claims.csv columns">
        <table>
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">What it holds</th>
            </tr>
          </thead>
          <tbody>
            {CSV_COLUMNS.map(([name, meaning]) => (
              <tr key={name}>
                <th scope="row">
                  <code>{name}</code>
                </th>
                <td>{meaning}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <p>
        Intervals use the rules on the <a href="/methodology">methodology</a> page; an empty bound is open. Dates are ISO 8601.
      </p>
    </article>
  )
}
