import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { parseFrontmatter } from '@/core/content/frontmatter'
import { claimSchema, sourceSchema } from '@/core/content/schema'
import { extractFigures, type ExtractedFigure } from '@/core/extract'
import { draftClaims } from '@/core/extract/draft'
import { appearanceYaml } from '@/core/extract/draft-file'
import type { KnownClaim } from '@/core/extract/same-figure'
import { contentDir, readContentFiles } from '@/content/files'
import { parseCommandArgs, UsageError } from './args'
import { ContentWriteError, recoverContentWrites, writeContentFiles } from './content-writes'

export interface CommandIO {
  readonly out: (line: string) => void
  readonly err: (line: string) => void
  /** The content folder; default CONTENT_DIR or content/. */
  readonly dir: string
  /** YYYY-MM-DD; default the current UTC date. */
  readonly today: string
}

/**
 * The day written into new drafts and sources: today in UTC, or the day of `SOURCE_DATE_EPOCH` (Unix
 * seconds, the reproducible-builds convention) when it is set, so that two runs agree across midnight.
 */
export function todayOf(env: Readonly<Record<string, string | undefined>> = process.env, now = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch === undefined || epoch === '') return now.toISOString().slice(0, 10)
  if (!/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH: expected whole seconds since 1970-01-01 UTC; got "${epoch}"`)
  return new Date(Number(epoch) * 1000).toISOString().slice(0, 10)
}

export function defaultIO(): CommandIO {
  return { out: console.log, err: console.error, dir: contentDir(), today: todayOf() }
}

/** Why a draft's file was left as it is: a reviewed claim, or a draft a person has edited (or never drafted by this command). */
function keptReason(file: string, reason: string | undefined): string {
  let isDraft = false
  try {
    isDraft = parseFrontmatter(readFileSync(file, 'utf8')).data.draft === true
  } catch {
    isDraft = false
  }
  return isDraft ? `a draft that ${reason ?? 'was edited'}; left as it is, delete it to have it drafted again` : 'a reviewed claim; left as it is'
}

/** Rolls back a write to the content that was killed halfway, saying what it did; false when that fails. */
export function recoverFirst(io: Pick<CommandIO, 'dir' | 'err'>): boolean {
  try {
    for (const line of recoverContentWrites(io.dir)) io.err(`rolled back an interrupted write: ${line}`)
    return true
  } catch (error) {
    if (!(error instanceof ContentWriteError)) throw error
    io.err(error.message)
    return false
  }
}

function display(value: ExtractedFigure['value']): string {
  return value === null ? '—' : String(value)
}

function periodText(figure: ExtractedFigure): string {
  if (!figure.period) return ''
  const { written, ...dates } = figure.period
  const range = dates.asOf ? `as of ${dates.asOf}` : [dates.start ?? '…', dates.end ?? '…'].join(' to ')
  return Object.keys(dates).length > 0 ? `${written} (${range})` : written
}

function printTable(figures: readonly ExtractedFigure[], out: (line: string) => void): void {
  const rows = figures.map((figure) => [
    figure.text,
    display(figure.value),
    figure.unit,
    figure.hedge ?? '',
    figure.saidBy ? `${figure.saidBy.name} (${figure.saidBy.kind})` : '',
    periodText(figure),
    figure.sentence.length > 70 ? `${figure.sentence.slice(0, 69)}…` : figure.sentence,
  ])
  const table = [['figure', 'value', 'unit', 'hedge', 'said by', 'period', 'sentence'], ...rows]
  const widths = table[0]?.map((_, column) => Math.min(48, Math.max(...table.map((row) => (row[column] ?? '').length)))) ?? []
  for (const row of table)
    out(
      row
        .map((cell, column) => (cell.length > (widths[column] ?? 0) ? `${cell.slice(0, (widths[column] ?? 1) - 1)}…` : cell).padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
}

/**
 * `claims extract <article.txt> [--json]` lists every figure in an article; with `--write --source <id>` it drafts
 * one claim per figure into content/claims (never over a reviewed claim; a still-draft file is refreshed).
 */
export function runExtractCommand(args: readonly string[], io: CommandIO = defaultIO()): number {
  try {
    return extractCommand(args, io)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.err(error.message)
    return 2
  }
}

function extractCommand(args: readonly string[], io: CommandIO): number {
  const usage = (problem: string) => new UsageError('extract', problem)
  const { values, positionals } = parseCommandArgs('extract', args, {
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
      source: { type: 'string' },
      published: { type: 'string' },
      topic: { type: 'string' },
    },
  })
  const file = positionals[0]
  if (!file && !values.source) throw usage("expected the article's text file")
  if (positionals.length > 1) throw usage(`expected one article's text file; got ${positionals.length}: ${positionals.join(' ')}`)
  if (values.write && !values.source) throw usage('--write needs --source <id>: the source whose text the drafts quote (add it first with `claims add-source`)')
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw usage(`--published: expected a date as YYYY-MM-DD; got "${values.published}"`)
  if (file && !existsSync(file)) {
    io.err(`${file}: no such file`)
    return 1
  }

  // A write killed halfway is rolled back before the drafts are planned from what is there.
  if (values.write && !recoverFirst(io)) return 1
  const content = values.source ? readContentFiles(io.dir) : null
  let text = file ? readFileSync(file, 'utf8') : ''
  let reference = values.published
  let source: { id: string; publisher: string; published: string; text: string; excluded: { text: string }[] } | null = null
  if (values.source && content) {
    const raw = content.sources.find((each) => path.basename(each.path, '.mdx') === values.source)
    const data = raw ? sourceSchema.safeParse(raw.data) : null
    if (!raw || !data?.success || raw.text === undefined) {
      io.err(
        `--source ${values.source}: expected a valid source in ${path.join(io.dir, 'sources', `${values.source}.mdx`)} with its .txt beside it${data && !data.success ? ` (${data.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')})` : ''}`,
      )
      return 1
    }
    if (file && text !== raw.text) {
      io.err(`${file} differs from sources/${values.source}.txt; drafts quote the source's copy, so extract from that file`)
      return 1
    }
    text = raw.text
    reference ??= data.data.published
    source = { id: data.data.id, publisher: data.data.publisher, published: data.data.published, text, excluded: data.data.excluded }
  }

  const extraction = extractFigures(text, reference ? { reference } : {})
  if (!values.write || !source || !content) {
    if (values.json) {
      io.out(
        JSON.stringify(
          extraction.figures.map(({ text: written, value, unit, hedge, sentence, saidBy, period, kind, index }) => ({
            text: written,
            value,
            unit,
            hedge,
            sentence,
            saidBy,
            period,
            kind,
            index,
          })),
          null,
          2,
        ),
      )
      return 0
    }
    printTable(extraction.figures, io.out)
    io.out(`\n${extraction.figures.length} figure(s)${reference ? `, dates read against ${reference}` : ''}.`)
    for (const skip of extraction.skipped) io.out(`skipped “${skip.text}”: ${skip.reason}`)
    return 0
  }

  const claims: KnownClaim[] = content.claims.flatMap((raw) => {
    const claim = claimSchema.safeParse(raw.data)
    return claim.success ? [claim.data] : []
  })
  const topics = values.topic
    ?.split(',')
    .map((topic) => topic.trim())
    .filter(Boolean)
  const plan = draftClaims(extraction, { source, today: io.today, claims, ...(topics?.length ? { topics } : {}) })
  const claimsDir = path.join(io.dir, 'claims')
  // All drafts or none; a file is replaced only when it is a draft this command wrote and nobody has edited since.
  let written
  try {
    written = writeContentFiles(
      io.dir,
      plan.drafts.map((draft) => ({ path: `claims/${draft.id}.mdx`, content: draft.file })),
      { onRefused: 'skip' },
    )
  } catch (error) {
    if (!(error instanceof ContentWriteError)) throw error
    io.err(error.message)
    return 1
  }
  for (const line of written.recovered) io.err(`rolled back an interrupted write: ${line}`)
  const STATUS = { created: 'new', replaced: 'refreshed', unchanged: 'unchanged', refused: 'kept' } as const
  const report: { id: string; file: string; status: (typeof STATUS)[keyof typeof STATUS]; reason?: string; figure: string; unit: string; sameAs: string | null }[] =
    plan.drafts.map((draft, index) => {
      const target = path.join(claimsDir, `${draft.id}.mdx`)
      const result = written.files[index]
      const status = STATUS[result?.status ?? 'refused']
      return {
        id: draft.id,
        file: path.relative(process.cwd(), target),
        status,
        ...(status === 'kept' ? { reason: keptReason(target, result?.reason) } : {}),
        figure: draft.figure.text,
        unit: draft.figure.unit,
        sameAs: draft.sameAs?.claimId ?? null,
      }
    })
  if (values.json) {
    io.out(
      JSON.stringify(
        {
          drafts: report,
          passed: plan.passed.map(({ figure, reason }) => ({ text: figure.text, index: figure.index, reason })),
          sameFigures: plan.drafts.flatMap((draft) => (draft.sameAs ? [{ draft: draft.id, ...draft.sameAs }] : [])),
        },
        null,
        2,
      ),
    )
    return 0
  }
  for (const row of report) {
    io.out(`${row.status.padEnd(9)} ${row.file}  ${row.figure}  ${row.unit}${row.reason ? `  (${row.reason})` : ''}`)
  }
  for (const { figure, reason } of plan.passed) io.out(`passed    “${figure.text}” (${figure.unit}): ${reason}`)
  for (const draft of plan.drafts) {
    const same = draft.sameAs
    if (!same) continue
    if (same.appearance) {
      io.out(`\nSame figure: ${draft.id} states “${same.written}” like claim ${same.claimId} (${same.unit}; ${same.shared} words in common).`)
      io.out(
        `Rather than publish the draft, add this to ${path.relative(process.cwd(), path.join(claimsDir, `${same.claimId}.mdx`))} and delete the draft:\n${appearanceYaml(same.appearance)}`,
      )
    } else {
      io.out(`\nSame figure: ${draft.id} has the value of claim ${same.claimId} (“${same.written}”), written differently; review which claim should hold it.`)
    }
  }
  io.out(
    `\n${report.filter((row) => row.status === 'new' || row.status === 'refreshed').length} draft(s) written for ${source.id}. Review each (figure, unit, saidBy, period, topics, checks, rationale), set draft: false to publish, then run npm run claims -- check.`,
  )
  return 0
}
