import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults } from 'axe-core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NEW_ENTRY_AFTER_MS } from '@/core/search/session'
import { openSite, watchForErrors } from './harness'

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** The claim ids of the results, best first, once the results are for what was typed. */
async function resultIds(page: Page): Promise<string[]> {
  await page.locator('ol[data-search-results][aria-busy="false"] li[data-claim]').first().waitFor()
  return page.locator('ol[data-search-results] li[data-claim]').evaluateAll((items) => items.map((item) => item.getAttribute('data-claim') ?? ''))
}

/** Waits until the page is hydrated and its index loaded (the empty state shows its examples). */
async function waitForIndex(page: Page): Promise<void> {
  await page.getByRole('link', { name: '499k' }).waitFor()
  await page.waitForFunction(() => document.querySelector('#search-status')?.textContent === '')
}

async function typeQuery(page: Page, query: string): Promise<void> {
  const box = page.locator('#search-page-input')
  await box.fill('')
  await box.pressSequentially(query, { delay: 40 })
  await page.waitForFunction((typed) => new URL(location.href).searchParams.get('q') === typed, query)
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

// The asylum claims that share the article's "77% … 499,000 of the 648,000" sentence.
const ASYLUM_PERMISSION_CLAIMS = ['asylum-allowed-share', 'asylum-allowed-count', 'asylum-applications-count']

describe('searching claims in Chromium', () => {
  it('finds the 77% claim while "77%" is typed, marks the figure and opens it with Enter', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search`)
    await typeQuery(page, '77%')
    expect((await resultIds(page))[0]).toBe('asylum-allowed-share')
    await expect(page.locator('li[data-claim="asylum-allowed-share"] mark').first().textContent()).resolves.toBe('77%')

    await page.locator('#search-page-input').press('Enter')
    await page.waitForURL(/\/claims\/asylum-allowed-share$/)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/asylum/i)
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows each result’s three axes, and filters by one of them from the URL', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search?q=crossings&sourcing=anonymous-or-leaked`)
    const ids = await resultIds(page)
    expect(ids).toContain('daily-crossings-after-order')
    expect(ids).not.toContain('crossings-since-order')
    const badges = page.locator('li[data-claim="daily-crossings-after-order"] [data-axis]')
    await expect(badges.evaluateAll((items) => items.map((item) => [item.getAttribute('data-axis'), item.getAttribute('data-value'), item.textContent]))).resolves.toEqual([
      ['arithmetic', 'adds-up', 'Arithmetic Adds up'],
      ['record', 'unsettled', 'Record Checked, not settled'],
      ['sourcing', 'anonymous-or-leaked', 'Sourcing Anonymous or leaked'],
    ])
    await expect(page.locator('select[name="sourcing"]').inputValue()).resolves.toBe('anonymous-or-leaked')
    expect(problems).toEqual([])
    await page.close()
  })

  it('corrects the typo "asylm" to asylum and opens the top result with the arrow keys and Enter', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search`)
    await typeQuery(page, 'asylm')
    const [top] = await resultIds(page)
    expect(ASYLUM_PERMISSION_CLAIMS).toContain(top)
    await expect(page.locator(`li[data-claim="${top}"] h3 mark`).first().textContent()).resolves.toMatch(/^asylum$/i)

    await page.locator('#search-page-input').press('ArrowDown')
    await expect(page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-claim'))).resolves.toBe(top)
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/claims/${top}$`))
    expect(problems).toEqual([])
    await page.close()
  })

  it('opens the top result of what was typed when Enter comes before the results', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search`)
    await waitForIndex(page)
    const box = page.locator('#search-page-input')
    await box.pressSequentially('fox news', { delay: 5 })
    await box.press('Enter')
    await page.waitForURL(/\/claims\/ice-caseload-per-officer$/)
    expect(problems).toEqual([])
    await page.close()
  })

  it('keeps the query and filters in the URL: a shared link shows the same results, and Back returns', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search?q=${encodeURIComponent('3,200 a day')}`)
    expect((await resultIds(page))[0]).toBe('daily-crossings-after-order')
    await expect(page.locator('#search-page-input').inputValue()).resolves.toBe('3,200 a day')

    await page.goto(`${site.baseUrl}/search?q=in+absentia&topic=immigration-courts`)
    expect((await resultIds(page))[0]).toBe('in-absentia-orders-fy2023')
    await expect(
      page
        .locator('select')
        .filter({ has: page.locator('option[value="immigration-courts"]') })
        .inputValue(),
    ).resolves.toBe('immigration-courts')

    await page.locator('li[data-claim="in-absentia-orders-fy2023"] h3 a').click()
    await page.waitForURL(/\/claims\/in-absentia-orders-fy2023$/)
    await page.goBack()
    await page.waitForURL(/\/search\?q=in\+absentia/)
    expect((await resultIds(page))[0]).toBe('in-absentia-orders-fy2023')
    expect(problems).toEqual([])
    await page.close()
  })

  it('goes back to the previous search with Back, after a pause in typing', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.clock.install() // the page's clock, moved on below instead of waited out
    await page.goto(`${site.baseUrl}/search`)
    await waitForIndex(page)
    await typeQuery(page, '77%')
    expect((await resultIds(page))[0]).toBe('asylum-allowed-share')
    // A pause longer than a burst of typing makes the next search a new history entry.
    await page.clock.fastForward(NEW_ENTRY_AFTER_MS + 1)
    await typeQuery(page, 'in absentia')
    expect((await resultIds(page))[0]).toBe('in-absentia-orders-fy2023')
    await page.goBack()
    await page.waitForFunction(() => (document.querySelector('#search-page-input') as HTMLInputElement | null)?.value === '77%')
    expect((await resultIds(page))[0]).toBe('asylum-allowed-share')
    expect(problems).toEqual([])
    await page.close()
  })

  it('focuses the header box with "/" on any page and submits to the search page', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/methodology`)
    // Until the page is hydrated "/" does nothing, so press until the box has focus.
    await expect
      .poll(async () => {
        await page.keyboard.press('/')
        return page.evaluate(() => document.activeElement?.id)
      })
      .toBe('header-search')
    await expect(page.locator('#header-search').inputValue()).resolves.toBe('')
    await page.keyboard.type('fox news')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\?q=fox\+news$/)
    expect((await resultIds(page))[0]).toBe('ice-caseload-per-officer')
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows markup typed into the box as text, and says when nothing matches', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/search`)
    await typeQuery(page, '<img src=x onerror=alert(1)>')
    await expect(page.locator('main img').count()).resolves.toBe(0)
    await expect(page.getByText(/Nothing found for/).isVisible()).resolves.toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it('says filters alone found nothing without quoting an empty query or offering spelling tips', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    // No claim quoting an official record is on asylum (the two that quote one are on removal orders).
    await page.goto(`${site.baseUrl}/search?sourcing=named-record&topic=asylum`)
    const nothing = page.locator('[data-search-part="nothing"]')
    await nothing.waitFor()
    await expect(nothing.locator('p').innerText()).resolves.toBe('Nothing found with these filters.')
    await expect(nothing.getByText('Check the spelling').isVisible()).resolves.toBe(false)
    await expect(nothing.getByRole('link', { name: 'Search without the filters' }).isVisible()).resolves.toBe(true)

    await typeQuery(page, 'zzqx')
    // The quotation marks are the <q> element's own, drawn by CSS rather than in the text.
    await expect(nothing.locator('p').innerText()).resolves.toBe('Nothing found for zzqx with these filters.')
    await expect(nothing.locator('q').textContent()).resolves.toBe('zzqx')
    await expect(nothing.getByText('Check the spelling').isVisible()).resolves.toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it.each(['light', 'dark'] as const)('has no WCAG A or AA violations axe can find with results, marks and filters shown (%s)', async (colorScheme) => {
    // axe is injected as an inline script, which the site's Content-Security-Policy (rightly) blocks.
    const page = await site.browser.newPage({ bypassCSP: true })
    await page.emulateMedia({ colorScheme })
    await page.goto(`${site.baseUrl}/search?q=asylm&record=not-checked`)
    await resultIds(page)
    await page.addScriptTag({ content: AXE_SOURCE })
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
        resultTypes: ['violations'],
      }),
    )
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([])
    await page.close()
  })
})
