import Link from 'next/link'
import { AxisBadge } from '@/components/Badges'
import { ClaimList } from '@/components/ClaimList'
import { AXES, AXIS_NAMES } from '@/core/check/axes'
import { formatIsoDate } from '@/core/content/present'
import { getOverview, getSources } from '@/content/page-data'
import styles from './home.module.css'

export default function HomePage() {
  const { claims, tallies: counts, checks: checkCount } = getOverview()
  const sources = getSources()
  return (
    <>
      <h1>Numeric claims: their arithmetic, their sourcing, and the record</h1>
      <p className="lede">
        Every figure in the articles below, with who said it, where it appeared, the interval its rounding allows, the sums a careful reader would do, and what official data or
        documents say. Each verdict has three separate axes; an accuracy rating exists only where a claim was checked against the record.
      </p>

      <dl className={styles.stats}>
        <div>
          <dt>Claims</dt>
          <dd>{claims.length}</dd>
        </div>
        <div>
          <dt>Checked against the record</dt>
          <dd data-stat="record">{counts.checkedAgainstRecord}</dd>
        </div>
        <div>
          <dt>With an accuracy rating</dt>
          <dd data-stat="rated">{counts.rated}</dd>
        </div>
        <div>
          <dt>Checks</dt>
          <dd>{checkCount}</dd>
        </div>
        <div>
          <dt>Sources</dt>
          <dd>{sources.length}</dd>
        </div>
      </dl>

      <h2>Verdicts, axis by axis</h2>
      <p className="muted">
        Claims per value on each axis; the axes are never merged into one grade (see the <Link href="/methodology">methodology</Link>).
      </p>
      {AXIS_NAMES.map((axis) => (
        <section key={axis} aria-labelledby={`tally-${axis}`} data-tally={axis}>
          <h3 id={`tally-${axis}`}>
            {AXES[axis].name} <span className="muted">· {AXES[axis].question}</span>
          </h3>
          <ul className={styles.verdicts}>
            {counts.axes[axis].map((value) => (
              <li key={value.id}>
                <AxisBadge axis={axis} value={value} /> <span className={styles.count}>{value.count}</span>
              </li>
            ))}
          </ul>
          {axis === 'arithmetic' ? (
            <p className="muted" data-agreements={counts.agreements.independent}>
              {counts.agreements.checks} arithmetic checks hold; they are {counts.agreements.independent} independent agreements, since checks on several claims that restate one
              identity count once.
            </p>
          ) : null}
        </section>
      ))}

      <h2>Sources</h2>
      <ul className={styles.sources}>
        {sources.map((source) => (
          <li key={source.id}>
            <Link href={source.page}>{source.headline}</Link>
            <span className="muted">
              {' '}
              · {source.publisher}, {formatIsoDate(source.published)} · {claims.filter((claim) => claim.source === source.id).length} claims
            </span>
          </li>
        ))}
      </ul>

      <h2>Claims in article order</h2>
      <ClaimList claims={claims} />
    </>
  )
}
