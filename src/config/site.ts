import { z } from 'zod'

const siteUrlSchema = z.url({ protocol: /^https?$/, error: 'expected an absolute http(s) URL such as https://claims.example.org' })

/** Parsed once: every absolute link on the site comes from here. */
function parseSiteUrl(raw: string | undefined): string {
  const value = raw && raw.trim() !== '' ? raw.trim() : 'http://127.0.0.1:3000'
  const parsed = siteUrlSchema.safeParse(value)
  if (!parsed.success) throw new Error(`SITE_URL: ${parsed.error.issues[0]?.message}; got "${value}"`)
  return parsed.data.replace(/\/+$/, '')
}

export const siteConfig = {
  name: 'Claim Ledger',
  description: 'Numeric claims from the news, each with its source, its figure as written and the arithmetic that checks it.',
  url: parseSiteUrl(process.env.SITE_URL),
  publisher: 'Claim Ledger',
} as const
