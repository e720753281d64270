import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'
import { gzipSync } from 'node:zlib'
import Fuse from 'fuse.js'
import { ARITHMETIC_VALUES, RECORD_VALUES, SOURCING_VALUES } from '@/core/check/axes'
import { buildSearchIndex } from '@/core/search/build'
import { SearchIndex, search, type SearchSource } from '@/core/search'

/**
 * `npm run bench:search [-- --json] [-- --sizes 1000,10000]`: builds the search index over
 * synthetic corpora of 1,000, 10,000 and 100,000 claims (generated in memory, never written to
 * the repository) and compares it with plain fuse.js on default options over the same claims:
 * index build time, index size (raw and gzip), load time, query latency typed keystroke by
 * keystroke, and how often a number typed in some spelling finds its claim in the top 5.
 */

// ---------------------------------------------------------------------------------------------
// A realistic corpus: claims from many outlets about a few dozen topics, with figures written
// the ways newspapers write them, a long tail of place and person names, and a few planted
// claims whose figures no other claim has, so that number-spelling queries have one right answer.

/** mulberry32: a small deterministic PRNG, so every run measures the same corpus. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PUBLISHERS = [
  'New York Post',
  'Fox News',
  'Reuters',
  'Associated Press',
  'CNN',
  'BBC News',
  'The Guardian',
  'Washington Post',
  'The New York Times',
  'Wall Street Journal',
  'Los Angeles Times',
  'Chicago Tribune',
  'NPR',
  'Politico',
  'Axios',
  'The Hill',
  'USA Today',
  'Bloomberg',
  'Financial Times',
  'The Economist',
  'Houston Chronicle',
  'Miami Herald',
  'Boston Globe',
  'Newsweek',
  'Daily Mail',
  'The Times',
  'Texas Tribune',
  'Arizona Republic',
  'San Diego Union-Tribune',
  'El Paso Times',
  'Breitbart',
  'Vox',
  'ProPublica',
  'CBS News',
  'NBC News',
  'ABC News',
  'The Telegraph',
  'Al Jazeera',
  'Le Monde',
  'Der Spiegel',
]
const AGENCIES = [
  'Department of Homeland Security',
  'Customs and Border Protection',
  'Border Patrol',
  'Immigration and Customs Enforcement',
  'Executive Office for Immigration Review',
  'Bureau of Labor Statistics',
  'Census Bureau',
  'Centers for Disease Control',
  'Congressional Budget Office',
  'Federal Reserve',
  'Department of Education',
  'Department of Energy',
  'FBI',
  'Department of Justice',
  'Office for National Statistics',
  'Home Office',
  'Eurostat',
  'United Nations refugee agency',
  'World Health Organization',
  'IMF',
]
const FIRST = [
  'Maria',
  'James',
  'Ana',
  'Robert',
  'Linda',
  'Carlos',
  'Susan',
  'David',
  'Fatima',
  'Wei',
  'Olga',
  'Kwame',
  'Priya',
  'Tom',
  'Lena',
  'Manny',
  'Joe',
  'Kamala',
  'Greg',
  'Alejandro',
]

interface Topic {
  readonly topic: string
  readonly subjects: readonly string[]
  readonly events: readonly string[]
  readonly outcomes: readonly string[]
  readonly words: readonly string[]
}

const TOPICS: readonly Topic[] = [
  {
    topic: 'asylum',
    subjects: ['asylum seekers', 'asylum applications', 'asylum claims', 'applicants'],
    events: ['asylum interviews', 'credible fear screenings'],
    outcomes: ['were granted asylum', 'were permitted to remain', 'were denied', 'withdrew their claims'],
    words: ['refugee', 'protection', 'persecution', 'hearing', 'backlog', 'judge'],
  },
  {
    topic: 'border',
    subjects: ['migrants', 'border crossings', 'encounters', 'apprehensions', 'families'],
    events: ['crossings', 'apprehensions', 'gotaways', 'releases'],
    outcomes: ['crossed illegally', 'were released into the country', 'were turned back', 'were apprehended'],
    words: ['southern', 'sector', 'wall', 'patrol', 'agents', 'port', 'entry'],
  },
  {
    topic: 'immigration-courts',
    subjects: ['removal orders', 'deportation orders', 'pending cases', 'hearings'],
    events: ['hearings', 'rulings'],
    outcomes: ['were issued in absentia', 'were dismissed', 'were postponed', 'ended in deportation orders'],
    words: ['immigration', 'court', 'absentia', 'docket', 'continuance', 'appeal'],
  },
  {
    topic: 'enforcement',
    subjects: ['deportations', 'arrests', 'detainees', 'cases per officer'],
    events: ['arrests', 'removals', 'raids'],
    outcomes: ['were deported', 'were detained', 'were released on bond'],
    words: ['custody', 'detention', 'officer', 'caseload', 'warrant'],
  },
  {
    topic: 'jobs',
    subjects: ['jobs', 'payrolls', 'unemployed workers', 'job openings'],
    events: ['layoffs', 'hires', 'claims for benefits'],
    outcomes: ['were added', 'were lost', 'filed for benefits'],
    words: ['unemployment', 'labor', 'wages', 'economy', 'workforce', 'participation'],
  },
  {
    topic: 'inflation',
    subjects: ['consumer prices', 'grocery prices', 'rents', 'gas prices'],
    events: ['price increases'],
    outcomes: ['rose', 'fell', 'doubled'],
    words: ['inflation', 'index', 'core', 'basket', 'cost', 'living'],
  },
  {
    topic: 'housing',
    subjects: ['homes', 'housing starts', 'evictions', 'mortgages', 'homeless residents'],
    events: ['evictions', 'foreclosures', 'sales'],
    outcomes: ['were sold', 'were built', 'were evicted', 'sat empty'],
    words: ['housing', 'rent', 'shelter', 'mortgage', 'zoning', 'affordable'],
  },
  {
    topic: 'health',
    subjects: ['patients', 'hospital admissions', 'overdose deaths', 'vaccinations', 'uninsured residents'],
    events: ['admissions', 'deaths', 'emergency visits'],
    outcomes: ['were admitted', 'died', 'were vaccinated', 'waited more than four hours'],
    words: ['hospital', 'clinic', 'medicaid', 'fentanyl', 'nurses', 'beds'],
  },
  {
    topic: 'crime',
    subjects: ['homicides', 'shootings', 'car thefts', 'arrests', 'violent crimes'],
    events: ['shootings', 'robberies', 'calls to police'],
    outcomes: ['were reported', 'went unsolved', 'were cleared'],
    words: ['police', 'precinct', 'crime', 'victims', 'prosecutors', 'bail'],
  },
  {
    topic: 'education',
    subjects: ['students', 'teachers', 'schools', 'graduates', 'chronically absent pupils'],
    events: ['enrollments', 'suspensions'],
    outcomes: ['graduated on time', 'were chronically absent', 'passed the exam'],
    words: ['school', 'district', 'tuition', 'classroom', 'reading', 'scores'],
  },
  {
    topic: 'energy',
    subjects: ['households', 'power outages', 'barrels of oil', 'wind turbines'],
    events: ['outages', 'shutoffs'],
    outcomes: ['lost power', 'were connected', 'were produced'],
    words: ['electricity', 'grid', 'solar', 'pipeline', 'emissions', 'utility'],
  },
  {
    topic: 'budget',
    subjects: ['federal spending', 'the deficit', 'tax refunds', 'grants'],
    events: ['payments', 'audits'],
    outcomes: ['were paid out', 'were approved', 'were cut'],
    words: ['budget', 'deficit', 'congress', 'appropriations', 'taxpayers', 'fiscal'],
  },
  {
    topic: 'elections',
    subjects: ['voters', 'ballots', 'registrations', 'polling places'],
    events: ['ballots cast', 'registrations'],
    outcomes: ['were rejected', 'were counted', 'turned out'],
    words: ['election', 'turnout', 'county', 'precincts', 'mail', 'recount'],
  },
  {
    topic: 'transport',
    subjects: ['flights', 'train services', 'road deaths', 'commuters'],
    events: ['delays', 'cancellations', 'crashes'],
    outcomes: ['were cancelled', 'ran late', 'were killed'],
    words: ['airport', 'subway', 'highway', 'transit', 'rail', 'traffic'],
  },
  {
    topic: 'climate',
    subjects: ['acres burned', 'heat deaths', 'tons of carbon', 'floods'],
    events: ['wildfires', 'heat waves'],
    outcomes: ['burned', 'were evacuated', 'were emitted'],
    words: ['climate', 'heat', 'drought', 'wildfire', 'storm', 'temperatures'],
  },
]
const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'mon',
  'tal',
  'ri',
  'san',
  'del',
  'por',
  'gan',
  'wes',
  'ton',
  'mar',
  'bel',
  'ford',
  'ham',
  'ley',
  'ash',
  'bur',
  'ing',
  'ston',
  'vil',
  'lin',
  'cas',
  'dor',
  'ven',
  'mir',
  'ol',
  'tu',
  'ber',
]
const FILLER = [
  'according',
  'report',
  'figures',
  'show',
  'since',
  'during',
  'last',
  'year',
  'month',
  'officials',
  'said',
  'data',
  'obtained',
  'compared',
  'with',
  'previous',
  'period',
  'record',
  'highest',
  'lowest',
  'nearly',
  'average',
  'total',
  'number',
  'rise',
  'drop',
  'policy',
  'administration',
  'federal',
  'state',
  'local',
  'new',
  'analysis',
  'published',
  'internal',
  'leaked',
  'estimate',
  'survey',
  'review',
  'under',
  'after',
  'before',
  'across',
  'country',
  'nation',
  'region',
  'city',
  'residents',
  'critics',
  'supporters',
  'warned',
  'claimed',
  'noted',
  'added',
  'executive',
  'order',
]
const PLACES = [
  'Texas',
  'Arizona',
  'California',
  'New York',
  'Florida',
  'Illinois',
  'San Diego',
  'El Paso',
  'Chicago',
  'Miami',
  'Jacumba Hot Springs',
  'Rio Grande Valley',
  'Tucson',
  'Denver',
  'Boston',
  'London',
  'Ohio',
  'Georgia',
]

/** Claims whose figures no generated claim repeats: each number-spelling query has one answer. */
const PLANTED: readonly SearchSource[] = [
  plantedClaim(
    'planted-asylum-share',
    'Share of asylum applicants permitted to remain in the US',
    '77% of migrants applying for asylum have been permitted to remain in the US',
    '77%',
    77,
    'percent of asylum applicants',
    [76.5, 77.5],
    'asylum',
    'New York Post',
  ),
  plantedClaim(
    'planted-asylum-count',
    'Asylum applicants permitted to remain',
    'equating to 499,000 of the applications',
    '499,000',
    499000,
    'asylum applicants permitted to remain',
    [498500, 499500],
    'asylum',
    'New York Post',
  ),
  plantedClaim(
    'planted-daily-crossings',
    'Average daily crossings since the executive order',
    'The average number of crossings each day is about 3,200 since the order began',
    '3,200',
    3200,
    'crossings per day',
    [3150, 3250],
    'border',
    'Internal DHS data',
    'about',
  ),
  plantedClaim(
    'planted-encounters',
    'Border encounters in the fiscal year',
    'agents recorded 1.8 million encounters at the southern border',
    '1.8 million',
    1.8e6,
    'encounters',
    [1.75e6, 1.85e6],
    'border',
    'Customs and Border Protection',
  ),
  plantedClaim(
    'planted-crossed-since-order',
    'Migrants who crossed since the order took effect',
    'Some 42,000 migrants have illegally crossed the border',
    '42,000',
    42000,
    'migrants',
    [41500, 42500],
    'border',
    'Border Patrol sources',
    'some',
  ),
  plantedClaim(
    'planted-jobless-share',
    'Youth unemployment rate in the county',
    'youth unemployment reached 12.5% in the county',
    '12.5%',
    12.5,
    'percent of young workers',
    [12.45, 12.55],
    'jobs',
    'Bureau of Labor Statistics',
  ),
  plantedClaim(
    'planted-ice-caseload',
    'Average caseload of an ICE officer',
    'Each ICE officer has to manage an average of 7,300 cases',
    '7,300',
    7300,
    'cases per officer',
    [7250, 7350],
    'enforcement',
    'Fox News',
    'an average of',
  ),
  plantedClaim(
    'planted-in-absentia',
    'Removal orders issued in absentia in FY2023',
    'roughly 159,000 failed to appear for their hearings, which resulted in deportation orders',
    '159,000',
    159000,
    'in absentia removal orders',
    [158500, 159500],
    'immigration-courts',
    'Federal data',
    'roughly',
  ),
]
const PLANTED_VALUES = new Set(PLANTED.map((claim) => claim.value as number))

