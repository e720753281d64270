import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, watchForErrors } from './harness'

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

describe('reading a claim in Chromium', () => {
  it('opens a claim from the home page and shows its check with the arithmetic', async () => {
    const page = await site.browser.newPage()
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}/`)
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/claims/i)

    await page
      .getByRole('link', { name: /77%|share of asylum/i })
      .first()
      .click()
    await page.waitForURL(/\/claims\/asylum-allowed-share$/)
    await expect(page.locator('h1').textContent()).resolves.toMatch(/asylum/i)

    const check = page.locator('section[id^="check-"]').first()
    await check.waitFor({ state: 'visible' })
    const text = (await check.textContent()) ?? ''
    expect(text).toContain('499,000 ÷ 648,000')
    expect(text).toMatch(/Consistent/)
    expect(problems).toEqual([])
    await page.close()
  })

  it('scrolls a check anchor into view from a permalink', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}/claims/asylum-allowed-share`)
    const id = await page.locator('section[id^="check-"]').first().getAttribute('id')
    await page.goto(`${site.baseUrl}/claims/asylum-allowed-share#${id}`)
    await expect(page.locator(`#${id}`).isVisible()).resolves.toBe(true)
    const inView = await page.locator(`#${id}`).evaluate((element) => {
      const box = element.getBoundingClientRect()
      return box.top >= 0 && box.top < window.innerHeight
    })
    expect(inView).toBe(true)
    await page.close()
  })
})
