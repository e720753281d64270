/**
 * `npm run bench:pages [-- --runs 3] [--uncompressed] [--json] [--strict] [--save DIR]`
 *
 * Lighthouse 12 (mobile defaults: Moto G Power emulation, simulated slow 4G and 4× CPU slowdown)
 * over the built site in out/, served by the same static server as `npm start`, for the overview,
 * a claim page, the source page and /search (when the export has it). Prints per page the four
 * category scores, total blocking time (TBT) and the JavaScript the first load fetched, against the
 * targets of issues 5 and 16; and per run the performance score with the metrics that make it (FCP,
 * LCP, SI, TBT) and the longest main-thread task, so a run that falls short shows which metric cost
 * the points and what work did. `--save DIR` keeps every run's Lighthouse report for a closer look.
 *
 * Chromium is Debian's (/usr/bin/chromium, or CHROMIUM_PATH), started here with a DevTools port
 * that Lighthouse connects to; chrome-launcher is not used.
 *
 * The static server gzips text as hosts and CDNs do, so a script's transfer size is what a reader
 * downloads. With `--uncompressed` it sends raw bytes (Lighthouse then loads those), and each
 * script's gzip size is computed here with zlib level 6 so the JS figure stays comparable.
 *
 * Performance varies from run to run (Lantern simulates from an observed trace, and this machine has
 * two cores that other work shares), so each page runs `--runs` times and the run with the median
 * performance score is the one reported, as Lighthouse's own docs advise.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { get, type Server } from 'node:http'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import lighthouse, { type Flags, type Result } from 'lighthouse'
import { startStaticServer } from '@/cli/static-server'
import { CHROMIUM_ARGS, CHROMIUM_PATH as CHROMIUM } from '../chromium'

const REPO = path.resolve(import.meta.dirname, '../..')
const OUT = path.join(REPO, 'out')
const CLAIM_ID = 'asylum-allowed-share'
const LIGHTHOUSE_VERSION = (createRequire(import.meta.url)('lighthouse/package.json') as { version: string }).version

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
type Category = (typeof CATEGORIES)[number]

/** Issue 5's targets. Sizes are in kB of 1,000 bytes, as Next.js reports first-load JS. */
const TARGETS: Record<Category, number> & { claimFirstLoadGzipBytes: number } = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
  claimFirstLoadGzipBytes: 120_000,
}

const USAGE = `Usage: npm run bench:pages -- [options]
  --runs N   Lighthouse runs per page; the run with the median performance score is reported (default 3)
  --uncompressed  serve raw bytes instead of gzip, to see what compression is worth
  --json     print the results as JSON instead of a table
  --strict   exit 1 when a target is missed (a Lighthouse failure always exits 1)
  --save DIR write each run's Lighthouse report to DIR/<page>-<run>.json`

interface Options {
  json: boolean
  strict: boolean
  uncompressed: boolean
  runs: number
  save: string | undefined
}

// ─── arguments ──────────────────────────────────────────────────────────────────────────────────

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { json: false, strict: false, uncompressed: false, runs: 3, save: undefined }
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] as string
    if (arg === '--json') options.json = true
    else if (arg === '--strict') options.strict = true
    else if (arg === '--uncompressed') options.uncompressed = true
    else if (arg === '--runs' || arg.startsWith('--runs=')) {
      const value = arg.includes('=') ? arg.slice('--runs='.length) : argv[++index]
      const runs = Number(value)
      if (!Number.isInteger(runs) || runs < 1 || runs > 9) {
        console.error(`bench:pages: --runs expects a whole number from 1 to 9; got "${value ?? ''}"`)
        process.exit(2)
      }
      options.runs = runs
    } else if (arg === '--save' || arg.startsWith('--save=')) {
      const value = arg.includes('=') ? arg.slice('--save='.length) : argv[++index]
      if (!value) {
        console.error(`bench:pages: --save expects a directory\n${USAGE}`)
        process.exit(2)
      }
      options.save = path.resolve(value)
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE)
      process.exit(0)
    } else {
      console.error(`bench:pages: unknown option "${arg}"\n${USAGE}`)
      process.exit(2)
    }
  }
  return options
}

// ─── pages ──────────────────────────────────────────────────────────────────────────────────────

interface BenchPage {
  readonly name: string
  readonly path: string
  readonly isClaim: boolean
}

