#!/usr/bin/env node
/**
 * `node src/cli/launch.mjs <command> …`: runs the CLI (src/cli/index.ts) compiled by esbuild into
 * plain ES modules, a chunk per command, instead of through tsx. tsx resolves and transforms every
 * module through a loader on another thread: 1.5 s of each process's start-up, and a build starts
 * several. The compiled copy lives in node_modules/.cache/claims-cli/ and is rebuilt (in ~0.3 s)
 * when any file it was compiled from has changed (src/cli/fingerprint.mjs: the build's one
 * staleness scheme). A few pure-JavaScript packages are bundled in (see BUNDLED); the
 * others stay imports from node_modules.
 *
 * Plain JavaScript, so that Node runs it without a loader.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { fingerprintFiles } from './fingerprint.mjs'

const ROOT = path.resolve(import.meta.dirname, '../..')
const OUT = path.join(ROOT, 'node_modules', '.cache', 'claims-cli')
const MANIFEST = path.join(OUT, 'manifest.json')
/**
 * Read by the compiler but not in esbuild's list of inputs, with this file and its options (the
 * lock file stands for the bundled packages' files, left out of the list: they change only with it).
 */
const SETTINGS = ['tsconfig.json', 'package.json', 'package-lock.json', 'src/cli/launch.mjs', 'src/cli/fingerprint.mjs']
/**
 * Packages compiled into the CLI rather than imported from node_modules. Node resolves and loads a
 * package's ES modules file by file: mathjs's several hundred cost 0.5 s more than the same code
 * bundled (1.03 s against 0.50 s for a process that only imports it), in every process that checks
 * claims; date-fns's index loads every function when one is used. The rest stay imports: native
 * addons, packages that read their own files, and the ones whose start-up is small.
 */
const BUNDLED = new Set(['mathjs', 'date-fns', 'zod', 'yaml'])

/** `mathjs/number` → mathjs, `@scope/name/x` → @scope/name. */
function packageOf(specifier) {
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

/** Every package import stays external, but for those in BUNDLED. */
const externalPackages = {
  name: 'external-packages',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      // `@/…` is the project's own alias (tsconfig paths), resolved by esbuild.
      if (args.path.startsWith('@/') || BUNDLED.has(packageOf(args.path))) return undefined
      return { path: args.path, external: true }
    })
  },
}
/** An older build is removed only once no process can still be loading its chunks. */
const STALE_BUILD_MS = 10 * 60 * 1000

/** The compiled entry, when every file it was compiled from is as it was then; else null. */
function currentEntry() {
  let manifest
  try {
    manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'))
  } catch {
    return null
  }
  if (fingerprintFiles(ROOT, manifest.inputs) !== manifest.fingerprint) return null
  const entry = path.join(OUT, manifest.dir, 'index.mjs')
  return existsSync(entry) ? entry : null
}

async function compile() {
  const { build, stop } = await import('esbuild')
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
    plugins: [externalPackages],
    // The bundled packages' CommonJS files require Node's built-ins, which an ES module has no `require` for.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
  }).finally(() =>
    // esbuild's service process would otherwise live as long as this one, 150 MB beside a whole
    // `claims stage` at 10,000 claims.
    stop(),
  )
  const ownInputs = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith('node_modules/'))
  const inputs = [...new Set([...ownInputs, ...SETTINGS])].sort()
  const next = `${MANIFEST}.${process.pid}`
  writeFileSync(next, `${JSON.stringify({ dir, fingerprint: fingerprintFiles(ROOT, inputs), inputs }, null, 1)}\n`)
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
  } catch (error) {
    // esbuild has printed each of its errors with the file, line and column; anything else has not been.
    if (!Array.isArray(error?.errors)) console.error(error)
    console.error('claims: the command line (src/cli) does not compile; see the errors above')
    process.exit(1)
  }
}
// The commands that start more of themselves (`spawnCli`) start the compiled entry beside their own
// code, with no second look at the sources: a child runs the same build as its parent.
await import(pathToFileURL(entry).href)
