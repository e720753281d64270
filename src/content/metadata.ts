import type { Metadata } from 'next'
import { siteConfig } from '@/config/site'
import type { ClaimRecord, SourceRecord } from '@/core/content/ledger'

/**
 * Page metadata for a claim: title, a description that states the figure, the canonical permalink,
 * OpenGraph and Twitter cards, and Highwire `citation_*` tags so reference managers save it in one click.
 */
export function claimMetadata(claim: ClaimRecord, source: SourceRecord): Metadata {
  const figure = `${claim.figure.hedge ? `${claim.figure.hedge} ` : ''}${claim.figure.written}`
  const description = `${figure} ${claim.figure.unit}, as reported by ${source.publisher} on ${source.published}. Verdict: ${claim.verdict.label}. ${claim.rationale}`
  const permalink = `${siteConfig.url}${claim.url}`
  return {
    title: claim.title,
    description,
    alternates: { canonical: claim.url },
    openGraph: {
      type: 'article',
      url: permalink,
      title: claim.title,
      description,
      siteName: siteConfig.name,
      publishedTime: claim.changes[0]?.date,
      modifiedTime: claim.reviewed,
    },
    twitter: { card: 'summary_large_image', title: claim.title, description },
    other: {
      citation_title: claim.title,
      citation_author: siteConfig.name,
      citation_publisher: siteConfig.name,
      citation_publication_date: claim.reviewed.replace(/-/g, '/'),
      citation_online_date: claim.reviewed.replace(/-/g, '/'),
      citation_public_url: permalink,
      citation_abstract_html_url: permalink,
      citation_technical_report_number: `version ${claim.version}`,
      citation_language: 'en',
    },
  }
}

export function sourceMetadata(source: SourceRecord): Metadata {
  return {
    title: source.headline,
    description: `The numeric claims in “${source.headline}” (${source.publisher}, ${source.published}), each checked.`,
    alternates: { canonical: source.page },
  }
}
