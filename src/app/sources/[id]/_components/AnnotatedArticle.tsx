import Link from 'next/link'
import { VerdictBadge } from '@/components/Badges'
import { VERDICTS, type VerdictId } from '@/core/check/verdict'
import type { Passage } from '@/core/content/annotate'
import styles from './annotated.module.css'

/** The article's claim passages in order, each figure coloured by its verdict and linked to its claim. */
export function AnnotatedArticle({ passages }: { passages: readonly Passage[] }) {
  return (
    <section aria-labelledby="annotated-title">
      <h2 id="annotated-title">The article’s figures, in place</h2>
      <p className={styles.legendLabel}>Each figure is coloured by its claim’s verdict:</p>
      <ul className={styles.legend}>
        {(Object.keys(VERDICTS) as VerdictId[]).map((id) => (
          <li key={id}>
            <VerdictBadge verdict={{ id, ...VERDICTS[id] }} />
          </li>
        ))}
      </ul>
      <ol className={styles.passages}>
        {passages.map((passage) => (
          <li key={passage.start}>
            <blockquote className={styles.passage}>
              <p>
                {passage.segments.map((segment, index) =>
                  segment.kind === 'text' ? (
                    <span key={index}>{segment.text}</span>
                  ) : (
                    <Link key={index} href={`/claims/${segment.claimId}`} className={styles.figure} data-verdict={segment.verdictId} title={segment.verdictLabel}>
                      {segment.text}
                      <span className="visually-hidden"> ({segment.verdictLabel})</span>
                    </Link>
                  ),
                )}
              </p>
            </blockquote>
          </li>
        ))}
      </ol>
    </section>
  )
}
