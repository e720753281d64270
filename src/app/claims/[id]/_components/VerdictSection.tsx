import Link from 'next/link'
import { AxisBadge } from '@/components/Badges'
import { AXES, AXIS_NAMES } from '@/core/check/axes'
import type { ClaimView } from '@/core/content/staged-files'
import { checkAnchor, claimCheckPath } from '@/core/paths'
import styles from './claim.module.css'

/**
 * The verdict as three separate axes, the one line on what was and was not checked, and the
 * accuracy rating only where the record axis has a result.
 */
export function VerdictSection({ claim }: { claim: Pick<ClaimView, 'checked' | 'axes' | 'rating' | 'missingContext' | 'identities' | 'rationale'> }) {
  return (
    <section aria-labelledby="verdict-title" className={styles.verdict}>
      <h2 id="verdict-title">Verdict</h2>
      <p className={styles.checkedLine} data-checked="">
        {claim.checked}
      </p>
      <dl className={styles.axes}>
        {AXIS_NAMES.map((axis) => (
          <div key={axis} data-axis={axis}>
            <dt>
              {AXES[axis].name} <span className="muted">· {AXES[axis].question}</span>
            </dt>
            <dd>
              <AxisBadge axis={axis} value={claim.axes[axis]} />{' '}
              <span className="muted">{(AXES[axis].values as Record<string, { meaning: string }>)[claim.axes[axis].id]?.meaning}</span>
            </dd>
          </div>
        ))}
      </dl>
      <p data-rating={claim.rating ? claim.rating.value : 'none'}>
        {claim.rating ? (
          <>
            <strong>Accuracy rating:</strong> {claim.rating.label}, {claim.rating.value} of {claim.rating.best}.
          </>
        ) : (
          <>
            <strong>No accuracy rating:</strong>{' '}
            {claim.axes.record.id === 'unsettled'
              ? 'the record was checked but does not settle it.'
              : 'a rating needs a check against official data or documents, and this claim has none yet.'}
          </>
        )}
      </p>
      {claim.missingContext ? (
        <p>
          <strong>Missing context:</strong> {claim.missingContext}
        </p>
      ) : null}
      {claim.identities.map((link) => (
        <p key={link.check} className={styles.identity}>
          <a href={`#${checkAnchor(link.check)}`}>This claim’s check</a> and those on{' '}
          {link.with.map((other, index) => (
            <span key={other.claim}>
              {index > 0 ? (index === link.with.length - 1 ? ' and ' : ', ') : null}
              <Link href={claimCheckPath(other.claim, other.check)}>{other.title}</Link>
            </span>
          ))}{' '}
          restate one identity: their agreement is one piece of evidence, counted once.
        </p>
      ))}
      <p>{claim.rationale}</p>
    </section>
  )
}
