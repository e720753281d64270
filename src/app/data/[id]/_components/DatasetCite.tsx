import { CopyButton } from '@/components/CopyButton'
import type { FormattedCitation } from '@/core/citation/formats'
import styles from './dataset.module.css'

const FILE_LABELS: Record<string, string> = { bib: 'BibTeX', ris: 'RIS', 'csl.json': 'CSL-JSON' }

/** "How to cite this dataset": the claims' formats, citing the agency and its page, with copy buttons and files. */
export function DatasetCite({ citations, files }: { citations: readonly FormattedCitation[]; files: readonly { extension: string; path: string }[] }) {
  return (
    <section aria-labelledby="cite-title" className={styles.cite}>
      <h2 id="cite-title">How to cite this dataset</h2>
      <p className="muted">Cite the agency and its page, not this copy.</p>
      {citations.map(({ format, label, text }, index) => (
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
              {FILE_LABELS[file.extension] ?? file.extension} (.{file.extension})
            </a>
          </span>
        ))}
      </p>
    </section>
  )
}