function pagesToMeasure(): { pages: BenchPage[]; skipped: string[] } {
  const sourceFile = existsSync(path.join(OUT, 'sources'))
    ? readdirSync(path.join(OUT, 'sources'))
        .filter((name) => name.endsWith('.html'))
        .sort()[0]
    : undefined
  if (!sourceFile) throw new Error('out/sources/ has no page; run `npm run build` first')
  const pages: BenchPage[] = [
    { name: 'overview', path: '/', isClaim: false },
    { name: 'claim', path: `/claims/${CLAIM_ID}`, isClaim: true },
    { name: 'source', path: `/sources/${sourceFile.slice(0, -'.html'.length)}`, isClaim: false },
  ]
  const skipped: string[] = []
  if (existsSync(path.join(OUT, 'search.html'))) pages.push({ name: 'search', path: '/search', isClaim: false })
  else skipped.push('/search: out/search.html is not in the export')
  return { pages, skipped }
}

// ─── Chromium ───────────────────────────────────────────────────────────────────────────────────

/** Starts Chromium on a free DevTools port (port 0) and reads the port it chose from its stderr. */
async function launchChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'claim-ledger-lighthouse-'))
  const child: ChildProcess = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  const port = await new Promise<number>((resolve, reject) => {
    let stderr = ''
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port within 30 s:\n${stderr}`)), 30_000)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(new Error(`could not start ${CHROMIUM}: ${error.message}`))
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Chromium exited with code ${code} before opening a DevTools port:\n${stderr}`))
    })
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(stderr)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
  })
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))])
        if (child.exitCode === null) child.kill('SIGKILL')
      }
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => server.close(() => resolve()))
}

// ─── scripts ────────────────────────────────────────────────────────────────────────────────────

interface NetworkItem {
  readonly url: string
  readonly resourceType?: string
  readonly transferSize?: number
  readonly resourceSize?: number
  readonly statusCode?: number
}

interface Script {
  readonly url: string
  readonly rawBytes: number
  readonly gzipBytes: number
  /** True when the server sent it compressed; false when gzipBytes was computed here. */
  readonly servedCompressed: boolean
}

/** Fetches a URL as a browser would ask for it, and returns the body as sent and its encoding. */
function fetchAsSent(url: string): Promise<{ body: Buffer; encoding: string | undefined }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip, deflate, br' } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ body: Buffer.concat(chunks), encoding: response.headers['content-encoding'] }))
      response.on('error', reject)
    }).on('error', reject)
  })
}

async function scriptsOf(lhr: Result): Promise<Script[]> {
  const details = lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined
  const items = (details?.items ?? []).filter((item) => item.resourceType === 'Script' && (item.statusCode ?? 0) < 400)
  const scripts: Script[] = []
  for (const item of items) {
    const { body, encoding } = await fetchAsSent(item.url)
    const servedCompressed = encoding !== undefined && encoding !== 'identity'
    scripts.push({
      url: item.url,
      rawBytes: servedCompressed ? (item.resourceSize ?? 0) : body.length,
      gzipBytes: servedCompressed ? body.length : gzipSync(body, { level: 6 }).length,
      servedCompressed,
    })
  }
  return scripts
}

// ─── measuring ──────────────────────────────────────────────────────────────────────────────────

interface PageResult {
  readonly name: string
  readonly path: string
  readonly scores: Record<Category, number | null>
  /** Performance scores of every run, in run order; `scores.performance` is their median. */
  readonly performanceRuns: (number | null)[]
  /** Total blocking time of every run, in run order, in ms: what a slow phone's main thread is kept busy for. */
  readonly tbtRuns: (number | null)[]
  /** Every run's score and the metrics it is made of, in run order. */
  readonly runs: RunFigures[]
  /** Of the reported run, in milliseconds (CLS unitless). */
  readonly metrics: { readonly fcp: number | null; readonly lcp: number | null; readonly tbt: number | null; readonly cls: number | null; readonly si: number | null }
  readonly firstLoadJs: { readonly scripts: number; readonly rawBytes: number; readonly gzipBytes: number; readonly computedGzip: boolean }
  /** Audits that cost points in accessibility, best practices or SEO, and weighted performance metrics below 0.9. */
  readonly findings: string[]
  readonly warnings: string[]
  readonly misses: string[]
}

/** One run's performance score, its metrics (ms, simulated) and its longest main-thread task. */
interface RunFigures {
  readonly performance: number | null
  readonly fcp: number | null
  readonly lcp: number | null
  readonly si: number | null
  readonly tbt: number | null
  /** The longest task as Lantern simulated it (observed time × the CPU slowdown), with the work it did. */
  readonly longestTask: { readonly ms: number; readonly url: string; readonly work: string } | null
}

interface LongTaskDebug {
  readonly urls?: string[]
  readonly tasks?: ({ urlIndex: number; duration: number; startTime: number } & Record<string, number>)[]
}

