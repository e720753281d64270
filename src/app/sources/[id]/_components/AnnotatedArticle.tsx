import Link from 'next/link'
import { AxisBadge } from '@/components/Badges'
import { AXES, AXIS_NAMES, RECORD_VALUES, type RecordId } from '@/core/check/axes'
import type { Passage } from '@/core/content/annotate'
import { claimPath } from '@/core/paths'
import styles from './annotated.module.css'

/**
 * The article's claim passages in order, each figure linked to its claim and coloured by what the
 * record says (the axis that speaks to accuracy); its label names all three axes.
 */
export function AnnotatedArticle({ passages }: { passages: readonly Passage[] }) {
  return (
    <section aria-labelledby="annotated-title">
      <h2 id="annotated-title">The article’s figures, in place</h2>
      <p className={styles.legendLabel}>Each figure is coloured by what official data or documents say of it (the record axis):</p>
      <ul className={styles.legend}>
        {(Object.keys(RECORD_VALUES) as RecordId[]).map((id) => (
          <li key={id}>
            <AxisBadge axis="record" value={{ id, label: RECORD_VALUES[id].label }} />
          </li>
        ))}
      </ul>
      <ol className={styles.passages}>
        {passages.map((passage) => (
          <li key={passage.start}>
            <blockquote className={styles.passage}>
              <p>
                {passage.segments.map((segment, index) => {
                  if (segment.kind === 'text') return <span key={index}>{segment.text}</span>
                  const axes = AXIS_NAMES.map((axis) => `${AXES[axis].name}: ${segment.axes[axis].label}`).join('; ')
                  return (
                    <Link key={index} href={claimPath(segment.claimId)} className={styles.figure} data-record={segment.axes.record.id} title={axes}>
                      {segment.text}
                      <span className="visually-hidden"> ({axes})</span>
                    </Link>
                  )
                })}
              </p>
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  )
}
