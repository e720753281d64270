import { Cite, plugins, type CslItem } from '@citation-js/core'
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-csl'
import '@citation-js/plugin-ris'
import { CHICAGO_AUTHOR_DATE_STYLE } from './styles/chicago-author-date'
import { MLA_STYLE } from './styles/modern-language-association'
import { CITATION_FORMATS, type CitationFormat, type FormattedCitation } from './formats'
import { claimPath } from '../paths'

export * from './formats'

const cslConfig = plugins.config.get('@csl')
cslConfig.styles.add('modern-language-association', MLA_STYLE)
cslConfig.styles.add('chicago-author-date', CHICAGO_AUTHOR_DATE_STYLE)

/** What a citation needs of a claim. */
export interface CitableClaim {
  readonly id: string
  readonly title: string
  readonly version: number
  readonly reviewed: string
  readonly source: { readonly publisher: string; readonly headline: string; readonly url: string; readonly published: string }
}

export interface SiteIdentity {
  readonly name: string
  readonly url: string
}

function dateParts(isoDate: string): { 'date-parts': [[number, number, number]] } {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number]
  return { 'date-parts': [[year, month, day]] }
}

/**
 * The one CSL-JSON record a claim is cited from: the fact-check as a web page of the site, issued on
 * its review date, naming its version and the original article. Every format is generated from it.
 * @example cslRecord(claim, { name: 'Claim Ledger', url: 'https://claims.example.org' }).URL
 */
export function cslRecord(claim: CitableClaim, site: SiteIdentity): CslItem {
  return {
    id: `${claim.id}-v${claim.version}`,
    type: 'webpage',
    title: claim.title,
    'container-title': site.name,
    author: [{ literal: site.name }],
    issued: dateParts(claim.reviewed),
    URL: `${site.url}${claimPath(claim.id)}`,
    // MLA prints the version as written; "version 2" reads right there and in BibTeX.
    version: `version ${claim.version}`,
    // RIS has no version tag; citation-js writes the edition as ET, so RIS keeps the version too.
    edition: `version ${claim.version}`,
    // APA and Chicago print the genre: it names the version and the article the claim appeared in.
    genre: `Fact check, version ${claim.version}, of “${claim.source.headline},” ${claim.source.publisher}, ${claim.source.published}`,
    note: `Fact check of a claim in ${claim.source.publisher}, “${claim.source.headline}”, ${claim.source.published}, ${claim.source.url}. Version ${claim.version}, reviewed ${claim.reviewed}.`,
  }
}

/** What a dataset citation needs of its metadata. */
export interface CitableDataset {
  readonly id: string
  readonly publisher: string
  readonly title: string
  readonly page: string
  readonly file: string
  readonly retrieved: string
}

/**
 * The CSL-JSON record a dataset is cited from: the agency as author, its title and its page (not
 * this site's copy), accessed on the retrieval date; the file's name in the note. The metadata has
 * no release date, so styles print "n.d." rather than a guessed year.
 * @example datasetCslRecord(metadata).URL // 'https://ohss.dhs.gov/khsm/cbp-encounters'
 */
export function datasetCslRecord(dataset: CitableDataset): CslItem {
  return {
    id: dataset.id,
    // BibTeX keys drop hyphens; without a key citation-js makes one from the author's first word ("U").
    'citation-key': dataset.id.replace(/(^|-)([a-z0-9])/g, (_match, _dash: string, letter: string) => letter.toUpperCase()),
    type: 'dataset',
    // APA 7 writes "[Data set]"; the style's default is "[Dataset]".
    genre: 'Data set',
    title: dataset.title,
    author: [{ literal: dataset.publisher }],
    URL: dataset.page,
    accessed: dateParts(dataset.retrieved),
    note: `File: ${dataset.file}, retrieved ${dataset.retrieved}.`,
  }
}

const TEMPLATES: Partial<Record<CitationFormat, string>> = {
  apa: 'apa',
  mla: 'modern-language-association',
  chicago: 'chicago-author-date',
}

