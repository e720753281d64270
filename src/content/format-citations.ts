import type { CslItem } from '@citation-js/core'
import { cslRecord, datasetCslRecord, formatCitationsInBatch, type CitableDataset, type FormattedCitation } from '@/core/citation'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'

/** A claim's one CSL-JSON record, with this deployment's base URL. */
export function cslRecordFor(claim: ClaimRecord, source: SourceRecord) {
  return cslRecord({ ...claim, source }, siteConfig)
}

/** A claim's record (or a dataset's), to be formatted in every citation style. */
export interface CitationJob {
  /** The claim's id, or for a dataset `data/<id>` (no claim id has a "/"). */
  readonly claimId: string
  readonly record: CslItem
}

export function citationJobs(claims: readonly ClaimRecord[], sourceOf: (claim: ClaimRecord) => SourceRecord): CitationJob[] {
  return claims.map((claim) => ({ claimId: claim.id, record: cslRecordFor(claim, sourceOf(claim)) }))
}

/** Each dataset's record, keyed `data/<id>`: the dataset pages cite the agency in the claims' formats. */
export function datasetCitationJobs(datasets: readonly CitableDataset[]): CitationJob[] {
  return datasets.map((dataset) => ({ claimId: datasetCitationKey(dataset.id), record: datasetCslRecord(dataset) }))
}

/** The key a dataset's citations travel under beside the claims'. */
export function datasetCitationKey(id: string): string {
  return `data/${id}`
}

// citeproc's registry grows with the batch (memory, and sorting it); a few hundred records at a time
// keep both flat while sharing each engine across the batch.
const BATCH = 250

/** Every claim's six citation formats, by claim id: `claims prepare` stages them for the pages. */
export function formatCitationJobs(jobs: readonly CitationJob[]): Record<string, FormattedCitation[]> {
  const entries: Record<string, FormattedCitation[]> = {}
  for (let start = 0; start < jobs.length; start += BATCH) {
    const batch = jobs.slice(start, start + BATCH)
    const formatted = formatCitationsInBatch(batch.map(({ record }) => record))
    for (const { claimId, record } of batch) entries[claimId] = formatted.get(record.id)!
  }
  return entries
}

/**
 * Builds citeproc's engine for every style (a second or more at start-up) by formatting one
 * stand-in record, so that the first real batch does not pay for it. The engines are cached by
 * style and reset for each batch; tests check that the claims' citations are unaffected.
 */
export function warmCitationEngines(): void {
  formatCitationsInBatch([
    cslRecord(
      { id: 'warm-up', title: 'Warm-up', version: 1, reviewed: '2000-01-01', source: { publisher: 'Publisher', headline: 'Headline', url: 'https://example.org/', published: '2000-01-01' } },
      siteConfig,
    ),
  ])
}
