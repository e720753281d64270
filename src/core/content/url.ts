/**
 * Which addresses content may link to. A link is built from text a contributor wrote, so anything
 * a browser could run or resolve somewhere unexpected (`javascript:`, `data:`, `//host`, `/\host`,
 * an address with a tab in its scheme) is refused before it reaches a page.
 */

export interface UrlRule {
  /** Also accept a path on this site ("/claims/x", "#check-y"): true for body links, false for frontmatter fields that name an outside page. */
  readonly sitePaths: boolean
}

// Browsers drop tabs and newlines anywhere in an address and trim controls and spaces at its ends,
// so "java\tscript:" runs as "javascript:"; no address we publish needs any of them.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const WHITESPACE_OR_CONTROL = /[\u0000-\u0020\u007F-\u009F\u00A0\u1680\u2000-\u200F\u2028\u2029\u202F\u205F\u3000\uFEFF]/

function quoted(url: string): string {
  return JSON.stringify(url.length > 80 ? `${url.slice(0, 80)}…` : url)
}

/**
 * Why `url` may not be linked from content, or null when it may: an `https:` or `http:` address
 * with a host, or (with `sitePaths`) a path on this site or a fragment.
 * @example unsafeUrlReason('javascript:alert(1)', { sitePaths: true }) // 'expected an https: or http: address, or a path on this site starting with "/"; got "javascript:alert(1)"'
 */
export function unsafeUrlReason(url: string, { sitePaths }: UrlRule): string | null {
  const expected = `expected an https: or http: address${sitePaths ? ', or a path on this site starting with "/"' : ''}`
  if (url === '') return `${expected}; got an empty address`
  if (WHITESPACE_OR_CONTROL.test(url)) return `${expected}, without spaces or control characters; got ${quoted(url)}`
  if (sitePaths && (url.startsWith('#') || /^\/(?![/\\])/.test(url))) return null
  if (!/^https?:\/\//i.test(url)) return `${expected}; got ${quoted(url)}`
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return `${expected}; got ${quoted(url)}, which does not parse as an address`
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return `${expected}; got ${quoted(url)}`
  if (parsed.username !== '' || parsed.password !== '') return `expected an address without a user name or password; got ${quoted(url)}`
  return null
}

/**
 * True when `url` may be linked from content (see {@link unsafeUrlReason}).
 * @example isSafeUrl('https://example.org/a', { sitePaths: false }) // true
 */
export function isSafeUrl(url: string, rule: UrlRule): boolean {
  return unsafeUrlReason(url, rule) === null
}

/** What a link to `href` on a page needs: outside pages get neither our window (`opener`) nor our address (referrer). */
export const EXTERNAL_LINK_REL = 'external noopener noreferrer'

/**
 * Whether `href` leaves the site: anything but a path on it or a fragment.
 * @example isExternalHref('https://example.org') // true
 */
export function isExternalHref(href: string): boolean {
  return !(href.startsWith('#') || /^\/(?![/\\])/.test(href))
}