/** The longest task of a run, from the long-tasks audit, with its time by kind of work (style & layout, script, parse …). */
function longestTaskOf(lhr: Result): RunFigures['longestTask'] {
  const debug = (lhr.audits['long-tasks']?.details as { debugData?: LongTaskDebug } | undefined)?.debugData
  const longest = [...(debug?.tasks ?? [])].sort((a, b) => b.duration - a.duration)[0]
  if (!longest) return null
  const work = Object.entries(longest)
    .filter(([key, value]) => !['urlIndex', 'duration', 'startTime'].includes(key) && value >= 1)
    .sort((a, b) => b[1] - a[1])
    .map(([key, value]) => `${key} ${Math.round(value)}`)
    .join(', ')
  const url = debug?.urls?.[longest.urlIndex] ?? ''
  return { ms: Math.round(longest.duration), url: url.startsWith('http') ? new URL(url).pathname : url, work }
}

function runFiguresOf(lhr: Result): RunFigures {
  const metric = (id: string) => roundedMs(lhr.audits[id]?.numericValue)
  return {
    performance: scoreOf(lhr, 'performance'),
    fcp: metric('first-contentful-paint'),
    lcp: metric('largest-contentful-paint'),
    si: metric('speed-index'),
    tbt: metric('total-blocking-time'),
    longestTask: longestTaskOf(lhr),
  }
}

function findingsOf(lhr: Result): string[] {
  const findings: string[] = []
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (!audit || audit.score === null || audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue
      if (category === 'performance' ? ref.weight > 0 && audit.score < 0.9 : audit.score < 1) {
        findings.push(`${category}: ${audit.id} (${audit.title})${audit.displayValue ? ` ${audit.displayValue}` : ''}`)
      }
    }
  }
  return findings
}

function scoreOf(lhr: Result, category: Category): number | null {
  const score = lhr.categories[category]?.score
  return score === null || score === undefined ? null : Math.round(score * 100)
}

async function lighthouseRun(url: string, port: number): Promise<Result> {
  const flags: Flags = { port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }
  const run = await lighthouse(url, flags)
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`)
  if (run.lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`)
  return run.lhr
}

async function measure(page: BenchPage, baseUrl: string, port: number, runs: number, save: string | undefined): Promise<PageResult> {
  const lhrs: Result[] = []
  for (let run = 0; run < runs; run++) {
    const lhr = await lighthouseRun(`${baseUrl}${page.path}`, port)
    if (save) writeFileSync(path.join(save, `${page.name}-${run + 1}.json`), JSON.stringify(lhr))
    lhrs.push(lhr)
  }
  const byPerformance = [...lhrs].sort((a, b) => (scoreOf(a, 'performance') ?? -1) - (scoreOf(b, 'performance') ?? -1))
  const lhr = byPerformance[Math.floor((byPerformance.length - 1) / 2)] as Result

  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, scoreOf(lhr, category)])) as Record<Category, number | null>
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? null
  const scripts = await scriptsOf(lhr)
  const firstLoadJs = {
    scripts: scripts.length,
    rawBytes: scripts.reduce((sum, script) => sum + script.rawBytes, 0),
    gzipBytes: scripts.reduce((sum, script) => sum + script.gzipBytes, 0),
    computedGzip: scripts.some((script) => !script.servedCompressed),
  }

  const misses: string[] = []
  for (const category of CATEGORIES) {
    const score = scores[category]
    if (score === null || score < TARGETS[category]) misses.push(`${category} ${score ?? 'n/a'} < ${TARGETS[category]}`)
  }
  if (page.isClaim && firstLoadJs.gzipBytes > TARGETS.claimFirstLoadGzipBytes) {
    misses.push(`first-load JS ${kB(firstLoadJs.gzipBytes)} gzip > ${kB(TARGETS.claimFirstLoadGzipBytes)}`)
  }
  return {
    name: page.name,
    path: page.path,
    scores,
    performanceRuns: lhrs.map((run) => scoreOf(run, 'performance')),
    tbtRuns: lhrs.map((run) => roundedMs(run.audits['total-blocking-time']?.numericValue)),
    runs: lhrs.map(runFiguresOf),
    metrics: {
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      si: metric('speed-index'),
    },
    firstLoadJs,
    findings: findingsOf(lhr),
    warnings: [...new Set(lhrs.flatMap((run) => run.runWarnings))],
    misses,
  }
}

// ─── output ─────────────────────────────────────────────────────────────────────────────────────

function roundedMs(ms: number | undefined): number | null {
  return ms === undefined ? null : Math.round(ms)
}

