import { CopyButton } from '@/components/CopyButton'
import type { FormattedCitation } from '@/core/citation/formats'
import styles from './CiteSection.module.css'

/** "Cite this …": every citation style with a copy button, then the citation files to download. */
export function CiteSection({
  title,
  note,
  citations,
  files,
}: {
  title: string
  note?: string
  citations: readonly Pick<FormattedCitation, 'format' | 'label' | 'text'>[]
  files: readonly { readonly label: string; readonly extension: string; readonly path: string }[]
}) {
  return (
    <section aria-labelledby="cite-title" className={styles.cite}>
      <h2 id="cite-title">{title}</h2>
      {note ? <p className="muted">{note}</p> : null}
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
        {files.map((file, index) => (
          <span key={file.extension}>
            {index > 0 ? ' · ' : ''}
            <a href={file.path} download>
              {file.label} (.{file.extension})
            </a>
          </span>
        ))}
      </p>
    </section>
  )
}
