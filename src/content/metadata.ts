import type { Metadata } from 'next'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'

/** Page metadata for a claim: title, a description that states the figure, and its canonical permalink. */
export function claimMetadata(claim: ClaimRecord, source: SourceRecord): Metadata {
  const figure = `${claim.figure.hedge ? `${claim.figure.hedge} ` : ''}${claim.figure.written}`
  return {
    title: claim.title,
    description: `${figure} ${claim.figure.unit}, as reported by ${source.publisher} on ${source.published}. Verdict: ${claim.verdict.label}. ${claim.rationale}`,
    alternates: { canonical: claim.url },
  }
}

export function sourceMetadata(source: SourceRecord): Metadata {
  return {
    title: source.headline,
    description: `The numeric claims in “${source.headline}” (${source.publisher}, ${source.published}), each checked.`,
    alternates: { canonical: source.page },
  }
}