function kB(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

function seconds(ms: number | null, digits = 1): string {
  return ms === null ? 'n/a' : `${(ms / 1000).toFixed(digits)} s`
}

function printTable(results: readonly PageResult[], skipped: readonly string[], options: Options): void {
  const header = ['page', 'path', 'perf', 'TBT ms', 'a11y', 'best-pr', 'seo', 'scripts', 'JS gzip', 'JS raw']
  const rows = results.map((result) => [
    result.name,
    result.path,
    String(result.scores.performance ?? 'n/a'),
    result.metrics.tbt === null ? 'n/a' : String(Math.round(result.metrics.tbt)),
    ...CATEGORIES.filter((category) => category !== 'performance').map((category) => String(result.scores[category] ?? 'n/a')),
    String(result.firstLoadJs.scripts),
    kB(result.firstLoadJs.gzipBytes),
    kB(result.firstLoadJs.rawBytes),
  ])
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')
  console.log(
    `Lighthouse 12, mobile defaults; ${options.runs} run(s) per page, median performance reported; ${options.uncompressed ? 'served uncompressed (--uncompressed)' : 'served gzipped by the static server, as `npm start` and any host serve it'}.\n`,
  )
  console.log(line(header))
  for (const row of rows) console.log(line(row))
  console.log(
    `\nTargets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility}, best practices ${TARGETS['best-practices']}, SEO ${TARGETS.seo}; claim page first-load JS ≤ ${kB(TARGETS.claimFirstLoadGzipBytes)} gzip (kB = 1,000 bytes).`,
  )
  if (results.some((result) => result.firstLoadJs.computedGzip)) {
    console.log('JS gzip: scripts the server sent uncompressed (under 1 KB, or all with --uncompressed) were gzipped here with zlib level 6; JS raw is the decoded size.')
  } else {
    console.log('JS gzip: as transferred, compressed by the server; JS raw is the decoded size.')
  }
  for (const result of results) {
    const { fcp, lcp, tbt, cls, si } = result.metrics
    console.log(`\n${result.name} (${result.path}): ${result.misses.length === 0 ? 'all targets met' : `missed: ${result.misses.join('; ')}`}`)
    console.log(
      `  performance runs ${result.performanceRuns.join(', ')}; TBT runs ${result.tbtRuns.map((tbt) => (tbt === null ? 'n/a' : `${tbt} ms`)).join(', ')}; reported run: FCP ${seconds(fcp)}, LCP ${seconds(lcp)}, TBT ${tbt === null ? 'n/a' : `${Math.round(tbt)} ms`}, CLS ${cls === null ? 'n/a' : cls.toFixed(3)}, SI ${seconds(si)}`,
    )
    result.runs.forEach((run, index) => {
      const task = run.longestTask
        ? `longest task ${run.longestTask.ms} ms${run.longestTask.url ? ` (${run.longestTask.url})` : ''}${run.longestTask.work ? `: ${run.longestTask.work}` : ''}`
        : 'no long task'
      console.log(
        `  run ${index + 1}: performance ${run.performance ?? 'n/a'}; FCP ${seconds(run.fcp, 2)}, LCP ${seconds(run.lcp, 2)}, SI ${seconds(run.si, 2)}, TBT ${run.tbt === null ? 'n/a' : `${run.tbt} ms`}; ${task}`,
      )
    })
    for (const finding of result.findings) console.log(`  - ${finding}`)
    for (const warning of result.warnings) console.log(`  ! ${warning}`)
  }
  for (const note of skipped) console.log(`\nskipped ${note}`)
}

// ─── main ───────────────────────────────────────────────────────────────────────────────────────

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2))
  if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('out/index.html is missing; run `npm run build` first')
  const { pages, skipped } = pagesToMeasure()
  if (options.save) mkdirSync(options.save, { recursive: true })
  const servers: Server[] = []
  const results: PageResult[] = []
  let chromium: Awaited<ReturnType<typeof launchChromium>> | undefined
  try {
    const origin = await startStaticServer(OUT, 0, '127.0.0.1', { compress: !options.uncompressed })
    servers.push(origin.server as Server)
    const url = origin.url
    chromium = await launchChromium()
    for (const page of pages) {
      if (!options.json) console.error(`Lighthouse: ${page.path} × ${options.runs} …`)
      results.push(await measure(page, url, chromium.port, options.runs, options.save))
    }
  } finally {
    await chromium?.stop()
    for (const server of servers.reverse()) await closeServer(server)
  }

  if (options.json) {
    const report = {
      lighthouse: LIGHTHOUSE_VERSION,
      formFactor: 'mobile',
      runsPerPage: options.runs,
      servedCompressed: !options.uncompressed,
      gzipComputedLocally: results.some((result) => result.firstLoadJs.computedGzip),
      targets: TARGETS,
      results,
      skipped,
    }
    console.log(JSON.stringify(report, null, 2))
  } else {
    printTable(results, skipped, options)
  }
  const missed = results.some((result) => result.misses.length > 0)
  return options.strict && missed ? 1 : 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:pages: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  },
)
