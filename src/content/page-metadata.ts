import type { Metadata } from 'next'
import { siteConfig } from '@/config/site'
import { axesLine } from '@/core/check/axes'
import type { ClaimView, SourceSummary } from '@/core/content/staged-files'
import { claimImagePath } from '@/core/paths'
import { CARD } from '@/core/social/card'

const SOCIAL_IMAGE_SIZE = { width: CARD.width, height: CARD.height } as const
const SOCIAL_IMAGE_ALT = 'The claim’s figure, its title, and its arithmetic, record and sourcing'

/**
 * Page metadata for a claim: title, a description that states the figure, the canonical permalink,
 * OpenGraph and Twitter cards, and Highwire `citation_*` tags so reference managers save it in one click.
 */
const TITLE_LIMIT = 70

/** The document title: with the site's name when it fits in 70 characters, without it otherwise. */
function pageTitle(title: string): Metadata['title'] {
  return `${title} · ${siteConfig.name}`.length <= TITLE_LIMIT ? title : { absolute: title }
}

/** A headline cut at a word to fit a document title, with an ellipsis. */
function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.slice(0, limit - 1)
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[\s,;:—–-]+$/, '')}…`
}

export function claimMetadata(
  claim: Pick<ClaimView, 'id' | 'url' | 'title' | 'figure' | 'axes' | 'rating' | 'rationale' | 'changes' | 'reviewed' | 'version'>,
  source: Pick<SourceSummary, 'publisher' | 'published'>,
): Metadata {
  const figure = `${claim.figure.hedge ? `${claim.figure.hedge} ` : ''}${claim.figure.written}`
  const description = `${figure} ${claim.figure.unit}, as reported by ${source.publisher} on ${source.published}. ${axesLine(claim.axes, claim.rating)}. ${claim.rationale}`
  const permalink = `${siteConfig.url}${claim.url}`
  const image = { url: claimImagePath(claim.id), ...SOCIAL_IMAGE_SIZE, alt: SOCIAL_IMAGE_ALT, type: 'image/jpeg' }
  return {
    title: pageTitle(claim.title),
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
      images: [image],
    },
    twitter: { card: 'summary_large_image', title: claim.title, description, images: [image] },
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

export function sourceMetadata(source: Pick<SourceSummary, 'headline' | 'publisher' | 'published' | 'page'>): Metadata {
  const description = `The numeric claims in “${source.headline}” (${source.publisher}, ${source.published}), each checked.`
  return {
    title: pageTitle(shortened(source.headline, TITLE_LIMIT)),
    description,
    alternates: { canonical: source.page },
    openGraph: { type: 'article', title: source.headline, description, siteName: siteConfig.name },
  }
}
