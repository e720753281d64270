import { EXTERNAL_LINK_REL } from '@/core/content/url'
import Link from 'next/link'
import { MonthlyChart } from '@/components/charts/MonthlyChart'
import type { CheckView } from '@/core/content/staged-files'
import { formatIsoDate } from '@/core/content/present'
import { datasetPath } from '@/core/paths'
import { recordCharts } from '@/content/dataset-pages'
import styles from './record.module.css'

/**
 * What a check read of the record: for each dataset series, a small chart of the months used,
 * linked to the dataset's page; for a check completed by hand, the publication and passage cited.
 */
export function RecordEvidence({ check }: { check: Pick<CheckView, 'id' | 'steps' | 'citation'> }) {
  const reads = recordCharts(check.steps)
  const { citation } = check
  if (reads.length === 0 && !citation) return null
  return (
    <div className={styles.evidence}>
      {reads.map(({ read, dataset, chart }, index) => (
        <div key={read.series} className={styles.read}>
          <MonthlyChart
            chart={chart}
            id={`check-${check.id}-read-${index}`}
            variant="columns"
            tableCaption={`The ${read.rows.length === 1 ? 'row' : `${read.rows.length} rows`} used`}
          />
          <p className={styles.source}>
            Data: <Link href={`${datasetPath(read.dataset)}#series-${read.series.slice(read.series.indexOf('/') + 1)}`}>{dataset?.title ?? read.dataset}</Link>
            {dataset ? <span className="muted"> · {dataset.publisher}</span> : null}
          </p>
        </div>
      ))}
      {citation ? (
        <div className={styles.citation}>
          <p className={styles.source}>
            Cited: {citation.publisher},{' '}
            <a href={citation.url} rel={EXTERNAL_LINK_REL}>
              {citation.title}
            </a>
            <span className="muted">
              {' '}
              · published <time dateTime={citation.published}>{formatIsoDate(citation.published)}</time>, retrieved{' '}
              <time dateTime={citation.retrieved}>{formatIsoDate(citation.retrieved)}</time>
            </span>
          </p>
          <blockquote cite={citation.url} className={styles.passage}>
            <p>{citation.passage}</p>
          </blockquote>
          <p className={styles.found}>
            Value found: <strong>{citation.value}</strong>
            {citation.exact ? <span className="muted"> (exact: a legal threshold or a count, no rounding)</span> : null}
          </p>
        </div>
      ) : null}
    </div>
  )
}
