import { describe, expect, it } from 'vitest'
import { parseSiteUrl } from './site'

describe('parseSiteUrl', () => {
  // prettier-ignore
  const bad: [string, string][] = [
    ['a path without a host',  '/claims'],
    ['another protocol',       'ftp://claims.example.org'],
    ['a bare host name',       'claims.example.org'],
    ['a file URL',             'file:///tmp/out'],
  ]
  it.each(bad)('throws naming SITE_URL and what was expected for %s', (_label, value) => {
    expect(() => parseSiteUrl(value)).toThrow(`SITE_URL: expected an absolute http(s) URL such as https://claims.example.org; got "${value}"`)
  })

  // prettier-ignore
  const good: [string, string | undefined, string][] = [
    ['defaults to the local server when unset', undefined,                       'http://127.0.0.1:3000'],
    ['defaults when blank',                     '  ',                            'http://127.0.0.1:3000'],
    ['drops trailing slashes',                  'https://claims.example.org//', 'https://claims.example.org'],
    ['keeps a path prefix',                     'https://example.org/ledger',    'https://example.org/ledger'],
  ]
  it.each(good)('%s', (_label, value, expected) => {
    expect(parseSiteUrl(value)).toBe(expected)
  })
})
