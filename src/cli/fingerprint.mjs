/**
 * The one staleness scheme of the build: a thing made from files is current when the SHA-256 of
 * those files' paths and bytes equals the stamp written beside it when it was made. Contents, not
 * modification times: a checkout, a copy or an editor that rewrites a file unchanged does not make
 * anything stale, and a change within a second of the last build is never missed.
 *
 * Used by the launcher (its compiled copy of src/cli), the stage (the downloads and images made
 * from the content) and `npm start` (out/, made from the content and the code). Plain JavaScript,
 * so that the launcher can import it before anything is compiled.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** Every file under `entry` (itself, when it is a file), as paths relative to `root`, sorted; skipping what `skip` names. */
function filesOf(root, entry, skip) {
  const full = path.join(root, entry)
  const stats = statSync(full, { throwIfNoEntry: false })
  if (!stats) return []
  if (!stats.isDirectory()) return [entry]
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((dirent) => dirent.isFile())
    .map((dirent) => path.relative(root, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'))
    .filter((file) => !skip.some((prefix) => file === prefix || file.startsWith(`${prefix}/`)))
}

/**
 * The fingerprint of `entries` (files or folders, relative to `root`): every file's path and bytes,
 * in sorted order, and `settings` (anything else the result depends on, such as the site's URL).
 * An entry that does not exist counts as absent, which no existing file matches.
 * @example fingerprintFiles(ROOT, ['content'], { skip: ['content/.writes'] })
 */
export function fingerprintFiles(root, entries, { skip = [], settings = '' } = {}) {
  const hash = createHash('sha256').update(settings)
  for (const entry of [...entries].sort()) {
    const files = filesOf(root, entry, skip).sort()
    if (files.length === 0) hash.update(`\0${entry}\0absent`)
    for (const file of files) hash.update(`\0${file}\0`).update(readFileSync(path.join(root, file)))
  }
  return hash.digest('hex')
}

/** The fingerprint a thing was made from, as its stamp file records; undefined when there is none. */
export function readStamp(stampFile) {
  try {
    return readFileSync(stampFile, 'utf8')
  } catch {
    return undefined
  }
}

/** Records what a thing was made from; written aside and renamed, so that no reader sees half a stamp. */
export function writeStamp(stampFile, fingerprint) {
  mkdirSync(path.dirname(stampFile), { recursive: true })
  writeFileSync(`${stampFile}.${process.pid}`, fingerprint)
  renameSync(`${stampFile}.${process.pid}`, stampFile)
}

/** Whether the thing stamped by `stampFile` was made from exactly these inputs. */
export function isCurrent(stampFile, fingerprint) {
  return readStamp(stampFile) === fingerprint
}