function plantedClaim(
  id: string,
  title: string,
  quote: string,
  written: string,
  value: number,
  unit: string,
  interval: [number, number],
  topic: string,
  saidBy: string,
  hedge: string | null = null,
): SearchSource {
  return {
    id,
    url: `/claims/${id}`,
    title,
    quote,
    written,
    kind: 'quantity',
    value,
    unit,
    hedge,
    exact: false,
    interval,
    period: null,
    place: null,
    saidBy: { name: saidBy },
    source: { publisher: 'New York Post' },
    topics: [topic],
    axes: { arithmetic: { id: 'adds-up', label: 'Adds up' }, record: { id: 'not-checked', label: 'Not yet checked' }, sourcing: { id: 'unattributed', label: 'Unattributed' } },
  }
}

// Every value of each verdict axis, as claims.json carries them.
const axisValues = (values: Record<string, { label: string }>) => Object.entries(values).map(([id, { label }]) => ({ id, label }))
const ARITHMETIC = axisValues(ARITHMETIC_VALUES)
const RECORD = axisValues(RECORD_VALUES)
const SOURCING = axisValues(SOURCING_VALUES)
const HEDGES = [null, null, null, 'about', 'roughly', 'some', 'more than', 'nearly', 'almost', 'an estimated', 'at least', 'up to', 'less than']

