import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { NumberLine } from '@/components/charts/NumberLine'
import { Mdx } from '@/components/Mdx'
import { describeFigure, describeOriginator, formatIsoDate } from '@/core/content/present'
import { siteConfig } from '@/config/site'
import { claimIds, compiledBody, getClaimPage, getSource } from '@/content/page-data'
import { claimReviewJsonLd } from '@/content/json-ld'
import { claimChart } from '@/content/charts'
import { claimMetadata } from '@/content/page-metadata'
import { EXTERNAL_LINK_REL } from '@/core/content/url'
import { CheckSection } from './_components/CheckSection'
import { CiteSection } from '@/components/CiteSection'
import { citationFiles } from '@/core/citation/formats'
import { claimPath } from '@/core/paths'
import { VerdictSection } from './_components/VerdictSection'
import styles from './_components/claim.module.css'

export const dynamicParams = false

export function generateStaticParams() {
  return claimIds().map((id) => ({ id }))
}

type Props = { params: Promise<{ id: string }> }

function load(id: string) {
  const page = getClaimPage(id)
  const source = page ? getSource(page.claim.source) : undefined
  return page && source ? { ...page, source } : undefined
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = load((await params).id)
  return found ? claimMetadata(found.claim, found.source) : {}
}

export default async function ClaimPage({ params }: Props) {
  const found = load((await params).id)
  if (!found) notFound()
  const { claim, source } = found
  const figure = describeFigure(claim.figure, claim.interval)
  const originator = describeOriginator(claim.saidBy)
  const permalink = `${siteConfig.url}${claim.url}`
  const chart = claimChart(found.chart, claim.figure.unit)

  return (
    <article className={styles.claim}>
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: claimReviewJsonLd(claim, source) }} />
      <p className={styles.kicker}>
        <Link href={source.page}>
          {source.publisher}, {formatIsoDate(source.published)}
        </Link>
      </p>
      <h1>{claim.title}</h1>

      <div className={styles.figureBox}>
        <p className={styles.figure}>
          {figure.hedge ? <span className={styles.hedge}>{figure.hedge} </span> : null}
          <span className={styles.figureValue}>{figure.written}</span>
        </p>
        <p className={styles.unit}>{figure.unit}</p>
        <dl className={styles.facts}>
          {figure.intervalText ? (
            <div>
              <dt>Interval</dt>
              <dd>
                {figure.intervalText} <span className="muted">({figure.ruleText})</span>
              </dd>
            </div>
          ) : (
            <div>
              <dt>Interval</dt>
              <dd>{figure.ruleText}</dd>
            </div>
          )}
          {figure.period ? (
            <div>
              <dt>Period</dt>
              <dd>
                {figure.period}
                {claim.figure.period?.inferred ? <span className="muted"> (inferred: {claim.figure.period.inferred})</span> : null}
              </dd>
            </div>
          ) : null}
          {figure.place ? (
            <div>
              <dt>Place</dt>
              <dd>{figure.place}</dd>
            </div>
          ) : null}
        </dl>
      </div>

      {chart ? <NumberLine chart={chart} /> : null}

      <VerdictSection claim={claim} />

      <section aria-labelledby="quote-title">
        <h2 id="quote-title">The quote in context</h2>
        <blockquote className={styles.context}>
          <p>
            {claim.context.before ? <span className="muted">{claim.context.before}</span> : null}
            <mark>{claim.context.quote}</mark>
            {claim.context.after ? <span className="muted">{claim.context.after}</span> : null}
          </p>
        </blockquote>
        <ol className={styles.chain}>
          <li>
            <span className={styles.chainLabel}>Said by</span> {originator.name}
            <span className="muted">
              {' '}
              · {originator.kind}
              {originator.role ? ` · ${originator.role}` : ''}
            </span>
          </li>
          <li>
            <span className={styles.chainLabel}>Reported in</span> <Link href={source.page}>{source.headline}</Link>
            <span className="muted">
              {' '}
              · {source.publisher}, {formatIsoDate(source.published)} ·{' '}
            </span>
            <a href={source.url} rel={EXTERNAL_LINK_REL}>
              original article
            </a>
          </li>
        </ol>
      </section>

      {claim.appearances.length > 1 ? (
        <section aria-labelledby="appearances-title">
          <h2 id="appearances-title">Where this figure appeared</h2>
          <ol className={styles.appearances}>
            {claim.appearances.map((appearance) => (
              <li key={appearance.source.id}>
                <time dateTime={appearance.source.published}>{formatIsoDate(appearance.source.published)}</time>:{' '}
                <Link href={appearance.source.page}>{appearance.source.publisher}</Link>, “{appearance.quote}”
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="checks-title">
        <h2 id="checks-title">Checks</h2>
        {claim.checks.length === 0 ? (
          <p className="muted">No check applies: the article gives no number to compute with, and no data is named that would settle it.</p>
        ) : (
          claim.checks.map((check) => <CheckSection key={check.id} check={check} identity={claim.identities.find((link) => link.check === check.id) ?? null} />)
        )}
      </section>

      <section aria-labelledby="explanation-title" className="prose">
        <h2 id="explanation-title">Explanation</h2>
        <Mdx code={compiledBody('claim', claim.id)} />
      </section>

      <CiteSection title="Cite this claim" citations={found.citations} files={citationFiles(claimPath(claim.id))} />

      <section aria-labelledby="record-title" className={styles.record}>
        <h2 id="record-title">Record</h2>
        <p className={styles.versionLine}>
          Version {claim.version}, reviewed {formatIsoDate(claim.reviewed)}. Topics: {claim.topics.join(', ')}.
        </p>
        <h3>Change log</h3>
        <ol className={styles.changes}>
          {claim.changes.map((change, index) => (
            <li key={index}>
              <time dateTime={change.date}>{formatIsoDate(change.date)}</time>: {change.summary}
            </li>
          ))}
        </ol>
        <p>
          Permalink: <a href={claim.url}>{permalink}</a> · Data: <a href={`${claim.url}.json`}>{claim.id}.json</a>
        </p>
      </section>
    </article>
  )
}
