/**
 * Every command that writes content goes through `writeContentFiles`, so that no person's work is lost:
 *
 * - it never overwrites a file a person has edited (see decideWrite in src/core/content/writes.ts): a file the tool
 *   generates is recorded with its SHA-256 in `content/generated.sha256`, and one whose content no longer matches, or
 *   that was never recorded, is refused by name;
 * - a reader never sees a half-written file: each file is written aside and renamed into place;
 * - a change of several files is all-or-nothing: every file is staged and a journal written before the first rename;
 *   an error rolls back in the process, and a write killed halfway is rolled back by the next one (any write command),
 *   which first takes the lock and undoes whatever journal it finds.
 *
 * Staging lives in one folder, `content/.writes/` (git-ignored), rather than beside each target: a stray temp in
 * claims/ or sources/ would be read by the content check and Contentlayer as content. It is on the same filesystem as
 * the targets, so the renames stay atomic. Hand-written rather than write-file-atomic: that package writes one file
 * atomically but has no multi-file transaction, rollback or recovery after a kill.
 *
 * Test hook: `CLAIMS_TEST_CRASH_AFTER=<n>` makes the process SIGKILL itself after the n-th step (lock taken, a file
 * staged, the journal written, a former file copied aside, a file renamed into place, the commit), so a test can kill
 * a real command at every point of its write, deterministically.
 *
 * @example
 * // The data import: derived tables are generated files, replaced on a re-import unless someone edited them.
 * const result = writeContentFiles(contentDir(), [
 *   { path: `data/${id}/metadata.yaml`, content: metadataYaml },
 *   { path: `data/${id}/by-month.csv`, content: csv },
 *   { path: `data/${id}/original.xlsx`, content: bytes, policy: 'create' },
 * ])
 * for (const file of result.files) console.log(`${file.status.padEnd(9)} ${file.path}`)
 * // A refused file throws ContentWriteError (nothing written) whose message names each file and why;
 * // pass { onRefused: 'skip' } to write the others and read the refusals from result.files.
 * // A command that reads content it then rewrites calls recoverContentWrites(root) before reading, so that it never
 * // reads a tree a killed write left half-new; for a file it merges into (like the permalink ledger), it passes
 * // policy { base: the text it read }.
 */
