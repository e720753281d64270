import { CopyButton } from '@/components/CopyButton'
import { CITATION_FORMATS, type CitationFormat } from '@/core/citation/formats'
import { claimFilePath } from '@/core/paths'
import styles from './claim.module.css'

/** "Cite this claim": every format with a copy button, and the downloadable files. */
export function CiteSection({ claimId, citations }: { claimId: string; citations: readonly { format: CitationFormat; label: string; text: string }[] }) {
  return (
    <section aria-labelledby="cite-title" className={styles.cite}>
      <h2 id="cite-title">Cite this claim</h2>
      {citations.map(({ format, label, text }, index) => (
        // The first style is open; the rest fold away until asked for, and print expanded.
        <details key={format} className={styles.citation} open={index === 0}>
          <summary className={styles.citationHeader}>{label}</summary>
          <pre id={`cite-${format}`} className={styles.citationText} tabIndex={0}>
            {text}
          </pre>
          <CopyButton targetId={`cite-${format}`} label={label} />
        </details>
      ))}
      <p>
        Download:{' '}
        {(Object.keys(CITATION_FORMATS) as CitationFormat[])
          .flatMap((format) => {
            const extension = CITATION_FORMATS[format].fileExtension
            return extension ? [{ format, extension }] : []
          })
          .map(({ format, extension }, index) => (
            <span key={format}>
              {index > 0 ? ' · ' : ''}
              <a href={claimFilePath(claimId, extension)} download>
                {CITATION_FORMATS[format].label} (.{extension})
              </a>
            </span>
          ))}
      </p>
    </section>
  )
}
