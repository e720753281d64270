import Link from 'next/link'
import type { ClaimListItem, QuotedClaim } from '@/core/content/staged-files'
import { AxesBadges } from './Badges'
import { FigureText } from './FigureText'
import styles from './ClaimList.module.css'

/** Claims in article order: the figure, the title, and the three axes; optionally the quote (a source page's claims carry it). */
export function ClaimList({ claims, showQuotes = false }: { claims: readonly (ClaimListItem & Partial<Pick<QuotedClaim, 'quote'>>)[]; showQuotes?: boolean }) {
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
              <AxesBadges axes={claim.axes} />
            </p>
            <p className={`${styles.meta} muted`}>{claim.figure.unit}</p>
          </div>
        </li>
      ))}
    </ol>
  )
}
