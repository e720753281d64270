import Link from 'next/link'
import type { ClaimRecord } from '@/core/content/ledger'
import { VerdictBadge } from './Badges'
import { FigureText } from './FigureText'
import styles from './ClaimList.module.css'

/** Claims in article order: the figure, the title, and the verdict; optionally the quote. */
export function ClaimList({ claims, showQuotes = false }: { claims: readonly ClaimRecord[]; showQuotes?: boolean }) {
  return (
    <ol className={styles.list}>
      {claims.map((claim) => (
        <li key={claim.id} className={styles.item}>
          <p className={styles.figure}>
            <FigureText figure={claim.figure} />
          </p>
          <div className={styles.body}>
            <h3 className={styles.title}>
              <Link href={claim.url}>{claim.title}</Link>
            </h3>
            {showQuotes ? <blockquote className={styles.quote}>“{claim.quote}”</blockquote> : null}
            <p className={styles.meta}>
              <VerdictBadge verdict={claim.verdict} /> <span className="muted">{claim.figure.unit}</span>
            </p>
          </div>
        </li>
      ))}
    </ol>
  )
}
