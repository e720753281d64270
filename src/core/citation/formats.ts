// The citation formats a claim page offers; apart from the formatter so that pages list them
// without bundling citation-js and citeproc.
export const CITATION_FORMATS = {
  apa: { label: 'APA 7', fileExtension: null },
  mla: { label: 'MLA 9', fileExtension: null },
  chicago: { label: 'Chicago author-date', fileExtension: null },
  bibtex: { label: 'BibTeX', fileExtension: 'bib' },
  ris: { label: 'RIS', fileExtension: 'ris' },
  'csl-json': { label: 'CSL-JSON', fileExtension: 'csl.json' },
} as const
export type CitationFormat = keyof typeof CITATION_FORMATS

export interface FormattedCitation {
  readonly format: CitationFormat
  readonly label: string
  readonly text: string
}
