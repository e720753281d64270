import Link from 'next/link'
import { StatusBadge } from '@/components/Badges'
import { NumberLine } from '@/components/charts/NumberLine'
import { checkChart } from '@/core/chart'
import type { CheckResult } from '@/core/check'
import { describeOutcome } from '@/core/check/describe'
import { display, displayInterval } from '@/core/check/values'
import { EXTERNAL_LINK_REL } from '@/core/content/url'
import styles from './claim.module.css'

/** One check: its arithmetic step by step, then the comparison and its status. */
export function CheckSection({ check }: { check: CheckResult }) {
  const chart = checkChart(check)
  return (
    <section id={`check-${check.id}`} className={styles.check} aria-labelledby={`check-${check.id}-title`}>
      <header className={styles.checkHeader}>
        <h3 id={`check-${check.id}-title`}>
          <a href={`#check-${check.id}`} className={styles.anchor}>
            {check.title}
          </a>
        </h3>
        <StatusBadge status={check.status} />
      </header>
      {check.expression ? (
        <p className={styles.expression}>
          <span className="visually-hidden">Expression: </span>
          <code>{check.expression}</code>
        </p>
      ) : null}
      {check.steps.length > 0 ? (
        <ol className={styles.steps}>
          {check.steps.map((step, index) => (
            <li key={index}>
              <span className={styles.stepText}>
                {step.claimId ? <Link href={`/claims/${step.claimId}`}>{step.text}</Link> : step.text}
              </span>{' '}
              = <strong className={styles.stepValue}>{display(step.result)}</strong>{' '}
              <span className="muted">({displayInterval(step.result.interval, step.result.kind)})</span>
            </li>
          ))}
        </ol>
      ) : null}
      <p className={styles.outcome}>{describeOutcome(check)}</p>
      {chart ? <NumberLine chart={chart} /> : null}
      {check.needs ? (
        <p className={styles.needs}>
          Data that would settle it:{' '}
          {check.needs.url ? (
            <a href={check.needs.url} rel={EXTERNAL_LINK_REL}>
              {check.needs.data}
            </a>
          ) : (
            check.needs.data
          )}
        </p>
      ) : null}
      {check.note ? <p className={styles.note}>{check.note}</p> : null}
    </section>
  )
}
