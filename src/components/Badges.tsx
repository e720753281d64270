import { STATUS_LABELS, type CheckStatus } from '@/core/check/status'
import type { Verdict } from '@/core/check/verdict'
import styles from './Badges.module.css'

export function VerdictBadge({ verdict }: { verdict: Pick<Verdict, 'id' | 'label' | 'rating'> }) {
  return (
    <span className={styles.badge} data-verdict={verdict.id} title={`Rating ${verdict.rating} of 5`}>
      {verdict.label}
    </span>
  )
}

export function StatusBadge({ status }: { status: CheckStatus }) {
  return (
    <span className={styles.badge} data-status={status}>
      {STATUS_LABELS[status].label}
    </span>
  )
}
