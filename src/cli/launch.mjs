#!/usr/bin/env node
/**
 * `node src/cli/launch.mjs <command> …`: runs the CLI (src/cli/index.ts) compiled by esbuild into
 * plain ES modules, a chunk per command, instead of through tsx. tsx resolves and transforms every
 * module through a loader on another thread: 1.5 s of each process's start-up, and a build starts
 * seven. The compiled copy lives in .export/cli/ and is rebuilt (in ~0.3 s) when any file it was
 * compiled from has changed; packages stay imports from node_modules.
 *
 * Plain JavaScript, so that Node runs it without a loader.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = path.resolve(import.meta.dirname, '../..')
const OUT = path.join(ROOT, '.export', 'cli')
const MANIFEST = path.join(OUT, 'manifest.json')
/** Read by the compiler but not imported, so not in esbuild's list of inputs. */
const SETTINGS = ['tsconfig.json', 'package.json']
/** An older build is removed only once no process can still be loading its chunks. */
const STALE_BUILD_MS = 10 * 60 * 1000

function stampOf(file) {
  const stats = statSync(path.join(ROOT, file))
  return `${stats.mtimeMs}:${stats.size}`
}

/** The compiled entry, when every file it was compiled from is as it was then; else null. */
function currentEntry() {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
  } catch {
    return null
  }
  try {
    for (const [file, stamp] of Object.entries(manifest.inputs)) if (stampOf(file) !== stamp) return null
  } catch {
    return null // an input was deleted or renamed
  }
  const entry = path.join(OUT, manifest.dir, 'index.mjs')
  return existsSync(entry) ? entry : null
}

async function compile() {
  const { build } = await import('esbuild')
  // A fresh folder per build, and the manifest swapped in whole: a process started from the
  // previous build (or another compiling at the same time) keeps loading consistent chunks.
  const dir = `build-${Date.now().toString(36)}-${process.pid}`
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: ['src/cli/index.ts'],
    outdir: path.join(OUT, dir),
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
  })
  const inputs = {}
  for (const file of [...Object.keys(result.metafile.inputs), ...SETTINGS]) inputs[file] = stampOf(file)
  const next = `${MANIFEST}.${process.pid}`
  writeFileSync(next, `${JSON.stringify({ dir, inputs }, null, 1)}\n`)
  renameSync(next, MANIFEST)
  for (const entry of readdirSync(OUT, { withFileTypes: true })) {
    const old = path.join(OUT, entry.name)
    if (entry.isDirectory() && entry.name !== dir && Date.now() - statSync(old).mtimeMs > STALE_BUILD_MS) rmSync(old, { recursive: true, force: true })
  }
  return path.join(OUT, dir, 'index.mjs')
}

mkdirSync(OUT, { recursive: true })
let entry = currentEntry()
if (!entry) {
  try {
    entry = await compile()
  } catch {
    // esbuild has printed each error with its file, line and column.
    console.error('claims: the command line (src/cli) does not compile; see the errors above')
    process.exit(1)
  }
}
// As if Node had been started on the compiled entry: the commands that start more of themselves
// (`spawnCli`) start it directly, with no second look at the sources.
process.argv[1] = entry
await import(pathToFileURL(entry).href)
