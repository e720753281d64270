import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentSecurityPolicy, securityHeaders } from '@/core/publish/security-headers'
import { openSite, watchForErrors } from './harness'
import { exportedHtmlFiles } from './site-pages'

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** The address a static host serves an exported file at: `claims/x.html` → `/claims/x`. */
function addressOf(file: string): string {
  return file === 'index.html' ? '/' : `/${file.replace(/(?:\/index)?\.html$/, '')}`
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchForViolations(page: Page): Promise<string[]> {
  const violations: string[] = []
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
      )
    })
  })
  return violations
}

describe('every page under its Content-Security-Policy', () => {
  it('catches a violation: an inline script the policy does not hash is blocked and reported', async () => {
    const page = await site.browser.newPage()
    const violations = await watchForViolations(page)
    const problems = watchForErrors(page)
    await page.route(`${site.baseUrl}/control`, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'Content-Security-Policy': contentSecurityPolicy({ delivery: 'header' }) },
        body: '<p>x</p><script>document.title = "ran"</script>',
      }),
    )
    await page.goto(`${site.baseUrl}/control`)
    await expect.poll(() => violations.length).toBeGreaterThan(0)
    expect(violations[0]).toMatch(/^script-src-elem blocked inline/)
    expect(await page.title()).not.toBe('ran')
    expect(problems.some((problem) => /Content Security Policy/.test(problem))).toBe(true)
    await page.close()
  })

  const files = exportedHtmlFiles()
  it('finds the pages to visit', () => {
    expect(files).toContain('index.html')
    expect(files.length).toBeGreaterThan(20)
  })

  it.each(files)('%s loads with the headers, no violation and no console error', async (file) => {
    const page = await site.browser.newPage()
    const violations = await watchForViolations(page)
    const problems = watchForErrors(page)
    const response = await page.goto(`${site.baseUrl}${addressOf(file)}`, { waitUntil: 'load' })
    const headers = response?.headers() ?? {}
    const expected = securityHeaders()
    expect(headers['content-security-policy']).toMatch(/^default-src 'none'; script-src 'self'/)
    expect(headers['x-content-type-options']).toBe(expected['X-Content-Type-Options'])
    expect(headers['referrer-policy']).toBe(expected['Referrer-Policy'])
    expect(headers['permissions-policy']).toBe(expected['Permissions-Policy'])
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]').count()).resolves.toBe(1)
    // Let the page's own module run (the search page's index fetch, the copy buttons) before judging.
    await page.waitForLoadState('networkidle')
    expect(violations).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })
})
