import Link from 'next/link'
import { VerdictBadge } from '@/components/Badges'
import { ClaimList } from '@/components/ClaimList'
import { VERDICTS, type VerdictId } from '@/core/check/verdict'
import { formatIsoDate } from '@/core/content/present'
import { getLedger } from '@/content/ledger'
import styles from './home.module.css'

export default function HomePage() {
  const { sources, claims } = getLedger()
  const checkCount = claims.reduce((total, claim) => total + claim.checks.length, 0)
  const verdictIds = Object.keys(VERDICTS) as VerdictId[]
  return (
    <>
      <h1>Numeric claims, checked against their own arithmetic</h1>
      <p className="lede">
        Every figure in the articles below, with who said it, where it appeared, the interval its rounding allows, and
        the sums a careful reader would do.
      </p>

      <dl className={styles.stats}>
        <div>
          <dt>Claims</dt>
          <dd>{claims.length}</dd>
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

      <h2>Verdicts</h2>
      <ul className={styles.verdicts}>
        {verdictIds.map((id) => (
          <li key={id}>
            <VerdictBadge verdict={{ id, ...VERDICTS[id] }} />{' '}
            <span className={styles.count}>{claims.filter((claim) => claim.verdict.id === id).length}</span>
          </li>
        ))}
      </ul>

      <h2>Sources</h2>
      <ul className={styles.sources}>
        {sources.map((source) => (
          <li key={source.id}>
            <Link href={source.page}>{source.headline}</Link>
            <span className="muted">
              {' '}
              · {source.publisher}, {formatIsoDate(source.published)} ·{' '}
              {claims.filter((claim) => claim.source === source.id).length} claims
            </span>
          </li>
        ))}
      </ul>

      <h2>Claims in article order</h2>
      <ClaimList claims={claims} />
    </>
  )
}
