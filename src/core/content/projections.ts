// Each file `claims prepare` stages for the pages, made from the checked ledger: exactly the fields
// its type in ./staged-files.ts declares, picked by that type's shape, so that nothing a page does
// not show is written (a claim's body, file and position, a source's article, a dataset's table
// specs). What a page shows but the ledger does not hold as such is worked out here: the overview's
// tallies, the search page's filter menus, a claim's chart figures, a source's annotated passages.
import type { FormattedCitation } from '../citation/formats'
import type { DatasetRecord } from '../data/dataset'
import { datasetMarks } from '../data/view'
import { searchFacets } from '../search/build'
import type { SearchSource } from '../search/document'
import { annotatedPassages } from './annotate'
import type { ClaimRecord, Ledger, SourceRecord } from './ledger'
import { pickShape } from './shape'
import {
  CLAIM_PAGE,
  DATASET_INDEX,
  DATASET_PAGE,
  OVERVIEW,
  SEARCH_PAGE,
  SITE_INDEX,
  SOURCE_PAGE,
  type ChartFigure,
  type ClaimPageData,
  type DatasetIndex,
  type DatasetPageData,
  type OverviewData,
  type SearchPageData,
  type SiteIndex,
  type SourcePageData,
} from './staged-files'
import { tallies } from './tally'

/**
 * site.json: the sources as the pages that name them show them, and the published claims' ids.
 * @example siteIndex(ledger).sources[0] // { id, publisher, headline, url, published, retrieved, page }: no article text
 */
export function siteIndex(ledger: Pick<Ledger, 'sources' | 'claims'>): SiteIndex {
  return pickShape<SiteIndex>({ sources: ledger.sources, claimIds: ledger.claims.map((claim) => claim.id) }, SITE_INDEX)
}

/**
 * overview.json: every published claim as a list shows it, with its source and review date, and the counts the overview states.
 * @example overviewData(ledger.claims).tallies.agreements // { checks: 6, independent: 3 }
 */
export function overviewData(claims: readonly ClaimRecord[]): OverviewData {
  const checks = claims.reduce((total, claim) => total + claim.checks.length, 0)
  return pickShape<OverviewData>({ claims, tallies: tallies(claims), checks }, OVERVIEW)
}

/**
 * search.json: the search page's filter menus, the same values and counts as the index's manifest.
 * @example searchPageData(ledgerToJSON(ledger).claims).facets.topic[0] // { key: 'asylum', label: 'asylum', count: 5 }
 */
export function searchPageData(claims: readonly SearchSource[]): SearchPageData {
  return pickShape<SearchPageData>({ facets: searchFacets(claims) }, SEARCH_PAGE)
}

/**
 * claims/<id>.json: the claim as its page shows it, the figures its chart draws, its citations.
 * `published` holds the published claims by id: a chart draws only those with a quantity.
 * @example claimPageData(claim, published, citations).claim // no body, file or position
 */
export function claimPageData(claim: ClaimRecord, published: ReadonlyMap<string, ClaimRecord>, citations: readonly FormattedCitation[]): ClaimPageData {
  const chart = claim.chart
    ? {
        title: claim.chart.title,
        figures: claim.chart.figures.flatMap((id): ChartFigure[] => {
          const other = published.get(id)
          if (!other?.interval || other.figure.kind !== 'quantity') return []
          const { figure } = other
          return [{ title: other.title, url: other.url, hedge: figure.hedge, written: figure.written, value: figure.value, exact: figure.exact ?? false, interval: other.interval }]
        }),
      }
    : null
  return pickShape<ClaimPageData>({ claim, chart, citations }, CLAIM_PAGE)
}

/**
 * sources/<id>.json: the source's facts and exclusions, the passages of its article that hold its
 * claims (marked), and those claims. `claims` are the published claims from this source, in article order.
 * @example sourcePageData(source, claims).passages[0].segments // [{ kind: 'text', … }, { kind: 'figure', text: '42,000', … }]
 */
export function sourcePageData(source: SourceRecord, claims: readonly ClaimRecord[]): SourcePageData {
  return pickShape<SourcePageData>({ source, passages: annotatedPassages(source.text, claims), claims }, SOURCE_PAGE)
}

/**
 * datasets.json: each dataset as the data page lists it and the claim pages name it and its series.
 * @example datasetIndex(ledger.datasets).datasets[0].series[0] // { ref: 'ohss-usbp-encounters/southwest-border', title: '…' }
 */
export function datasetIndex(datasets: readonly DatasetRecord[]): DatasetIndex {
  return pickShape<DatasetIndex>({ datasets: datasets.map((dataset) => ({ ...dataset.metadata, series: dataset.series })) }, DATASET_INDEX)
}

/**
 * datasets/<id>.json: the dataset as its page shows it, the checks of `claims` that read each
 * series as the chart marks them, and its citations.
 * @example datasetPageData(dataset, ledger.claims, citations).marks['ohss-usbp-encounters/southwest-border'][0] // { label, href, months }
 */
export function datasetPageData(dataset: DatasetRecord, claims: readonly ClaimRecord[], citations: readonly FormattedCitation[]): DatasetPageData {
  return pickShape<DatasetPageData>({ dataset, marks: Object.fromEntries(datasetMarks(claims, dataset.metadata.id)), citations }, DATASET_PAGE)
}

/** Every file `claims prepare` stages for the pages, as data: src/content/staged.ts names each one's path. */
export interface StagedPages {
  readonly site: SiteIndex
  readonly overview: OverviewData
  readonly search: SearchPageData
  /** By claim id, one per published claim. */
  readonly claims: ReadonlyMap<string, ClaimPageData>
  /** By source id. */
  readonly sources: ReadonlyMap<string, SourcePageData>
  readonly datasets: DatasetIndex
  /** By dataset id. */
  readonly datasetPages: ReadonlyMap<string, DatasetPageData>
}

/**
 * Every staged file's data, from the checked ledger, its claims as `claims.json` has them (for the
 * search filters, the same as the index's), and the formatted citations of each claim and dataset.
 * @example stagedPages(ledger, ledgerToJSON(ledger).claims, citations).claims.get('asylum-allowed-share')?.claim.title
 */
export function stagedPages(
  ledger: Ledger,
  claims: readonly SearchSource[],
  citations: { readonly claim: (id: string) => readonly FormattedCitation[]; readonly dataset: (id: string) => readonly FormattedCitation[] },
): StagedPages {
  const published = new Map(ledger.claims.map((claim) => [claim.id, claim]))
  return {
    site: siteIndex(ledger),
    overview: overviewData(ledger.claims),
    search: searchPageData(claims),
    claims: new Map(ledger.claims.map((claim) => [claim.id, claimPageData(claim, published, citations.claim(claim.id))])),
    sources: new Map(ledger.sources.map((source) => [source.id, sourcePageData(source, ledger.claims.filter((claim) => claim.source === source.id))])),
    datasets: datasetIndex(ledger.datasets),
    datasetPages: new Map(ledger.datasets.map((dataset) => [dataset.metadata.id, datasetPageData(dataset, ledger.claims, citations.dataset(dataset.metadata.id))])),
  }
}
