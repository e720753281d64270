import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The browser scripts in src/browser, each bundled by `npm run claims -- bundle`. */
export const BROWSER_ENTRIES = ['every-page', 'search-page', 'search-worker'] as const
/** Of those, the ones started as Web Workers: bundled apart, so they share no chunk with a page. */
export const WORKER_ENTRIES: readonly BrowserEntry[] = ['search-worker']
/**
 * Of those, the ones written into every page as an inline classic script rather than fetched:
 * bundled apart as one self-contained function (no imports, no globals), read by {@link inlineScript}.
 */
export const INLINE_ENTRIES: readonly BrowserEntry[] = ['every-page']
export type BrowserEntry = (typeof BROWSER_ENTRIES)[number]
export type AssetManifest = Record<BrowserEntry, string>

export const ASSET_DIR = 'public/assets'
export const ASSET_URL_PREFIX = '/assets/'
export const ASSET_MANIFEST = 'manifest.json'

let manifest: AssetManifest | undefined

/** The hashed URL of a bundled browser script. */
export function assetUrl(entry: BrowserEntry): string {
  // `bundle --watch` renames the files as they change, so development rereads the manifest.
  if (!manifest || process.env.NODE_ENV === 'development') {
    const file = path.resolve(ASSET_DIR, ASSET_MANIFEST)
    try {
      manifest = JSON.parse(readFileSync(file, 'utf8')) as AssetManifest
    } catch (error) {
      throw new Error(`${file}: cannot read the browser script manifest (${(error as Error).message}); run \`npm run claims -- bundle\` first`)
    }
  }
  const url = manifest[entry]
  if (!url) throw new Error(`${ASSET_DIR}/${ASSET_MANIFEST}: no script for "${entry}"; expected one of ${BROWSER_ENTRIES.join(', ')}`)
  return url
}

/**
 * The code of a bundled script written inline (one of {@link INLINE_ENTRIES}), for a page's
 * `<script>`; the export hashes it into the page's Content-Security-Policy like any inline script.
 */
export function inlineScript(entry: BrowserEntry): string {
  if (!INLINE_ENTRIES.includes(entry)) throw new Error(`"${entry}" is bundled to be fetched; its URL is assetUrl("${entry}")`)
  const file = path.resolve(ASSET_DIR, assetUrl(entry).slice(ASSET_URL_PREFIX.length))
  const code = readFileSync(file, 'utf8').trim()
  // The HTML parser ends a script at the first "</script"; esbuild escapes it in strings, and this guards the rest.
  if (/<\/script/i.test(code)) throw new Error(`${file}: a script written inline cannot contain "</script"`)
  return code
}
