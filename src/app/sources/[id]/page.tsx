import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { ClaimList } from '@/components/ClaimList'
import { Mdx } from '@/components/Mdx'
import { formatIsoDate } from '@/core/content/present'
import { compiledBody, getSource, getSourcePage, getSources } from '@/content/page-data'
import { sourceMetadata } from '@/content/page-metadata'
import { EXTERNAL_LINK_REL } from '@/core/content/url'
import { AnnotatedArticle } from './_components/AnnotatedArticle'

export const dynamicParams = false

export function generateStaticParams() {
  return getSources().map((source) => ({ id: source.id }))
}

type Props = { params: Promise<{ id: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const source = getSource((await params).id)
  return source ? sourceMetadata(source) : {}
}

export default async function SourcePage({ params }: Props) {
  const page = getSourcePage((await params).id)
  if (!page) notFound()
  const { source, passages, claims } = page
  return (
    <article>
      <p className="muted">
        {source.publisher}
        {source.section ? ` · ${source.section}` : ''}
      </p>
      <h1>{source.headline}</h1>
      <dl className="source-facts">
        <div>
          <dt>Published</dt>
          <dd>
            <time dateTime={source.published}>{formatIsoDate(source.published)}</time>
          </dd>
        </div>
        <div>
          <dt>Author</dt>
          <dd>{source.author ?? 'Not known (no byline in the received text)'}</dd>
        </div>
        <div>
          <dt>Original</dt>
          <dd>
            <a href={source.url} rel={EXTERNAL_LINK_REL}>
              {source.url}
            </a>
          </dd>
        </div>
        <div>
          <dt>Retrieved</dt>
          <dd>
            <time dateTime={source.retrieved}>{formatIsoDate(source.retrieved)}</time>
          </dd>
        </div>
      </dl>
      <div className="prose">
        <Mdx code={compiledBody('source', source.id)} />
      </div>
      <AnnotatedArticle passages={passages} />
      <h2>Its {claims.length} claims, in order</h2>
      <ClaimList claims={claims} showQuotes />
      {source.excluded.length > 0 ? (
        <>
          <h2>Numbers that are not claims</h2>
          <ul>
            {source.excluded.map((exclusion) => (
              <li key={exclusion.text}>
                “{exclusion.text}”: {exclusion.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </article>
  )
}
