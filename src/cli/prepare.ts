// `claims prepare`: validates the content and stages every download in .stage/ (see ./stage-dir.ts).
import { mkdirSync, renameSync, rmSync, watch, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ledgerToJSON } from '@/core/content/claims-json'
import { claimsJsonSchema } from '@/core/content/claims-json-schema'
import type { Ledger } from '@/core/content/ledger'
import { aliasPage } from '@/core/content/permalinks'
import { contentDir } from '@/content/files'
import { citationJobs, datasetCitationJobs, datasetCitationKey } from '@/content/format-citations'
import type { FormattedCitation } from '@/core/citation'
import { STAGED } from '@/content/staged'
import { serialiseStaged, type StagedData } from '@/core/content/staged-files'
import { stagedPages } from '@/core/content/projections'
import { siteConfig } from '@/config/site'
import { parseCommandArgs } from './args'
import { checkedLedger } from './check'
import { startCitationFormatter, type CitationFormatter } from './citations'
import { searchIndex } from './download-search'
import { citationFiles, feedFiles } from './download-files'
import { datasetFiles } from './download-datasets'
import { cardClaims } from './social-cards'
import { CARDS_STAGED, fingerprint, STAGE_DIR, STAMP, writeFiles, writeSocialCards, type DownloadInput, type GeneratedFile } from './stage-dir'
import { claimFilePath } from '@/core/paths'

type Generator = (input: DownloadInput) => GeneratedFile[] | Promise<GeneratedFile[]>

const claimsData: Generator = ({ claims }) => [
  { path: 'claims.json', contents: `${JSON.stringify({ claims }, null, 2)}\n` },
  // Generated from the zod schema that types the export, so the published schema cannot drift from it.
  { path: 'data/claims.schema.json', contents: `${JSON.stringify(claimsJsonSchema(siteConfig.url), null, 2)}\n` },
  ...claims.map((claim) => ({ path: claimFilePath(claim.id, 'json').slice(1), contents: `${JSON.stringify(claim, null, 2)}\n` })),
]

const aliasPages: Generator = ({ ledger }) =>
  ledger.claims.flatMap((claim) => (claim.aliases ?? []).map((alias) => ({ path: claimFilePath(alias, 'html').slice(1), contents: aliasPage(alias, claim, siteConfig.url) })))

// Not published: what the pages render from during `next build` (see src/content/page-data.ts), so
// that Next bundles neither the checks (mathjs, zod, yaml) nor the citation formatter (citeproc).
// Each file is what its page shows (src/core/content/projections.ts), never a whole record.
function pageData({ ledger, claims }: DownloadInput, citations: Record<string, FormattedCitation[]>): GeneratedFile[] {
  const internal = (file: string) => path.relative(path.join(STAGE_DIR, 'downloads'), file)
  const formatted = (key: string) => {
    const found = citations[key]
    if (!found) throw new Error(`claims prepare: no citations were formatted for ${key}`)
    return found
  }
  const pages = stagedPages(ledger, claims, { claim: formatted, dataset: (id) => formatted(datasetCitationKey(id)) })
  const each = (files: ReadonlyMap<string, StagedData>, pathOf: (id: string) => string) =>
    [...files].map(([id, data]) => ({ path: internal(pathOf(id)), contents: serialiseStaged(data) }))
  return [
    { path: internal(STAGED.site), contents: serialiseStaged(pages.site) },
    { path: internal(STAGED.overview), contents: serialiseStaged(pages.overview) },
    { path: internal(STAGED.search), contents: serialiseStaged(pages.search) },
    ...each(pages.claims, STAGED.claim),
    ...each(pages.sources, STAGED.source),
    { path: internal(STAGED.datasets), contents: serialiseStaged(pages.datasets) },
    ...each(pages.datasetPages, STAGED.dataset),
  ]
}

/** What `claims prepare` stages beside the pages' data. */
const DOWNLOADS: readonly Generator[] = [claimsData, citationFiles, feedFiles, aliasPages, searchIndex, datasetFiles]

/**
 * Validates the content and writes every download into `<stageDir>/downloads`; null when the
 * content is invalid (its problems are printed). `formatter` is the citations child, when the
 * caller started it already.
 */
export async function stageDownloads(stageDir: string, formatter: CitationFormatter = startCitationFormatter()): Promise<{ files: number; ledger: Ledger } | null> {
  const stamp = fingerprint()
  const ledger = checkedLedger(console.error)
  if (!ledger) {
    formatter.stop()
    return null
  }
  // First the cards: `claims stage` starts drawing the images on this message, while the rest is made.
  writeSocialCards(stageDir, { stamp, cards: cardClaims(ledger.claims) })
  process.send?.(CARDS_STAGED)
  const input: DownloadInput = { ledger, claims: ledgerToJSON(ledger).claims }
  const dir = path.join(stageDir, 'downloads')
  // Written aside and swapped in whole, so that a page rendering meanwhile (\`next dev\` while
  // \`prepare --watch\` restages) reads the old stage or the new one, never a half-written one.
  const fresh = `${dir}.writing`
  rmSync(fresh, { recursive: true, force: true })
  mkdirSync(fresh, { recursive: true })
  // The pages' citations are formatted in another process while this one makes the downloads.
  const sources = new Map(ledger.sources.map((source) => [source.id, source]))
  await formatter.send([...citationJobs(ledger.claims, (claim) => sources.get(claim.source)!), ...datasetCitationJobs(ledger.datasets.map((dataset) => dataset.metadata))])
  let files = 0
  for (const generate of DOWNLOADS) {
    const generated = await generate(input)
    writeFiles(fresh, generated)
    files += generated.length
  }
  const pages = pageData(input, await formatter.answer)
  writeFiles(fresh, pages)
  files += pages.length
  writeFileSync(path.join(fresh, STAMP), stamp)
  rmSync(dir, { recursive: true, force: true })
  renameSync(fresh, dir)
  return { files, ledger }
}

/**
 * `claims prepare [--watch]`: the content check, then every download, staged for `claims publish`.
 * `formatter`: a citations child already started, for the first run.
 */
export async function runPrepareCommand(args: readonly string[] = [], formatter?: CitationFormatter): Promise<number> {
  let watching: boolean | undefined
  try {
    watching = parseCommandArgs('prepare', args, { options: { watch: { type: 'boolean' } } }).values.watch
  } catch (error) {
    formatter?.stop() // started before the arguments were read; it would otherwise wait for records forever
    throw error
  }
  const prepare = async () => {
    const staged = await stageDownloads(path.resolve(STAGE_DIR), formatter)
    formatter = undefined
    if (!staged) return 1
    const { ledger, files } = staged
    console.log(
      `Content is valid: ${ledger.sources.length} source(s), ${ledger.claims.length} claims, ${ledger.drafts.length} drafts. Staged ${files} files in ${STAGE_DIR}/downloads/`,
    )
    return 0
  }
  const code = await prepare()
  if (!watching) return code
  // Authoring: restage on every content edit, so that `next dev` renders the edit on reload.
  // Invalid content is reported and the last good stage kept until the next edit fixes it.
  let timer: NodeJS.Timeout | undefined
  let running = Promise.resolve()
  watch(contentDir(), { recursive: true }, () => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      running = running.then(async () => {
        if ((await prepare()) !== 0) console.error('Content is invalid: the pages keep the last valid ledger until it is fixed')
      })
    }, 150)
  })
  console.log(`Watching ${path.relative(process.cwd(), contentDir()) || '.'} for changes`)
  return new Promise<number>(() => {})
}
