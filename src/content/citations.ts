import { claimReview, serialiseJsonLd } from '@/core/citation/claim-review'
import type { FormattedCitation } from '@/core/citation/formats'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'
import { siteConfig } from '@/config/site'
import { FORMATTED_CITATIONS_FILE, readStaged } from './staged'

function parseCitations(text: string): ReadonlyMap<string, FormattedCitation[]> {
  return new Map(Object.entries(JSON.parse(text) as Record<string, FormattedCitation[]>))
}

/**
 * The six citation formats of a claim page, formatted by `claims prepare` (citeproc takes a few
 * milliseconds a style, and would put citation-js into every page's server bundle).
 */
export function citationsFor(claim: Pick<ClaimRecord, 'id'>): FormattedCitation[] {
  const citations = readStaged(FORMATTED_CITATIONS_FILE, parseCitations).get(claim.id)
  if (!citations) throw new Error(`${FORMATTED_CITATIONS_FILE}: no citations for claim ${claim.id}; rerun \`npm run claims -- prepare\``)
  return citations
}

/** The page's one ClaimReview, ready for a JSON-LD script element. */
export function claimReviewJsonLd(claim: ClaimRecord, source: SourceRecord): string {
  return serialiseJsonLd(claimReview({ ...claim, source }, siteConfig))
}
