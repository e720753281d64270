/**
 * The decisions behind every command that writes content (add-source, extract --write, permalinks --update, the data
 * import): whether a file may be replaced, the manifest that tells a generated file from a person's, and how an
 * interrupted write is rolled back. Pure: digests and file states come in, decisions go out; the filesystem work is
 * src/cli/content-writes.ts.
 */

/** The manifest beside the content (`content/generated.sha256`): what the tool last wrote to each generated file. */
export const MANIFEST_FILE = 'generated.sha256'
/** Where writes are staged, journaled and locked, inside the content folder (git-ignored). */
export const STAGING_DIR = '.writes'

/**
 * When a command may put its content at a path:
 * - `create`: only where nothing is (add-source: a source id is chosen once);
 * - `generated`: also over a file the tool wrote and nobody has edited since (its digest is the one in the manifest);
 * - `{ base }`: a read-modify-write (the permalink ledger): only over exactly the content the command read
 *   (`null`: it read no file), so an edit made meanwhile is not lost.
 */
export type WritePolicy = 'create' | 'generated' | { readonly base: string | null }

export type WriteDecision =
  | { readonly action: 'create' | 'replace' | 'unchanged' }
  | { readonly action: 'refuse'; readonly reason: string }

/** A file as far as the decision needs it: SHA-256 hex digests; `current` null when there is no file. */
export interface WriteQuestion {
  readonly current: string | null
  readonly next: string
  /** As in WritePolicy, with `base` as the digest of what was read. */
  readonly policy: 'create' | 'generated' | { readonly base: string | null }
  /** The manifest's digest for the path; undefined when the tool never recorded writing it. */
  readonly recorded: string | undefined
}

/**
 * Whether a write may go ahead. A file whose content no longer matches what the tool recorded is a person's, and so is
 * a file the tool never recorded: neither is ever overwritten.
 * @example decideWrite({ current: 'aa…', next: 'bb…', policy: 'generated', recorded: 'aa…' }) // { action: 'replace' }
 */
export function decideWrite({ current, next, policy, recorded }: WriteQuestion): WriteDecision {
  if (typeof policy === 'object') {
    if (current === policy.base) return { action: current === null ? 'create' : current === next ? 'unchanged' : 'replace' }
    return { action: 'refuse', reason: current === null ? 'was deleted after this command read it' : policy.base === null ? 'was created after this command looked for it' : 'was changed after this command read it' }
  }
  if (current === null) return { action: 'create' }
  if (current === next) return { action: 'unchanged' }
  if (policy === 'create') return { action: 'refuse', reason: 'already exists with other content' }
  if (recorded === undefined) return { action: 'refuse', reason: `was not written by this tool (no digest in ${MANIFEST_FILE}), so it is a person's file` }
  if (recorded !== current) return { action: 'refuse', reason: `was edited after this tool wrote it (its digest no longer matches ${MANIFEST_FILE})` }
  return { action: 'replace' }
}

const DIGEST = /^[0-9a-f]{64}$/

export class ManifestError extends Error {
  override name = 'ManifestError'
}

/**
 * Reads the manifest: `<sha256>  <path>` a line, as `sha256sum` writes it (so `cd content && sha256sum -c generated.sha256`
 * lists the generated files a person has edited since). Blank lines are ignored; anything else is an error naming the line.
 * @example parseManifest('e3b0…855  claims/a.mdx\n').get('claims/a.mdx') // 'e3b0…855'
 */
export function parseManifest(text: string): Map<string, string> {
  const entries = new Map<string, string>()
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return
    const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line)
    if (!match?.[1] || !match[2]) throw new ManifestError(`${MANIFEST_FILE} line ${index + 1}: expected "<sha256 hex>  <path>", got "${line}"`)
    entries.set(match[2], match[1])
  })
  return entries
}

/**
 * The manifest's text: sorted by path, one line a file, so that two branches recording different files merge cleanly.
 * @example renderManifest(new Map([['b', d2], ['a', d1]])) // `${d1}  a\n${d2}  b\n`
 */
export function renderManifest(entries: ReadonlyMap<string, string>): string {
  const paths = [...entries.keys()].sort()
  for (const path of paths) if (!DIGEST.test(entries.get(path) ?? '')) throw new ManifestError(`${path}: expected a SHA-256 hex digest, got "${entries.get(path)}"`)
  return paths.map((path) => `${entries.get(path)}  ${path}\n`).join('')
}

/**
 * Why a path cannot be written, or null: paths are relative to the content folder, with `/` between folders, and stay
 * inside it, away from the staging folder and the manifest (which only the writer itself writes).
 * @example contentPathProblem('../etc/passwd') // 'expected a path inside the content folder'
 */
export function contentPathProblem(path: string): string | null {
  if (path === '' || path.startsWith('/') || /^[A-Za-z]:/.test(path) || path.includes('\\')) return 'expected a relative path with "/" between folders'
  const segments = path.split('/')
  if (segments.some((segment) => segment === '..' || segment === '.' || segment === '')) return 'expected a path inside the content folder'
  if (segments[0] === STAGING_DIR) return `expected a path outside ${STAGING_DIR}/, where writes are staged`
  if (path === MANIFEST_FILE) return `expected a path other than ${MANIFEST_FILE}, which the writer keeps itself`
  return null
}

/** One file of a journaled write: where it goes, its staged copy, and the copy of what it replaces (absent: nothing). */
export interface JournalEntry {
  readonly path: string
  /** Digest of the file before the write; null when there was none. */
  readonly before: string | null
  /** Digest of the staged content. */
  readonly after: string
}

/** What is on disk for an entry when an interrupted write is rolled back. */
export interface EntryState {
  /** Digest of the file at the path now; null when absent. */
  readonly current: string | null
  /** The copy of the former file was made (it is taken before the new file is renamed in). */
  readonly backedUp: boolean
}

export type RollbackAction =
  | { readonly action: 'restore' }
  | { readonly action: 'remove' }
  | { readonly action: 'none' }
  | { readonly action: 'leave'; readonly reason: string }

/**
 * How to undo one entry of a write that was interrupted before it committed. The former file is put back from its copy;
 * a file the write created is removed; anything else at the path (a person's edit since) is left and reported.
 * @example rollbackAction({ path: 'a', before: null, after: 'bb…' }, { current: 'bb…', backedUp: false }) // { action: 'remove' }
 */
export function rollbackAction(entry: JournalEntry, state: EntryState): RollbackAction {
  if (state.current === entry.before) {
    // Already as it was; a leftover copy is put back anyway, which changes nothing.
    return entry.before !== null && state.backedUp ? { action: 'restore' } : { action: 'none' }
  }
  if (state.current === entry.after) {
    if (entry.before === null) return { action: 'remove' }
    if (state.backedUp) return { action: 'restore' }
  }
  if (state.current === null && entry.before !== null && state.backedUp) return { action: 'restore' }
  return { action: 'leave', reason: `changed after the interrupted write (neither its former nor its new content); left as it is` }
}
