import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as esbuild from 'esbuild'
import { parseCommandArgs } from './args'
import { ASSET_DIR, ASSET_MANIFEST, ASSET_URL_PREFIX, BROWSER_ENTRIES, INLINE_ENTRIES, WORKER_ENTRIES, type AssetManifest } from '@/content/assets'

function manifestOf(metafiles: readonly esbuild.Metafile[], outdir: string): AssetManifest {
  const manifest: Partial<Record<string, string>> = {}
  for (const [output, meta] of metafiles.flatMap((metafile) => Object.entries(metafile.outputs))) {
    if (!meta.entryPoint) continue
    const entry = path.basename(meta.entryPoint, '.ts')
    // Dynamic imports (fuse.js) have an entry point too; only pages' scripts are looked up by name.
    if (!(BROWSER_ENTRIES as readonly string[]).includes(entry)) continue
    manifest[entry] = `${ASSET_URL_PREFIX}${path.relative(outdir, output).split(path.sep).join('/')}`
  }
  for (const entry of BROWSER_ENTRIES) {
    if (!manifest[entry]) throw new Error(`bundle: esbuild produced no output for src/browser/${entry}.ts`)
  }
  return manifest as AssetManifest
}

/**
 * Pages ship no framework runtime (the export strips it); these few small modules are their only
 * scripts. Hashed names let hosts cache them forever; code splitting keeps fuse.js out of the
 * search page's first load until a query needs it. Workers are a second build in the same step:
 * in one build, esbuild would move what a page and its worker share into a chunk, one more
 * request on the page's first load for a few constants. Scripts written inline into every page
 * (INLINE_ENTRIES) are a third: each one function, no chunk and no import, run as a classic script.
 */
export async function runBundleCommand(args: readonly string[]): Promise<number> {
  const { watch = false } = parseCommandArgs('bundle', args, { options: { watch: { type: 'boolean' } } }).values
  await bundleBrowserScripts({ watch })
  return 0
}

/** The browser scripts into public/assets/ (`claims stage` runs this in its own process); with `watch`, rebuilt on every edit until stopped. */
export async function bundleBrowserScripts({ watch = false } = {}): Promise<void> {
  const outdir = path.resolve(ASSET_DIR)
  rmSync(outdir, { recursive: true, force: true })
  mkdirSync(outdir, { recursive: true })
  const groups = [BROWSER_ENTRIES.filter((entry) => !WORKER_ENTRIES.includes(entry) && !INLINE_ENTRIES.includes(entry)), [...WORKER_ENTRIES], [...INLINE_ENTRIES]]
  const metafiles: (esbuild.Metafile | undefined)[] = groups.map(() => undefined)
  // Each build reports its outputs; the manifest is written once every build has some.
  const writeManifest = (group: number): esbuild.Plugin => ({
    name: 'manifest',
    setup(build) {
      build.onEnd((result) => {
        if (result.errors.length > 0 || !result.metafile) return
        metafiles[group] = result.metafile
        if (metafiles.every((metafile) => metafile !== undefined)) {
          writeFileSync(path.join(outdir, ASSET_MANIFEST), `${JSON.stringify(manifestOf(metafiles as esbuild.Metafile[], outdir), null, 2)}\n`)
        }
      })
    },
  })
  const options = groups.map((entries, group): esbuild.BuildOptions => {
    const inline = entries.some((entry) => INLINE_ENTRIES.includes(entry))
    return {
      entryPoints: entries.map((entry) => path.resolve('src/browser', `${entry}.ts`)),
      outdir,
      bundle: true,
      splitting: !inline,
      format: inline ? 'iife' : 'esm',
      target: ['es2022'],
      minify: !watch,
      sourcemap: watch ? 'inline' : false,
      entryNames: '[name]-[hash]',
      chunkNames: 'chunk-[hash]',
      metafile: true,
      legalComments: 'none',
      tsconfig: path.resolve('tsconfig.json'),
      logLevel: watch ? 'info' : 'warning',
      plugins: [writeManifest(group)],
    }
  })
  if (watch) {
    for (const option of options) await (await esbuild.context(option)).watch()
    await new Promise(() => {}) // runs until stopped
  }
  for (const option of options) await esbuild.build(option)
  // esbuild's service process would otherwise live as long as the stage that ran this.
  await esbuild.stop()
}
