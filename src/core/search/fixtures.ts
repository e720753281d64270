import type { SearchSource } from './document'
import { buildSearchIndex, type BuildOptions } from './build'
import { SearchIndex } from './reader'
import { claimPath } from '../paths'

/**
 * Claims shaped like the New York Post article's, for the search unit tests. Test-only: nothing
 * the site ships imports this file.
 */

type Overrides = Partial<SearchSource> & Pick<SearchSource, 'id' | 'title' | 'quote' | 'written' | 'unit'>

const NY_POST = { publisher: 'New York Post' }

const LABELS: Record<string, string> = {
  'adds-up': 'Adds up',
  'nothing-to-compute': 'Nothing to compute',
  matches: 'Matches the record',
  'not-checked': 'Not yet checked',
  'named-record': 'Named official data or document',
  'anonymous-or-leaked': 'Anonymous or leaked',
  unattributed: 'Unattributed',
}

/** The three axes by their ids. */
function axes(arithmetic = 'nothing-to-compute', record = 'not-checked', sourcing = 'unattributed'): SearchSource['axes'] {
  const value = (id: string) => ({ id, label: LABELS[id] ?? id })
  return { arithmetic: value(arithmetic), record: value(record), sourcing: value(sourcing) }
}

/**
 * A claim of the sample article with defaults for every field not given.
 * @example sampleClaim({ id: 'x', title: 'A count', quote: '42 cases', written: '42', unit: 'cases' })
 */
export function sampleClaim(overrides: Overrides): SearchSource {
  return {
    url: claimPath(overrides.id),
    kind: 'quantity',
    value: null,
    hedge: null,
    exact: false,
    interval: null,
    period: null,
    place: null,
    saidBy: { name: 'New York Post' },
    source: NY_POST,
    topics: ['border'],
    axes: axes(),
    ...overrides,
  }
}

// prettier-ignore
export const SAMPLE_CLAIMS: readonly SearchSource[] = [
  sampleClaim({ id: 'migrants-crossed-since-order', title: 'Migrants who crossed the border since the executive order', quote: 'Some 42,000 migrants have illegally crossed the border from Mexico in the days since President Biden’s “crackdown” took effect', written: '42,000', value: 42000, hedge: 'some', unit: 'migrants', interval: [41500, 42500], saidBy: { name: 'Border Patrol sources' }, axes: axes('adds-up', 'not-checked', 'anonymous-or-leaked') }),
  sampleClaim({ id: 'thousands-released-daily', title: 'Migrants released into the US each day', quote: 'Thousands are still released by the day', written: 'Thousands', kind: 'vague', unit: 'migrants released per day', saidBy: { name: 'A Border Patrol source' }, axes: axes('nothing-to-compute', 'not-checked', 'anonymous-or-leaked') }),
  sampleClaim({ id: 'daily-crossings-after-order', title: 'Average daily crossings since the order began', quote: 'The average number of crossings each day is about 3,200 since the order began June 5', written: '3,200', value: 3200, hedge: 'about', unit: 'crossings per day', interval: [3150, 3250], period: { written: 'since the order began June 5' }, saidBy: { name: 'Internal DHS data' }, place: 'southern border' }),
  sampleClaim({ id: 'daily-crossings-before-order', title: 'Average daily crossings in the two weeks before the order', quote: 'there was an average of more than 3,900 crossings a day', written: '3,900', value: 3900, hedge: 'more than', unit: 'crossings per day', interval: [3900, null], saidBy: { name: 'Internal DHS data' } }),
  sampleClaim({ id: 'asylum-restriction-threshold', title: 'Daily crossings that trigger the asylum restrictions', quote: 'Biden’s order restricts migrants’ access to asylum when crossings average 2,500 per day', written: '2,500', value: 2500, exact: true, unit: 'crossings per day', interval: [2500, 2500], topics: ['asylum', 'border'], saidBy: { name: 'Executive order' }, axes: axes('nothing-to-compute', 'matches', 'named-record') }),
  sampleClaim({ id: 'countries-exempt', title: 'Countries whose migrants are exempt from the order', quote: 'migrants from more than 100 countries in Europe, Asia and Africa are exempt', written: '100', value: 100, hedge: 'more than', unit: 'countries', interval: [100, null], saidBy: { name: 'New York Post' } }),
  sampleClaim({ id: 'asylum-allowed-share', title: 'Share of asylum applicants permitted to remain in the US', quote: '77% of migrants applying for asylum have been permitted to remain in the US, equating to 499,000 of the 648,000 applications', written: '77%', value: 77, unit: 'percent of asylum applicants', interval: [76.5, 77.5], topics: ['asylum'], axes: axes('adds-up') }),
  sampleClaim({ id: 'asylum-allowed-count', title: 'Asylum applicants permitted to remain', quote: 'equating to 499,000 of the 648,000 applications', written: '499,000', value: 499000, unit: 'asylum applicants permitted to remain', interval: [498500, 499500], topics: ['asylum'] }),
  sampleClaim({ id: 'asylum-applications-count', title: 'Asylum applications decided', quote: 'equating to 499,000 of the 648,000 applications', written: '648,000', value: 648000, unit: 'asylum applications', interval: [647500, 648500], topics: ['asylum'] }),
  sampleClaim({ id: 'removal-orders-fy2023', title: 'Migrants ordered removed by an immigration judge in FY2023', quote: 'Out of the more than 231,000 migrants ordered removed by an immigration judge in the financial year 2023', written: '231,000', value: 231000, hedge: 'more than', unit: 'removal orders', interval: [231000, null], topics: ['immigration-courts'], saidBy: { name: 'Federal data' }, axes: axes('adds-up', 'matches', 'named-record') }),
  sampleClaim({ id: 'in-absentia-orders-fy2023', title: 'Removal orders issued in absentia in FY2023', quote: 'roughly 159,000 failed to appear for their hearings, which resulted in deportation orders', written: '159,000', value: 159000, hedge: 'roughly', unit: 'in absentia removal orders', interval: [158500, 159500], topics: ['immigration-courts'], saidBy: { name: 'Federal data' } }),
  sampleClaim({ id: 'ice-caseload-per-officer', title: 'Average caseload of an ICE officer', quote: 'Each Immigration and Customs Enforcement (ICE) officer has to manage an average of 7,000 cases', written: '7,000', value: 7000, hedge: 'an average of', unit: 'cases per officer', interval: [6500, 7500], topics: ['enforcement'], saidBy: { name: 'Fox News' } }),
]

/**
 * An index of the sample claims, read back through an in-memory loader as the browser would.
 * @example const index = await openSampleIndex()
 */
export async function openSampleIndex(claims: readonly SearchSource[] = SAMPLE_CLAIMS, options?: BuildOptions): Promise<SearchIndex> {
  const files = new Map(buildSearchIndex(claims, options).files.map((file) => [file.path, file.contents]))
  return SearchIndex.open(async (path) => {
    const contents = files.get(path)
    if (contents === undefined) throw new Error(`no index file ${path}`)
    return contents
  })
}
