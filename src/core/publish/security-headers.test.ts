import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  headersFile,
  headersForPath,
  inlineScriptHashes,
  parseHeadersFile,
  policyMeta,
  scriptHash,
  securityHeaders,
  withPolicyMeta,
} from './security-headers'

const hashOf = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`

describe('contentSecurityPolicy', () => {
  it('allows only the site’s own scripts and the hashed inline ones', () => {
    const policy = contentSecurityPolicy({ scriptHashes: [scriptHash('b()'), scriptHash('a()'), scriptHash('a()')], delivery: 'header' })
    const scriptSrc = policy.split('; ').find((directive) => directive.startsWith('script-src '))
    expect(scriptSrc).toBe(`script-src 'self' ${[hashOf('a()'), hashOf('b()')].sort().join(' ')}`)
    expect(policy).toMatch(/^default-src 'none'; /)
    const unsafe = policy.split('; ').filter((directive) => /unsafe-|\*|data:|https?:/.test(directive))
    expect(unsafe).toEqual(["style-src-attr 'unsafe-inline'"])
  })

  it('keeps frame-ancestors out of a meta policy, where browsers ignore it with an error', () => {
    expect(contentSecurityPolicy({ delivery: 'header' })).toContain("frame-ancestors 'none'")
    expect(contentSecurityPolicy({ delivery: 'meta' })).not.toContain('frame-ancestors')
  })
})

describe('securityHeaders', () => {
  it('sends the policy, nosniff, a referrer policy and a restrictive permissions policy', () => {
    const headers = securityHeaders()
    expect(Object.keys(headers).sort()).toEqual(['Content-Security-Policy', 'Permissions-Policy', 'Referrer-Policy', 'X-Content-Type-Options'])
    expect(headers['X-Content-Type-Options']).toBe('nosniff')
    expect(headers['Permissions-Policy']).toMatch(/^(?:[a-z-]+=\(\)(?:, |$))+$/)
    expect(headers['Permissions-Policy']).toContain('camera=()')
  })
})

describe('inlineScriptHashes', () => {
  // prettier-ignore
  const cases: [string, string, string[]][] = [
    ['a classic inline script',        '<script>alert(1)</script>',                                 ['alert(1)']],
    ['a module',                       '<script type="module">go()</script>',                       ['go()']],
    ['text/javascript',                '<SCRIPT TYPE="text/javascript">x</SCRIPT>',                 ['x']],
    ['JSON-LD, which never runs',      '<script type="application/ld+json">{"a":"</"}</script>',    []],
    ['a script with src',              '<script type="module" src="/assets/site.js"></script>',     []],
    ['the text as written, entities and all', '<script>a &amp;&amp; b</script>',                  ['a &amp;&amp; b']],
    ['one hash for two equal scripts', '<script>x</script><p></p><script>x</script>',              ['x']],
  ]
  it.each(cases)('%s', (_label, html, texts) => {
    expect(inlineScriptHashes(html)).toEqual(texts.map(hashOf))
  })
})

describe('withPolicyMeta', () => {
  const page = '<!DOCTYPE html><html><head><meta charSet="utf-8"/><title>T</title><script>run()</script></head><body></body></html>'

  it('puts the policy right after the charset, with the page’s inline script hashed', () => {
    const { html, scriptHashes } = withPolicyMeta(page)
    expect(scriptHashes).toEqual([hashOf('run()')])
    expect(html).toBe(page.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/>${policyMeta([hashOf('run()') as never])}`))
    expect(html).toContain(`script-src 'self' ${hashOf('run()')}`)
  })

  it('replaces a policy already there: exporting twice changes nothing', () => {
    const once = withPolicyMeta(page).html
    expect(withPolicyMeta(once).html).toBe(once)
  })

  it('leaves a document without a head alone', () => {
    expect(withPolicyMeta('<p>fragment</p>').html).toBe('<p>fragment</p>')
  })
})

describe('the _headers file', () => {
  it('reads back what it writes', () => {
    const rules = [{ pattern: '/*', headers: securityHeaders([scriptHash('x')]) }]
    expect(parseHeadersFile(headersFile(rules))).toEqual(rules)
  })

  it('gives a path the headers of every rule that matches it, later ones winning', () => {
    const rules = parseHeadersFile('# site\n/*\n  A: 1\n  B: 1\n/claims/*\n  B: 2\n/data\n  C: 3\n')
    expect(headersForPath(rules, '/claims/x')).toEqual({ A: '1', B: '2' })
    expect(headersForPath(rules, '/data')).toEqual({ A: '1', B: '1', C: '3' })
  })

  it('refuses a header line outside a path', () => {
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/expected "  Name: value" under a path/)
  })
})
