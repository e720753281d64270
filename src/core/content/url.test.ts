import { describe, expect, it } from 'vitest'
import { isExternalHref, isSafeUrl, unsafeUrlReason } from './url'

describe('unsafeUrlReason', () => {
  // prettier-ignore
  const refused: [string, string, RegExp][] = [
    ['javascript:',                     'javascript:alert(1)',          /expected an https: or http: address.*got "javascript:alert\(1\)"/],
    ['JavaScript: in capitals',         'JavaScript:alert(1)',          /got "JavaScript:alert\(1\)"/],
    ['a tab inside the scheme',         'java\tscript:alert(1)',        /without spaces or control characters/],
    ['a leading space',                 ' https://example.org',         /without spaces or control characters/],
    ['a newline',                       'https://example.org/\nx',      /without spaces or control characters/],
    ['a NUL',                           'https://example.org/\u0000',   /without spaces or control characters/],
    ['a no-break space',                'https://example.org/\u00a0',   /without spaces or control characters/],
    ['data:',                           'data:text/html,<script>',      /got "data:text\/html,<script>"/],
    ['vbscript:',                       'vbscript:msgbox',              /got "vbscript:msgbox"/],
    ['mailto:',                         'mailto:a@example.org',         /got "mailto:a@example.org"/],
    ['protocol-relative //host',        '//evil.example',               /got "\/\/evil.example"/],
    ['backslash /\\host',                '/\\evil.example',              /got "\/\\\\evil.example"/],
    ['https: without //',               'https:example.org',            /got "https:example.org"/],
    ['https:\\\\ (browsers read //)',    'https:\\\\evil.example',       /got "https:\\\\\\\\evil.example"/],
    ['a relative path',                 'claims/x',                     /got "claims\/x"/],
    ['no host',                         'https://',                     /does not parse as an address/],
    ['credentials',                     'https://bank.example@evil.example', /without a user name or password/],
    ['empty',                           '',                             /got an empty address/],
  ]
  it.each(refused)('refuses %s', (_label, url, expected) => {
    expect(unsafeUrlReason(url, { sitePaths: true })).toMatch(expected)
  })

  // prettier-ignore
  const accepted: [string, string][] = [
    ['https',                  'https://example.org/2024/06/story?id=1#top'],
    ['http',                   'http://example.org'],
    ['HTTPS in capitals',      'HTTPS://EXAMPLE.ORG/'],
    ['a site path',            '/claims/asylum-allowed-share'],
    ['the site root',          '/'],
    ['a fragment',             '#check-share-of-applications'],
    ['an encoded space',       'https://example.org/a%20b'],
  ]
  it.each(accepted)('accepts %s', (_label, url) => {
    expect(unsafeUrlReason(url, { sitePaths: true })).toBeNull()
  })

  it('accepts site paths only where they are allowed: a source url names an outside page', () => {
    expect(isSafeUrl('/claims/x', { sitePaths: false })).toBe(false)
    expect(unsafeUrlReason('#x', { sitePaths: false })).toMatch(/^expected an https: or http: address; got "#x"$/)
    expect(isSafeUrl('https://example.org', { sitePaths: false })).toBe(true)
  })

  it('shortens a long address in the message', () => {
    expect(unsafeUrlReason(`javascript:${'a'.repeat(500)}`, { sitePaths: true })!.length).toBeLessThan(250)
  })
})

describe('isExternalHref', () => {
  it.each([
    ['https://example.org', true],
    ['//example.org', true],
    ['/\\example.org', true],
    ['/claims/x', false],
    ['#check', false],
  ])('%s → %s', (href, external) => {
    expect(isExternalHref(href)).toBe(external)
  })
})