function generateCorpus(size: number, seed = 42): SearchSource[] {
  const rand = random(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T
  // Zipf-like pick: a few items often, a long tail rarely.
  const zipf = <T>(list: readonly T[]): T => list[Math.min(list.length - 1, Math.floor(list.length * rand() ** 3))] as T
  const tail = Array.from({ length: 40_000 }, () => {
    const parts = 2 + Math.floor(rand() * 2)
    let word = ''
    for (let part = 0; part < parts; part++) word += pick(SYLLABLES)
    return word
  })
  const properName = () => {
    const word = zipf(tail)
    return word.charAt(0).toUpperCase() + word.slice(1)
  }

  const claims: SearchSource[] = []
  const plantAt = new Map(PLANTED.map((claim, index) => [Math.floor(((index + 0.5) * size) / PLANTED.length), claim]))
  for (let index = 0; index < size; index++) {
    const planted = plantAt.get(index)
    if (planted) {
      claims.push(planted)
      continue
    }
    const topic = zipf(TOPICS)
    const subject = pick(topic.subjects)
    const place = rand() < 0.6 ? pick(PLACES) : `${properName()} ${pick(['County', 'City', 'district', 'sector', 'Valley'])}`
    const publisher = zipf(PUBLISHERS)
    const saidByKind = rand()
    const saidBy = saidByKind < 0.35 ? pick(AGENCIES) : saidByKind < 0.6 ? `${pick(FIRST)} ${properName()}` : saidByKind < 0.8 ? pick(PUBLISHERS) : publisher
    const year = 2015 + Math.floor(rand() * 10)

    // The figure: a count, a percentage or a daily rate, rounded as papers round.
    const shape = rand()
    let value: number
    let written: string
    let unit: string
    let kind: SearchSource['kind'] = 'quantity'
    let percent = false
    do {
      if (shape < 0.3) {
        percent = true
        value = rand() < 0.7 ? Math.round(rand() * 100) : Math.round(rand() * 1000) / 10
        written = rand() < 0.5 ? `${value}%` : `${value} percent`
        unit = `percent of ${subject}`
      } else if (shape < 0.45) {
        value = Math.round((50 + rand() * 9950) / 10) * 10
        written = value.toLocaleString('en-US')
        unit = `${pick(topic.events)} per day`
      } else {
        const magnitude = 10 ** (1 + Math.floor(rand() * 6))
        const digits = rand() < 0.5 ? 2 : 3
        const raw = magnitude * (1 + rand() * 9)
        const round = 10 ** Math.max(0, Math.floor(Math.log10(raw)) - digits + 1)
        value = Math.round(raw / round) * round
        written = value >= 1e6 && rand() < 0.6 ? `${Number((value / 1e6).toPrecision(3))} million` : value.toLocaleString('en-US')
        unit = subject
      }
    } while (PLANTED_VALUES.has(value))
    let hedge = pick(HEDGES)
    const half = percent ? (Number.isInteger(value) ? 0.5 : 0.05) : value >= 1e6 ? 5e4 : value / 200
    let interval: SearchSource['interval'] = [value - half, value + half]
    if (hedge === 'more than' || hedge === 'at least') interval = [value, null]
    else if (hedge === 'up to' || hedge === 'less than') interval = [null, value]
    if (rand() < 0.04) {
      kind = 'vague'
      written = pick(['Thousands', 'Hundreds', 'Tens of thousands', 'Millions'])
      interval = null
      hedge = null
    }

    const outcome = pick(topic.outcomes)
    const fillers = Array.from({ length: 6 + Math.floor(rand() * 8) }, () => (rand() < 0.7 ? pick(FILLER) : rand() < 0.5 ? pick(topic.words) : zipf(tail)))
    const title = pick([
      () => `${subject.charAt(0).toUpperCase()}${subject.slice(1)} that ${outcome} in ${place}`,
      () => `Share of ${subject} that ${outcome}`,
      () => `Average daily ${pick(topic.events)} in ${place}`,
      () => `${subject.charAt(0).toUpperCase()}${subject.slice(1)} in fiscal year ${year}`,
      () => `${pick(topic.words).charAt(0).toUpperCase()}${pick(topic.words).slice(1)} ${subject} in ${place} since ${year}`,
    ])().slice(0, 75)
    const quote = `${hedge ? `${hedge} ` : ''}${kind === 'vague' ? written.toLowerCase() : written} ${subject} ${outcome} in ${place}, ${fillers.join(' ')}`
    claims.push({
      id: `claim-${index}`,
      url: `/claims/claim-${index}`,
      title,
      quote,
      written,
      kind,
      value: kind === 'vague' ? null : value,
      unit,
      hedge,
      exact: false,
      interval,
      period: rand() < 0.3 ? { written: `in fiscal year ${year}` } : null,
      place: rand() < 0.3 ? place : null,
      saidBy: { name: saidBy },
      source: { publisher },
      topics: rand() < 0.2 ? [topic.topic, pick(TOPICS).topic] : [topic.topic],
      axes: { arithmetic: pick(ARITHMETIC), record: pick(RECORD), sourcing: pick(SOURCING) },
    })
  }
  return claims
}

// ---------------------------------------------------------------------------------------------
// The queries: typed keystroke by keystroke. Number-spelling queries name their planted claim.

const NUMBER_QUERIES: readonly [query: string, intended: string][] = [
  ['77%', 'planted-asylum-share'],
  ['77 percent', 'planted-asylum-share'],
  ['77 per cent', 'planted-asylum-share'],
  ['499,000', 'planted-asylum-count'],
  ['499000', 'planted-asylum-count'],
  ['499k', 'planted-asylum-count'],
  ['499 thousand', 'planted-asylum-count'],
  ['0.499 million', 'planted-asylum-count'],
  ['3,200 a day', 'planted-daily-crossings'],
  ['3200 per day', 'planted-daily-crossings'],
  ['3,200 daily', 'planted-daily-crossings'],
  ['1.8 million', 'planted-encounters'],
  ['1,800,000', 'planted-encounters'],
  ['1.8m', 'planted-encounters'],
  ['42k', 'planted-crossed-since-order'],
  ['42 thousand', 'planted-crossed-since-order'],
  ['12.5 percent', 'planted-jobless-share'],
  ['7,300 cases', 'planted-ice-caseload'],
  ['159k', 'planted-in-absentia'],
]
const OTHER_QUERIES: readonly string[] = [
  // words and phrases
  'asylum',
  'border crossings',
  'deportation orders',
  'unemployment rate',
  'housing prices',
  'immigration judge',
  'in absentia',
  'executive order',
  'fiscal year 2023',
  'customs enforcement',
  'overdose deaths',
  'power outages',
  // typos
  'asylm',
  'migrnats',
  'deportaton',
  'bordr crossings',
  'imigration',
  'unemploymnt',
  'hospitl admissions',
  'evictoins',
  // sources
  'fox news',
  'new york post',
  'reuters',
  'associated press',
  'bureau of labor statistics',
  // comparisons
  '> 3000 per day',
  'over 100,000',
  'more than 50%',
]

/** A full garbage collection, so one phase's garbage is not timed in the next. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc')
  ;(vm.runInNewContext('gc') as () => void)()
}

function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] as number
}

function prefixesOf(query: string): string[] {
  return Array.from({ length: query.length }, (_, index) => query.slice(0, index + 1))
}

const FUSE_KEYS = ['title', 'written', 'unit', 'quote', 'source.publisher', 'saidBy.name', 'topics']

interface SizeReport {
  claims: number
  buildMs: number
  indexRawBytes: number
  indexGzipBytes: number
  eagerGzipBytes: number
  firstResultGzipBytesP50: number
  firstResultGzipBytesMax: number
  loadMs: number
  warmMs: number
  p50Ms: number
  p95Ms: number
  keystrokes: number
  hitRate: number
  baselineBuildMs: number
  baselineRawBytes: number
  baselineGzipBytes: number
  baselineLoadMs: number
  baselineP50Ms: number
  baselineP95Ms: number
  baselineKeystrokes: number
  baselineHitRate: number
}

function gzipSize(contents: string | Uint8Array): number {
  return gzipSync(typeof contents === 'string' ? Buffer.from(contents) : contents).length
}

/**
 * Runs both searches over a small corpus of other claims first, so that the first size timed
 * does not pay for compiling the code. The index timed afterwards is a fresh one: nothing of it
 * has been fetched or decoded.
 */
async function warmUp(): Promise<void> {
  const claims = generateCorpus(2_000, 7)
  const files = new Map(buildSearchIndex(claims).files.map((file) => [file.path, file.contents]))
  const index = await SearchIndex.open(async (path) => files.get(path) ?? '')
  const fuse = new Fuse(claims, { keys: FUSE_KEYS })
  for (const query of [...NUMBER_QUERIES.map(([text]) => text), ...OTHER_QUERIES]) {
    for (const prefix of prefixesOf(query)) {
      const results = await search(index, prefix, { limit: 10 })
      await index.documents(results.hits.map((hit) => hit.doc))
    }
    fuse.search(query, { limit: 10 })
  }
}

async function measureSize(size: number, baselineBudgetMs: number, log: (line: string) => void): Promise<SizeReport> {
  const claims = generateCorpus(size)
  const allQueries = [...NUMBER_QUERIES.map(([query]) => query), ...OTHER_QUERIES]

  // Ours: build, serialise, load.
  let started = performance.now()
  const built = buildSearchIndex(claims)
  const buildMs = performance.now() - started
  const files = new Map(built.files.map((file) => [file.path, file.contents]))
  const gzipOf = new Map(built.files.map((file) => [file.path, gzipSize(file.contents)]))
  const indexRawBytes = built.files.reduce((total, file) => total + (typeof file.contents === 'string' ? Buffer.byteLength(file.contents) : file.contents.length), 0)
  const indexGzipBytes = [...gzipOf.values()].reduce((total, bytes) => total + bytes, 0)
  const loader = (fetched?: Set<string>) => async (path: string) => {
    fetched?.add(path)
    const contents = files.get(path)
    if (contents === undefined) throw new Error(`no index file ${path}`)
    return contents
  }
  // The build's garbage would be collected during the first queries; a browser never has it.
  collectGarbage()
  started = performance.now()
  const index = await SearchIndex.open(loader())
  const loadMs = performance.now() - started
  // The typo dictionary (bigrams, fuse.js) is readied when the page is idle; timed apart.
  started = performance.now()
  await index.fuzzy.warm()
  const warmMs = performance.now() - started
  log(`  ${size}: built in ${buildMs.toFixed(0)} ms, ${built.files.length} files, loaded in ${loadMs.toFixed(1)} ms (+ ${warmMs.toFixed(1)} ms typo dictionary)`)

  // Keystroke latency: each prefix of each query, typed in order into one open index, as in a
  // browser tab; shards fetched by earlier keystrokes stay cached, as they would there.
  const latencies: number[] = []
  for (const query of allQueries) {
    for (const prefix of prefixesOf(query)) {
      const start = performance.now()
      const results = await search(index, prefix, { limit: 10 })
      await index.documents(results.hits.map((hit) => hit.doc))
      latencies.push(performance.now() - start)
    }
  }
  latencies.sort((a, b) => a - b)

  let hits = 0
  for (const [query, intended] of NUMBER_QUERIES) {
    const results = await search(index, query, { limit: 5 })
    const ids = (await index.documents(results.hits.map((hit) => hit.doc))).map((doc) => doc.id)
    if (ids.includes(intended)) hits++
    else log(`    miss: "${query}" → ${ids.join(', ')}`)
  }

  // Bytes a fresh page fetches before showing the first result of each whole query.
  const firstResultBytes: number[] = []
  for (const query of allQueries) {
    const fetched = new Set<string>()
    const cold = await SearchIndex.open(loader(fetched))
    const results = await search(cold, query, { limit: 10 })
    await cold.documents(results.hits.map((hit) => hit.doc))
    firstResultBytes.push([...fetched].reduce((total, path) => total + (gzipOf.get(path) ?? 0), 0))
  }
  firstResultBytes.sort((a, b) => a - b)

  // Baseline: fuse.js, default options, over the whole corpus.
  started = performance.now()
  const fuseIndex = Fuse.createIndex(FUSE_KEYS, claims)
  const baselineBuildMs = performance.now() - started
  const serialisedIndex = JSON.stringify(fuseIndex.toJSON())
  const serialisedDocs = JSON.stringify(claims)
  collectGarbage()
  started = performance.now()
  const fuse = new Fuse(JSON.parse(serialisedDocs) as SearchSource[], { keys: FUSE_KEYS }, Fuse.parseIndex(JSON.parse(serialisedIndex)))
  const baselineLoadMs = performance.now() - started

  // Every whole number-spelling query (for the hit rate), then evenly spread keystrokes of all
  // queries until the time budget is spent: at 100,000 claims one fuse.js query takes seconds.
  const baselineLatencies: number[] = []
  let baselineHits = 0
  for (const [query, intended] of NUMBER_QUERIES) {
    const start = performance.now()
    const results = fuse.search(query, { limit: 5 })
    baselineLatencies.push(performance.now() - start)
    if (results.some((result) => result.item.id === intended)) baselineHits++
  }
  const keystrokes = allQueries.flatMap(prefixesOf)
  const budgetEnd = performance.now() + baselineBudgetMs
  const stride = 7
  for (let offset = 0; offset < stride && performance.now() < budgetEnd; offset++) {
    for (let at = offset; at < keystrokes.length && performance.now() < budgetEnd; at += stride) {
      const start = performance.now()
      fuse.search(keystrokes[at] as string, { limit: 10 })
      baselineLatencies.push(performance.now() - start)
    }
  }
  baselineLatencies.sort((a, b) => a - b)

  return {
    claims: size,
    buildMs,
    indexRawBytes,
    indexGzipBytes,
    eagerGzipBytes: gzipOf.get('index.json') ?? 0,
    firstResultGzipBytesP50: percentile(firstResultBytes, 0.5),
    firstResultGzipBytesMax: firstResultBytes[firstResultBytes.length - 1] ?? 0,
    loadMs,
    warmMs,
    p50Ms: percentile(latencies, 0.5),
    p95Ms: percentile(latencies, 0.95),
    keystrokes: latencies.length,
    hitRate: hits / NUMBER_QUERIES.length,
    baselineBuildMs,
    baselineRawBytes: Buffer.byteLength(serialisedIndex) + Buffer.byteLength(serialisedDocs),
    baselineGzipBytes: gzipSize(serialisedIndex) + gzipSize(serialisedDocs),
    baselineLoadMs,
    baselineP50Ms: percentile(baselineLatencies, 0.5),
    baselineP95Ms: percentile(baselineLatencies, 0.95),
    baselineKeystrokes: baselineLatencies.length,
    baselineHitRate: baselineHits / NUMBER_QUERIES.length,
  }
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} KB`
}

function ratio(ours: number, baseline: number): string {
  if (!(ours > 0) || !(baseline > 0)) return '–'
  const value = ours / baseline
  return value >= 1 ? `${value.toFixed(value >= 10 ? 0 : 1)}×` : `1/${(1 / value).toFixed(1 / value >= 10 ? 0 : 1)}`
}

function table(reports: readonly SizeReport[]): string {
  const rows: [string, (report: SizeReport) => [string, string, string]][] = [
    ['index build', (r) => [`${r.buildMs.toFixed(0)} ms`, `${r.baselineBuildMs.toFixed(0)} ms`, ratio(r.buildMs, r.baselineBuildMs)]],
    ['index, raw', (r) => [kb(r.indexRawBytes), kb(r.baselineRawBytes), ratio(r.indexRawBytes, r.baselineRawBytes)]],
    ['index, gzip (all files)', (r) => [kb(r.indexGzipBytes), kb(r.baselineGzipBytes), ratio(r.indexGzipBytes, r.baselineGzipBytes)]],
    [
      'fetched before 1st result, gzip (median / max)',
      (r) => [`${kb(r.firstResultGzipBytesP50)} / ${kb(r.firstResultGzipBytesMax)}`, kb(r.baselineGzipBytes), ratio(r.firstResultGzipBytesMax, r.baselineGzipBytes)],
    ],
    ['index load', (r) => [`${r.loadMs.toFixed(1)} ms`, `${r.baselineLoadMs.toFixed(1)} ms`, ratio(r.loadMs, r.baselineLoadMs)]],
    ['typo dictionary, readied when idle', (r) => [`${r.warmMs.toFixed(1)} ms`, '–', '']],
    ['query p50 (per keystroke)', (r) => [`${r.p50Ms.toFixed(2)} ms`, `${r.baselineP50Ms.toFixed(1)} ms`, ratio(r.p50Ms, r.baselineP50Ms)]],
    ['query p95 (per keystroke)', (r) => [`${r.p95Ms.toFixed(2)} ms`, `${r.baselineP95Ms.toFixed(1)} ms`, ratio(r.p95Ms, r.baselineP95Ms)]],
    ['keystrokes timed', (r) => [String(r.keystrokes), String(r.baselineKeystrokes), '']],
    ['number spellings in top 5', (r) => [`${(r.hitRate * 100).toFixed(0)}%`, `${(r.baselineHitRate * 100).toFixed(0)}%`, '']],
  ]
  const lines: string[] = []
  for (const report of reports) {
    lines.push('', `${report.claims.toLocaleString('en-US')} claims      claim-ledger search | fuse.js defaults | ratio`)
    for (const [label, cells] of rows) {
      const [ours, baseline, quotient] = cells(report)
      lines.push(`  ${label.padEnd(48)} ${ours.padStart(18)} | ${baseline.padStart(12)} | ${quotient}`)
    }
  }
  return lines.join('\n')
}

async function main(argv: readonly string[]): Promise<number> {
  const json = argv.includes('--json')
  const sizesFlag = argv.indexOf('--sizes')
  const sizes =
    sizesFlag >= 0
      ? (argv[sizesFlag + 1] ?? '')
          .split(',')
          .map(Number)
          .filter((n) => Number.isInteger(n) && n > 0)
      : [1_000, 10_000, 100_000]
  const budgetFlag = argv.indexOf('--baseline-seconds')
  const baselineBudgetMs = (budgetFlag >= 0 ? Number(argv[budgetFlag + 1]) : 30) * 1000
  if (sizes.length === 0 || !Number.isFinite(baselineBudgetMs)) {
    console.error('Usage: npm run bench:search -- [--json] [--sizes 1000,10000,100000] [--baseline-seconds 30]')
    return 2
  }
  const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`)
  log(`Search benchmark: ${NUMBER_QUERIES.length + OTHER_QUERIES.length} queries (${NUMBER_QUERIES.length} number spellings), typed keystroke by keystroke`)
  await warmUp()
  const reports: SizeReport[] = []
  for (const size of sizes) reports.push(await measureSize(size, baselineBudgetMs, log))
  if (json) {
    const sizesJson = reports.map((r) => ({
      claims: r.claims,
      p50Ms: r.p50Ms,
      p95Ms: r.p95Ms,
      hitRate: r.hitRate,
      indexGzipBytes: r.indexGzipBytes,
      baselineP50Ms: r.baselineP50Ms,
      baselineP95Ms: r.baselineP95Ms,
      baselineHitRate: r.baselineHitRate,
      firstResultGzipBytesMax: r.firstResultGzipBytesMax,
      buildMs: r.buildMs,
      loadMs: r.loadMs,
      warmMs: r.warmMs,
      baselineGzipBytes: r.baselineGzipBytes,
      baselineBuildMs: r.baselineBuildMs,
      baselineLoadMs: r.baselineLoadMs,
    }))
    console.log(JSON.stringify({ sizes: sizesJson }, null, 2))
  } else {
    log(table(reports))
    log(
      '\nBaseline keystrokes are every whole number-spelling query plus evenly spread keystrokes of all queries, ' +
        `within ${baselineBudgetMs / 1000} s per size. Targets: p95 ≤ 3 ms at 10,000 and ≤ 16 ms at 100,000; 100% of number spellings; ` +
        '≤ 1 MB gzip at 10,000; ≤ 1.5 MB gzip fetched before the first result at 100,000.',
    )
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
