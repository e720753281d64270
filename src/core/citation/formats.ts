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

/** The citation files published beside a page: `<base>.bib`, `.ris`, `.csl.json`. @example citationFiles('/claims/x')[0] // { label: 'BibTeX', extension: 'bib', path: '/claims/x.bib' } */
export function citationFiles(base: string): { label: string; extension: string; path: string }[] {
  return Object.values(CITATION_FORMATS).flatMap(({ label, fileExtension }) => (fileExtension ? [{ label, extension: fileExtension, path: `${base}.${fileExtension}` }] : []))
}

export interface FormattedCitation {
  readonly format: CitationFormat
  readonly label: string
  readonly text: string
}
