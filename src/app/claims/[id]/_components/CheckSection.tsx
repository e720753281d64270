import Link from 'next/link'
import { KindBadge, StatusBadge } from '@/components/Badges'
import { NumberLine } from '@/components/charts/NumberLine'
import { checkChart } from '@/core/chart'
import { describeOutcome } from '@/core/check/describe'
import type { CheckStatus } from '@/core/check/status'
import { display, displayInterval, type CheckValue } from '@/core/check/values'
import type { IdentityLink } from '@/core/content/ledger'
import type { CheckView } from '@/core/content/staged-files'
import { RecordEvidence } from './RecordEvidence'
import { EXTERNAL_LINK_REL } from '@/core/content/url'
import { checkAnchor, claimCheckPath, claimPath } from '@/core/paths'
import styles from './claim.module.css'

const valueText = (value: CheckValue) => `${display(value)} (${displayInterval(value.interval, value.kind)})`

/** One check: its kind, its arithmetic step by step, then the comparison and its status. */
export function CheckSection({ check, identity }: { check: CheckView; identity: IdentityLink | null }) {
  const chart = checkChart(check)
  return (
    <section id={checkAnchor(check.id)} className={styles.check} aria-labelledby={`${checkAnchor(check.id)}-title`}>
      <header className={styles.checkHeader}>
        <h3 id={`${checkAnchor(check.id)}-title`}>
          <a href={`#${checkAnchor(check.id)}`} className={styles.anchor}>
            {check.title}
          </a>
        </h3>
        <span className={styles.badges}>
          <KindBadge kind={check.kind} /> <StatusBadge status={check.status} />
        </span>
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
              <span className={styles.stepText}>{step.claimId ? <Link href={claimPath(step.claimId)}>{step.text}</Link> : step.text}</span> ={' '}
              <strong className={styles.stepValue}>{display(step.result)}</strong> <span className="muted">({displayInterval(step.result.interval, step.result.kind)})</span>
            </li>
          ))}
        </ol>
      ) : null}
      <RecordEvidence check={check} />
      <p className={styles.outcome}>{describeOutcome(check)}</p>
      {check.kind === 'context' ? <p className="muted">Context: shown, not counted on any axis.</p> : null}
      {identity ? (
        <p className={styles.identity}>
          One identity with the checks on{' '}
          {identity.with.map((other, index) => (
            <span key={other.claim}>
              {index > 0 ? (index === identity.with.length - 1 ? ' and ' : ', ') : null}
              <Link href={claimCheckPath(other.claim, other.check)}>{other.title}</Link>
            </span>
          ))}
          : the same figures related the same way, so their agreement counts once.
        </p>
      ) : null}
      {check.inferred ? (
        <div className={styles.inferred} data-inferred="">
          <p>
            <strong>Inferred input:</strong> <code>{check.inferred.input}</code> = {display(check.inferred.value)}. {check.inferred.reason}
          </p>
          <div className="table-wrap">
            <table>
              <caption>How the result moves across the input’s plausible range</caption>
              <thead>
                <tr>
                  <th scope="col">Input</th>
                  <th scope="col">Result</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {[
                  { label: 'low end', input: check.inferred.ends[0].value, computed: check.inferred.ends[0].computed, status: check.inferred.ends[0].status },
                  { label: 'as used', input: check.inferred.value, computed: check.computed, status: check.status },
                  { label: 'high end', input: check.inferred.ends[1].value, computed: check.inferred.ends[1].computed, status: check.inferred.ends[1].status },
                ].map((row) => (
                  <tr key={row.label}>
                    <th scope="row">
                      {display(row.input)} <span className="muted">({row.label})</span>
                    </th>
                    <td>{row.computed ? valueText(row.computed) : '—'}</td>
                    <td>
                      <StatusBadge status={row.status as CheckStatus} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}
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