// MLA prints both edition and version; the edition copy exists only for RIS, so MLA drops it.
function withoutEdition(record: CslItem): CslItem {
  const { edition, ...rest } = record
  void edition
  return rest
}

/**
 * Formats a CSL-JSON record with citation-js.
 * @example formatCitation(record, 'bibtex') // '@misc{…'
 */
export function formatCitation(record: CslItem, format: CitationFormat): string {
  const cite = new Cite([format === 'mla' ? withoutEdition(record) : record])
  const template = TEMPLATES[format]
  if (template) return cite.format('bibliography', { format: 'text', template, lang: 'en-US' }).trim()
  if (format === 'bibtex') return cite.format('bibtex').trim()
  if (format === 'ris') return repairRis(cite.format('ris').trim(), record.id)
  return JSON.stringify([record], null, 2)
}

/**
 * citation-js wraps RIS values at 70 columns mid-word ("bei" / "ng") and cuts ID to 20 characters;
 * readers such as Zotero take long lines, so continuation lines are joined back and the ID restored.
 */
function repairRis(ris: string, id: string): string {
  return ris.replace(/\r?\n(?![A-Z][A-Z0-9] {2}- ?)/g, '').replace(/^ID {2}- .*$/m, `ID  - ${id}`)
}

/** Every format of one record, in the order the page shows them. */
export function formatAllCitations(record: CslItem): FormattedCitation[] {
  return (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
    format,
    label: CITATION_FORMATS[format].label,
    text: formatCitation(record, format),
  }))
}

// Batches: citeproc builds a bibliography for a registry of items, and resetting that registry for
// each claim cost more than rendering it (~12 ms a claim over three styles). One registry per
// style for all claims is a third of that. A bibliography of many works would disambiguate them
// ("2026a", "2026b") and replace a repeated author with "---"; a claim is cited alone, so the
// batch styles are the same styles with exactly those options removed, and test that every entry
// matches the record formatted on its own.
const ONE_WORK_ONLY =
  /\s(?:disambiguate-add-year-suffix|disambiguate-add-names|disambiguate-add-givenname|givenname-disambiguation-rule|subsequent-author-substitute|subsequent-author-substitute-rule)="[^"]*"/g
const batchTemplates = new Map<string, string>()

function batchTemplate(template: string): string {
  let name = batchTemplates.get(template)
  if (!name) {
    const xml = cslConfig.styles.get(template)
    if (!xml) throw new Error(`citation: no CSL style named ${template}`)
    name = `${template}+one-work`
    cslConfig.styles.add(name, xml.replace(ONE_WORK_ONLY, ''))
    batchTemplates.set(template, name)
  }
  return name
}

/**
 * Every format of many records, each as {@link formatAllCitations} would give it alone.
 * @example formatCitationsInBatch([a, b]).get(a.id) // [{ format: 'apa', … }, …]
 */
export function formatCitationsInBatch(records: readonly CslItem[]): Map<string, FormattedCitation[]> {
  const ids = new Set<string>()
  for (const record of records) {
    if (ids.has(record.id)) throw new Error(`citation: two records share the id ${record.id}; a batch needs unique ids`)
    ids.add(record.id)
  }
  const styled = new Map<CitationFormat, Map<string, string>>()
  for (const [format, template] of Object.entries(TEMPLATES) as [CitationFormat, string][]) {
    const input = format === 'mla' ? records.map(withoutEdition) : records
    const entries = plugins.output.format('bibliography', input, { format: 'text', template: batchTemplate(template), lang: 'en-US', asEntryArray: true, nosort: true }) as [
      string,
      string,
    ][]
    styled.set(format, new Map(entries.map(([id, text]) => [id, text.trim()])))
  }
  return new Map(
    records.map((record) => [
      record.id,
      (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({
        format,
        label: CITATION_FORMATS[format].label,
        text: styled.get(format)?.get(record.id) ?? formatCitation(record, format),
      })),
    ]),
  )
}

/** Every format for one claim, in the order the page shows them. */
export function allCitations(claim: CitableClaim, site: SiteIdentity): FormattedCitation[] {
  return formatAllCitations(cslRecord(claim, site))
}
