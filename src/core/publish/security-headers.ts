import { createHash } from 'node:crypto'
import { Parser } from 'htmlparser2'

/**
 * The site's security headers, in one place: `npm start` (src/cli/static-server.ts) sends them,
 * `out/_headers` carries them for static hosts that read that file (Netlify, Cloudflare Pages), and
 * every page repeats the Content-Security-Policy in a `<meta http-equiv>` for hosts that set no
 * headers at all. Pages run only the site's own scripts (`/assets/…`, from src/browser) and inline
 * scripts whose SHA-256 the export computed; so even text that slipped past the content check could
 * not run script.
 */

/** A hash source for an inline script: `'sha256-<base64>'`. */
export type ScriptHash = `'sha256-${string}'`

/**
 * The CSP source for one inline script's text, exactly as it stands between its tags.
 * @example scriptHash('alert(1)') // "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='"
 */
export function scriptHash(text: string): ScriptHash {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

// `frame-ancestors` is ignored (with a console error) in a <meta> policy: header only.
const HEADER_ONLY = new Set(['frame-ancestors'])

/**
 * The Content-Security-Policy. `delivery: 'meta'` leaves out what a `<meta>` policy may not hold.
 * Style attributes stay allowed (`style-src-attr`): the charts place marks with `style="left:…"`;
 * style elements and sheets come only from the site.
 * @example contentSecurityPolicy({ scriptHashes: [], delivery: 'header' }) // "default-src 'none'; script-src 'self'; …"
 */
export function contentSecurityPolicy({ scriptHashes = [], delivery }: { scriptHashes?: readonly ScriptHash[]; delivery: 'header' | 'meta' }): string {
  const directives: [string, ...string[]][] = [
    ['default-src', "'none'"],
    ['script-src', "'self'", ...[...new Set(scriptHashes)].sort()],
    ['style-src', "'self'"],
    ['style-src-attr', "'unsafe-inline'"],
    ['img-src', "'self'"],
    ['font-src', "'self'"],
    ['connect-src', "'self'"],
    ['manifest-src', "'self'"],
    ['form-action', "'self'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
    ['frame-ancestors', "'none'"],
  ]
  return directives
    .filter(([name]) => delivery === 'header' || !HEADER_ONLY.has(name))
    .map((directive) => directive.join(' '))
    .join('; ')
}

/** Features no page uses, turned off for the page and anything it embeds. Only names Chromium knows: an unknown one is a console error. */
const PERMISSIONS_POLICY = ['accelerometer', 'camera', 'display-capture', 'geolocation', 'gyroscope', 'magnetometer', 'microphone', 'midi', 'payment', 'usb']
  .map((feature) => `${feature}=()`)
  .join(', ')

/**
 * Every security header a response carries.
 * @example securityHeaders([])['X-Content-Type-Options'] // 'nosniff'
 */
export function securityHeaders(scriptHashes: readonly ScriptHash[] = []): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy({ scriptHashes, delivery: 'header' }),
    'X-Content-Type-Options': 'nosniff',
    // Outbound links also carry rel="noreferrer"; no request the site makes needs a referrer.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': PERMISSIONS_POLICY,
  }
}

// Script types a browser runs; any other type (application/ld+json) is a data block CSP ignores.
const EXECUTABLE_TYPES = new Set(['', 'module', 'importmap', 'speculationrules', 'text/javascript', 'application/javascript', 'text/ecmascript', 'application/ecmascript'])

/**
 * The hashes of a page's inline scripts that a browser would run (not JSON-LD).
 * @example inlineScriptHashes('<script>alert(1)</script><script type="application/ld+json">{}</script>') // [scriptHash('alert(1)')]
 */
export function inlineScriptHashes(html: string): ScriptHash[] {
  const hashes: ScriptHash[] = []
  let open: { text: string } | null = null
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const type = (attributes.type ?? '').trim().toLowerCase()
        if (name === 'script') open = attributes.src === undefined && EXECUTABLE_TYPES.has(type) ? { text: '' } : null
      },
      ontext(text) {
        if (open) open.text += text
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return
        hashes.push(scriptHash(open.text))
        open = null
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  return [...new Set(hashes)]
}

/**
 * The `<meta>` that carries a page's policy.
 * @example policyMeta([]) // `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; …"/>`
 */
export function policyMeta(scriptHashes: readonly ScriptHash[]): string {
  const policy = contentSecurityPolicy({ scriptHashes, delivery: 'meta' }).replace(/&/g, '&amp;').replace(/"/g, '&quot;')
  return `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`
}

const EXISTING_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/?>/i
const HEAD_START = /<head(?:\s[^>]*)?>(?:\s*<meta\s+charset=["']?[\w-]+["']?\s*\/?>)?/i

/**
 * The page with its policy in a `<meta>` at the start of `<head>` (after the charset, before any
 * script), for its own inline scripts; a policy already there is replaced, so exporting twice is
 * harmless. A page without `<head>` is returned as it was.
 * @example withPolicyMeta('<html><head><meta charset="utf-8"/><title>x</title></head></html>')
 */
export function withPolicyMeta(html: string): { html: string; scriptHashes: ScriptHash[] } {
  const scriptHashes = inlineScriptHashes(html)
  const meta = policyMeta(scriptHashes)
  if (EXISTING_META.test(html)) return { html: html.replace(EXISTING_META, () => meta), scriptHashes }
  const head = HEAD_START.exec(html)
  if (!head) return { html, scriptHashes }
  const at = head.index + head[0].length
  return { html: `${html.slice(0, at)}${meta}${html.slice(at)}`, scriptHashes }
}

/** A rule of a `_headers` file: a path pattern ("/*" or an exact path) and its headers. */
export interface HeaderRule {
  readonly pattern: string
  readonly headers: Readonly<Record<string, string>>
}

/**
 * A `_headers` file as Netlify and Cloudflare Pages read it: a path pattern, then its headers indented.
 * @example headersFile([{ pattern: '/*', headers: { 'X-Content-Type-Options': 'nosniff' } }]) // '/*\n  X-Content-Type-Options: nosniff\n'
 */
export function headersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(
      (rule) =>
        `${rule.pattern}\n${Object.entries(rule.headers)
          .map(([name, value]) => `  ${name}: ${value}\n`)
          .join('')}`,
    )
    .join('\n')
}

/**
 * Reads a `_headers` file back (what {@link headersFile} writes; comments and blank lines skipped).
 * @example parseHeadersFile('/*\n  X-Frame-Options: DENY\n') // [{ pattern: '/*', headers: { 'X-Frame-Options': 'DENY' } }]
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { pattern: string; headers: Record<string, string> }[] = []
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} })
      continue
    }
    const colon = line.indexOf(':')
    const rule = rules.at(-1)
    if (!rule || colon === -1) throw new Error(`_headers: expected "  Name: value" under a path; got "${line.trim()}"`)
    rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim()
  }
  return rules
}

/**
 * The headers `_headers` gives a path: every rule whose pattern matches, later rules overriding.
 * @example headersForPath([{ pattern: '/*', headers: { A: '1' } }], '/claims/x') // { A: '1' }
 */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const matches = (pattern: string) => (pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern)
  return Object.assign({}, ...rules.filter((rule) => matches(rule.pattern)).map((rule) => rule.headers)) as Record<string, string>
}