import { createHash, randomBytes } from 'node:crypto'
import {
  closeSync,
  copyFileSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs'
import path from 'node:path'
import {
  contentPathProblem,
  decideWrite,
  MANIFEST_FILE,
  parseManifest,
  renderManifest,
  rollbackAction,
  STAGING_DIR,
  type JournalEntry,
  type WritePolicy,
} from '@/core/content/writes'

export type { WritePolicy } from '@/core/content/writes'

export interface ContentFile {
  /** Relative to the content folder, with `/` between folders: `claims/x.mdx`, `data/<id>/table.csv`. */
  readonly path: string
  readonly content: string | Uint8Array
  /** Default `generated`. See WritePolicy. */
  readonly policy?: WritePolicy
}

export interface WriteOptions {
  /** `throw` (default): one refused file and nothing is written. `skip`: the others are written. */
  readonly onRefused?: 'throw' | 'skip'
  /** For tests in the same process: called after each step, as CLAIMS_TEST_CRASH_AFTER counts them. */
  readonly onStep?: (step: number) => void
}

export interface WrittenFile {
  readonly path: string
  readonly status: 'created' | 'replaced' | 'unchanged' | 'refused'
  /** Why a file was refused. */
  readonly reason?: string
}

export interface WriteResult {
  readonly files: readonly WrittenFile[]
  /** What rolling back an earlier, interrupted write did, a line each; empty as a rule. */
  readonly recovered: readonly string[]
}

/** A write refused or failed; the message names each file (relative to the working directory) and why. */
export class ContentWriteError extends Error {
  override name = 'ContentWriteError'
  constructor(
    message: string,
    readonly refused: readonly WrittenFile[] = [],
  ) {
    super(message)
  }
}

interface Journal {
  readonly entries: readonly JournalEntry[]
  /** Folders the write creates, outermost first; removed again on a rollback when empty. */
  readonly dirs: readonly string[]
}

const digestOf = (bytes: string | Uint8Array): string => createHash('sha256').update(bytes).digest('hex')
const shown = (file: string): string => path.relative(process.cwd(), file) || file

function readDigest(file: string): string | null {
  try {
    return digestOf(readFileSync(file))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Writes and flushes a file: a rename must never put in place a file whose bytes are not yet on disk. */
function writeDurably(file: string, content: string | Uint8Array): void {
  const fd = openSync(file, 'w')
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content) : content)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

function stepper(onStep: WriteOptions['onStep']): () => void {
  const crashAfter = Number(process.env.CLAIMS_TEST_CRASH_AFTER ?? Number.NaN)
  let count = 0
  return () => {
    count += 1
    onStep?.(count)
    if (count === crashAfter) process.kill(process.pid, 'SIGKILL')
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Takes `.writes/lock` (its holder's pid inside), taking over one whose process is gone; returns its release. */
function takeLock(staging: string): () => void {
  mkdirSync(staging, { recursive: true })
  const lock = path.join(staging, 'lock')
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(lock, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      return () => rmSync(lock, { force: true })
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const holder = Number(readFileSync(lock, 'utf8').trim())
      if (Number.isInteger(holder) && holder > 0 && holder !== process.pid && isAlive(holder)) {
        throw new ContentWriteError(`${shown(lock)}: another claims command (pid ${holder}) is writing content; run this again when it has finished`)
      }
      // Left by a process that was killed: its journal, if any, is rolled back below.
      rmSync(lock, { force: true })
    }
  }
  throw new ContentWriteError(`${shown(lock)}: could not take the lock; another claims command keeps taking it`)
}

/** Undoes one staged write (a `tx-…` folder) that never committed; a committed one only leaves its folder to remove. */
function rollBack(root: string, txDir: string): string[] {
  const done: string[] = []
  const journalFile = path.join(txDir, 'journal.json')
  if (existsSync(journalFile)) {
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal
    // Reverse order, and each action idempotent, so that a rollback killed halfway can simply run again.
    for (const [index, entry] of [...journal.entries.entries()].reverse()) {
      const target = path.join(root, entry.path)
      const backup = path.join(txDir, `${index}.before`)
      const backedUp = existsSync(backup)
      const action = rollbackAction(entry, { current: readDigest(target), backedUp })
      if (action.action === 'restore') {
        renameSync(backup, target)
        done.push(`restored ${shown(target)}`)
      } else if (action.action === 'remove') {
        unlinkSync(target)
        done.push(`removed ${shown(target)}`)
      } else if (action.action === 'leave') {
        done.push(`${shown(target)}: ${action.reason}`)
      }
    }
    for (const dir of [...journal.dirs].reverse()) {
      try {
        rmdirSync(path.join(root, dir))
      } catch {
        // Not empty (a person's file in it) or gone: either way it stays as it is.
      }
    }
  }
  rmSync(txDir, { recursive: true, force: true })
  return done
}

function recoverUnderLock(root: string, staging: string): string[] {
  const done: string[] = []
  for (const entry of readdirSync(staging, { withFileTypes: true })) {
    if (entry.isDirectory() && entry.name.startsWith('tx-')) done.push(...rollBack(root, path.join(staging, entry.name)))
  }
  return done
}

/**
 * Rolls back any write to this content folder that was killed halfway, and removes what it staged. Every write runs
 * this first; exported for tests and for a caller that only wants the content consistent.
 * @example recoverContentWrites(contentDir()) // ['restored content/claims/x.mdx'] after a killed extract --write
 */
export function recoverContentWrites(root: string): string[] {
  const staging = path.join(root, STAGING_DIR)
  if (!existsSync(staging)) return []
  const release = takeLock(staging)
  try {
    return recoverUnderLock(root, staging)
  } finally {
    release()
    removeIfEmpty(staging)
  }
}

function removeIfEmpty(dir: string): void {
  try {
    rmdirSync(dir)
  } catch {
    // Another process's lock or stage: it stays.
  }
}

/** The folders missing above a path (relative to root), outermost first. */
function missingDirs(root: string, relative: string): string[] {
  const missing: string[] = []
  for (let dir = path.posix.dirname(relative); dir !== '.' && !existsSync(path.join(root, dir)); dir = path.posix.dirname(dir)) missing.unshift(dir)
  return missing
}

/**
 * Writes content files all-or-nothing, never over a person's edit (see the module's comment).
 * @example writeContentFiles('content', [{ path: 'claims/x.mdx', content: draft }], { onRefused: 'skip' }).files[0].status // 'created'
 */
export function writeContentFiles(root: string, files: readonly ContentFile[], options: WriteOptions = {}): WriteResult {
  const seen = new Set<string>()
  for (const file of files) {
    const problem = contentPathProblem(file.path)
    if (problem) throw new ContentWriteError(`${file.path}: ${problem}`)
    if (seen.has(file.path)) throw new ContentWriteError(`${file.path}: given twice in one write; expected each file once`)
    seen.add(file.path)
  }
  const step = stepper(options.onStep)
  const staging = path.join(root, STAGING_DIR)
  const release = takeLock(staging)
  try {
    step()
    const recovered = recoverUnderLock(root, staging)
    const manifestFile = path.join(root, MANIFEST_FILE)
    const manifestText = existsSync(manifestFile) ? readFileSync(manifestFile, 'utf8') : null
    let manifest
    try {
      manifest = parseManifest(manifestText ?? '')
    } catch (error) {
      throw new ContentWriteError(`${shown(manifestFile)}: ${(error as Error).message}; fix or remove that line and run again`)
    }

    const report: WrittenFile[] = []
    const writes: { file: ContentFile; entry: JournalEntry }[] = []
    let manifestChanged = false
    for (const file of files) {
      const current = readDigest(path.join(root, file.path))
      const next = digestOf(file.content)
      const policy = file.policy ?? 'generated'
      const decision = decideWrite({
        current,
        next,
        recorded: manifest.get(file.path),
        policy: typeof policy === 'object' ? { base: policy.base === null ? null : digestOf(policy.base) } : policy,
      })
      if (decision.action === 'refuse') {
        report.push({ path: file.path, status: 'refused', reason: decision.reason })
        continue
      }
      report.push({ path: file.path, status: decision.action === 'create' ? 'created' : decision.action === 'replace' ? 'replaced' : 'unchanged' })
      // What the tool generated is recorded, so that a later run can tell it from a person's edit.
      if (typeof policy !== 'object' && manifest.get(file.path) !== next) {
        manifest.set(file.path, next)
        manifestChanged = true
      }
      if (decision.action !== 'unchanged') writes.push({ file, entry: { path: file.path, before: current, after: next } })
    }
    const refused = report.filter((file) => file.status === 'refused')
    if (refused.length > 0 && options.onRefused !== 'skip') {
      const lines = refused.map((file) => `  ${shown(path.join(root, file.path))} ${file.reason}`)
      throw new ContentWriteError(
        `Nothing was written: a file a person may have edited is never overwritten.\n${lines.join('\n')}\nMove or merge your edits, or delete the file to have it written again.`,
        refused,
      )
    }
    if (manifestChanged) {
      const content = renderManifest(manifest)
      writes.push({
        file: { path: MANIFEST_FILE, content },
        entry: { path: MANIFEST_FILE, before: manifestText === null ? null : digestOf(manifestText), after: digestOf(content) },
      })
    }
    if (writes.length > 0) commit(root, staging, writes, step)
    return { files: report, recovered }
  } finally {
    release()
    removeIfEmpty(staging)
  }
}

/** Stages every file and the journal, then renames each into place; on an error, rolls back and rethrows. */
function commit(root: string, staging: string, writes: readonly { file: ContentFile; entry: JournalEntry }[], step: () => void): void {
  const txDir = path.join(staging, `tx-${process.pid}-${randomBytes(4).toString('hex')}`)
  mkdirSync(txDir)
  let current = ''
  try {
    writes.forEach(({ file }, index) => {
      current = file.path
      writeDurably(path.join(txDir, String(index)), file.content)
      step()
    })
    const dirs = [...new Set(writes.flatMap(({ entry }) => missingDirs(root, entry.path)))]
    const journal: Journal = { entries: writes.map(({ entry }) => entry), dirs }
    // Written aside and renamed too: a journal is there whole or not at all, and only then does the tree change.
    current = 'journal'
    writeDurably(path.join(txDir, 'journal.next'), `${JSON.stringify(journal, null, 1)}\n`)
    renameSync(path.join(txDir, 'journal.next'), path.join(txDir, 'journal.json'))
    step()
    for (const dir of dirs) mkdirSync(path.join(root, dir))
    writes.forEach(({ entry }, index) => {
      current = entry.path
      const target = path.join(root, entry.path)
      // A hard link keeps the former file in place until the rename replaces it: no moment without a file there.
      if (entry.before !== null) {
        const backup = path.join(txDir, `${index}.before`)
        try {
          linkSync(target, backup)
        } catch (error) {
          // A filesystem without hard links: a copy does as well, only slower.
          if (!['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error
          copyFileSync(target, backup)
        }
        step()
      }
      renameSync(path.join(txDir, String(index)), target)
      step()
    })
  } catch (error) {
    const undone = rollBack(root, txDir)
    const left = undone.filter((line) => !/^(restored|removed) /.test(line))
    throw new ContentWriteError(
      `${shown(path.join(root, current))}: the write failed (${(error as Error).message}); ${left.length === 0 ? 'every file is as it was' : `rolled back, but:\n  ${left.join('\n  ')}`}`,
    )
  }
  // The commit: without its journal the stage is only litter, never rolled back.
  unlinkSync(path.join(txDir, 'journal.json'))
  step()
  rmSync(txDir, { recursive: true, force: true })
}

/** A result's lines for a command's output: `created   content/claims/x.mdx`, refusals with their reason. */
export function describeWrites(root: string, result: WriteResult): string[] {
  return [
    ...result.recovered.map((line) => `rolled back an interrupted write: ${line}`),
    ...result.files.map((file) => `${file.status.padEnd(9)} ${shown(path.join(root, file.path))}${file.reason ? `: ${file.reason}` : ''}`),
  ]
}
