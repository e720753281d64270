import { Parser } from 'htmlparser2'

/**
 * Next.js renders every page here on the server with React Server Components and nothing
 * interactive in React; what a reader's browser would download of it is only the runtime that
 * hydrates a page which never changes (React DOM and the router, ~130 KB gzipped) and the page's
 * RSC payload inlined a second time as scripts. Removing them leaves the same HTML and CSS; the
 * small modules in src/browser do the little that needs a script.
 */

/** A script or preload that exists only for Next's client runtime. */
function isRuntimeTag(name: string, attributes: Record<string, string>): boolean {
  const source = attributes.src ?? attributes.href ?? ''
  if (name === 'script') return source.startsWith('/_next/static/') && source.endsWith('.js')
  if (name === 'link') {
    const rel = (attributes.rel ?? '').toLowerCase()
    return (rel === 'preload' || rel === 'modulepreload') && (attributes.as === 'script' || rel === 'modulepreload') && source.startsWith('/_next/static/')
  }
  return false
}

// Inline scripts that feed the runtime: the RSC payload and Turbopack's chunk registry. Others
// (JSON-LD, Suspense's reveal scripts) stay.
const RUNTIME_INLINE = [/^\s*\(self\.__next_f\s*=/, /^\s*self\.__next_f\.push\(/, /^\s*\(globalThis\["TURBOPACK"\]/]

export interface StrippedPage {
  readonly html: string
  /** How many tags were removed. */
  readonly removed: number
}

/**
 * Removes Next's client runtime from one exported HTML page.
 * @example stripFrameworkRuntime('<p>x</p><script src="/_next/static/chunks/a.js" async></script>').html // '<p>x</p>'
 */
export function stripFrameworkRuntime(html: string): StrippedPage {
  const ranges: [number, number][] = []
  let open: { name: string; start: number; runtime: boolean; text: string } | null = null
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'link' && isRuntimeTag(name, attributes)) ranges.push([parser.startIndex, parser.endIndex + 1])
        if (name === 'script') open = { name, start: parser.startIndex, runtime: isRuntimeTag(name, attributes), text: '' }
      },
      ontext(text) {
        if (open) open.text += text
      },
      onclosetag(name) {
        if (name !== 'script' || !open) return
        const isInlineRuntime = RUNTIME_INLINE.some((pattern) => pattern.test(open!.text))
        if (open.runtime || isInlineRuntime) ranges.push([open.start, parser.endIndex + 1])
        open = null
      },
    },
    { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.end(html)
  let result = ''
  let from = 0
  for (const [start, end] of ranges.sort((a, b) => a[0] - b[0])) {
    result += html.slice(from, start)
    from = end
  }
  result += html.slice(from)
  return { html: result, removed: ranges.length }
}
