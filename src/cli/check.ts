import { STATUS_LABELS, display, displayInterval } from '@/core/check'
import { buildLedger, formatIssue, type Ledger } from '@/core/content/ledger'
import { readContentFiles } from '@/content/files'
import { parseCommandArgs } from './args'

/** Reads and validates every content file; prints each problem (file: field: message) and returns null when there is one. */
export function checkedLedger(out: (line: string) => void = console.error): Ledger | null {
  const files = readContentFiles()
  const { ledger, issues } = buildLedger(files)
  const allIssues = [...files.issues, ...issues]
  if (allIssues.length === 0 && ledger) return ledger
  out(`Invalid content: ${allIssues.length} problem${allIssues.length === 1 ? '' : 's'}`)
  for (const issue of allIssues) out(`  ${formatIssue(issue)}`)
  return null
}

/** `claims check [--json|--summary]`: validates all content and recomputes every check. Exit 1 on invalid content. */
export function runCheckCommand(args: readonly string[], out: (line: string) => void = console.log): number {
  const { json, summary } = parseCommandArgs('check', args, { options: { json: { type: 'boolean' }, summary: { type: 'boolean' } } }).values
  const files = readContentFiles()
  const { ledger, issues } = buildLedger(files)
  const allIssues = [...files.issues, ...issues]
  if (allIssues.length > 0 || !ledger) {
    if (json) out(JSON.stringify({ valid: false, issues: allIssues }, null, 2))
    else {
      out(`Invalid content: ${allIssues.length} problem${allIssues.length === 1 ? '' : 's'}`)
      for (const issue of allIssues) out(`  ${formatIssue(issue)}`)
    }
    return 1
  }
  const rows = [...ledger.claims, ...ledger.drafts].flatMap((claim) =>
    claim.checks.map((check) => ({
      claim: claim.draft ? `${claim.id} (draft)` : claim.id,
      check: check.id,
      kind: check.kind,
      computed: check.computed ? `${display(check.computed)} (${displayInterval(check.computed.interval, check.computed.kind)})` : '—',
      stated: check.stated ? `${check.relation ? `${check.relation.symbol} ` : ''}${check.stated.written} (${displayInterval(check.stated.interval, check.stated.kind)})` : '—',
      status: check.status,
      offBy: check.offBy,
    })),
  )
  if (json) {
    out(JSON.stringify({ valid: true, claims: ledger.claims.length, drafts: ledger.drafts.map((draft) => draft.id), checks: rows }, null, 2))
    return 0
  }
  if (summary) {
    out(`Content is valid: ${ledger.sources.length} source(s), ${ledger.claims.length} claims, ${ledger.drafts.length} drafts, ${rows.length} checks.`)
    return 0
  }
  const headers = { claim: 'claim', check: 'check', kind: 'kind', computed: 'computed', stated: 'stated', status: 'status' }
  const table = [
    headers,
    ...rows.map((row) => ({
      ...row,
      status: STATUS_LABELS[row.status].label + (row.offBy ? ` by ${displayInterval({ low: row.offBy.absolute, high: row.offBy.absolute })}` : ''),
    })),
  ]
  const widths = (Object.keys(headers) as (keyof typeof headers)[]).map((key) => Math.max(...table.map((row) => String(row[key]).length)))
  for (const row of table) {
    out(
      (Object.keys(headers) as (keyof typeof headers)[])
        .map((key, index) => String(row[key]).padEnd(widths[index] ?? 0))
        .join('  ')
        .trimEnd(),
    )
  }
  const counts = rows.reduce<Record<string, number>>((tally, row) => ({ ...tally, [row.status]: (tally[row.status] ?? 0) + 1 }), {})
  out(
    `\n${ledger.sources.length} source(s), ${ledger.claims.length} claims, ${ledger.drafts.length} drafts (not published), ${rows.length} checks: ${Object.entries(counts)
      .map(([status, count]) => `${count} ${status}`)
      .join(', ')}`,
  )
  return 0
}
