import { describe, expect, it } from 'vitest'
import { stripFrameworkRuntime } from './strip-runtime'

const page = (head: string, body: string) => `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`

describe('stripFrameworkRuntime', () => {
  // prettier-ignore
  const removed: [string, string][] = [
    ['an async runtime chunk', '<script src="/_next/static/chunks/05bz3sizz0xr7.js" async=""></script>'],
    ['the nomodule polyfills', '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>'],
    ['a script preload', '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>'],
    ['the RSC payload opener', '<script>(self.__next_f=self.__next_f||[]).push([0])</script>'],
    ['an RSC payload chunk', '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n"])</script>'],
    ["Turbopack's chunk registry", '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>'],
  ]
  it.each(removed)('removes %s', (_label, tag) => {
    const { html, removed: count } = stripFrameworkRuntime(page('<title>t</title>', `<p>kept</p>${tag}`))
    expect(html).toBe(page('<title>t</title>', '<p>kept</p>'))
    expect(count).toBe(1)
  })

  // prettier-ignore
  const kept: [string, string][] = [
    ['stylesheets from the same folder', '<link rel="stylesheet" href="/_next/static/chunks/435jmkh70yonz.css" data-precedence="next"/>'],
    ['JSON-LD', '<script type="application/ld+json">{"@type":"ClaimReview"}</script>'],
    ['our own module', '<script type="module" src="/assets/site-ABC.js"></script>'],
    ["Suspense's reveal script", '<script>$RC("B:0","S:0")</script>'],
    ['a script mentioning the payload in a string', '<script>console.log("self.__next_f.push(")</script>'],
    ['a preload of an image', '<link rel="preload" as="image" href="/_next/static/media/a.png"/>'],
  ]
  it.each(kept)('keeps %s', (_label, tag) => {
    const input = page(tag, '<p>kept</p>')
    expect(stripFrameworkRuntime(input)).toEqual({ html: input, removed: 0 })
  })

  it('leaves the text between removed tags exactly as it was', () => {
    const body = '<p>a &amp; b</p><script src="/_next/static/chunks/a.js" async=""></script><p>c</p><script>self.__next_f.push([1,"x"])</script><p>d</p>'
    expect(stripFrameworkRuntime(page('', body)).html).toBe(page('', '<p>a &amp; b</p><p>c</p><p>d</p>'))
  })

  it('returns a page without scripts unchanged', () => {
    expect(stripFrameworkRuntime('')).toEqual({ html: '', removed: 0 })
    expect(stripFrameworkRuntime(page('', '<p>only text</p>')).removed).toBe(0)
  })
})
