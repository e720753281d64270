// Every page imports this, so it parses with the platform's URL parser rather than zod, which
// would otherwise be compiled into every page's server bundle for one field.
const EXPECTED = 'expected an absolute http(s) URL such as https://claims.example.org'

/** Parsed once: every absolute link on the site comes from here. */
export function parseSiteUrl(raw: string | undefined): string {
  const value = raw && raw.trim() !== '' ? raw.trim() : 'http://127.0.0.1:3000'
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new Error(`SITE_URL: ${EXPECTED}; got "${value}"`)
  }
  if (!/^https?:$/.test(url.protocol) || url.hostname === '') throw new Error(`SITE_URL: ${EXPECTED}; got "${value}"`)
  return value.replace(/\/+$/, '')
}

export const siteConfig = {
  name: 'Claim Ledger',
  description: 'Numeric claims from the news, each with its source, its figure as written and the arithmetic that checks it.',
  url: parseSiteUrl(process.env.SITE_URL),
  publisher: 'Claim Ledger',
} as const
