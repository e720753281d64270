import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSite, watchForErrors } from './harness'

let site: Awaited<ReturnType<typeof openSite>>
beforeAll(async () => {
  site = await openSite()
})
afterAll(async () => {
  await site?.close()
})

/** A claim whose first check reads the OHSS series: the journey starts at that check. */
const CLAIM = '/claims/lowest-since-july-2020'
const CHECK = 'check-cbp-monthly-encounters'

describe('official data', () => {
  it('opens a dataset page from a claim’s record check, and goes back to the check from its mark on the chart', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } })
    const problems = watchForErrors(page)
    await page.goto(`${site.baseUrl}${CLAIM}#${CHECK}`, { waitUntil: 'networkidle' })
    const check = page.locator(`#${CHECK}`)
    await expect(check.getByRole('img').first().getAttribute('aria-labelledby')).resolves.toMatch(/description$/)

    await check.getByRole('link', { name: /Key Homeland Security Metrics/ }).click()
    await page.waitForURL(`${site.baseUrl}/data/ohss-usbp-encounters#series-southwest-border`)
    await expect(page.locator('h1').textContent()).resolves.toBe('Key Homeland Security Metrics: CBP Encounters, U.S. Border Patrol')
    const series = page.locator('#series-southwest-border')
    await expect(series.getByRole('img').isVisible()).resolves.toBe(true)

    // The badge on the chart is a link named for the claim and its check.
    const badge = series.getByRole('link', { name: /^Mark \d+: When crossings last averaged 1,500 a day or fewer: Reading 1/ })
    await expect(badge.isVisible()).resolves.toBe(true)
    await badge.click()
    await page.waitForURL(`${site.baseUrl}${CLAIM}#${CHECK}`)
    await expect(page.locator(`#${CHECK}`).isVisible()).resolves.toBe(true)
    expect(problems).toEqual([])
    await page.close()
  })

  it('downloads the agency’s file as published from the dataset page', async () => {
    const page = await site.browser.newPage()
    await page.goto(`${site.baseUrl}/data/ohss-usbp-encounters`, { waitUntil: 'networkidle' })
    const href = await page.getByRole('link', { name: 'KHSM Encounters (USBP) fy25m11.xlsx' }).getAttribute('href')
    const response = await page.request.get(`${site.baseUrl}${href}`)
    expect(response.status()).toBe(200)
    // An XLSX file is a ZIP archive: "PK" first.
    expect((await response.body()).subarray(0, 2).toString('latin1')).toBe('PK')
    await page.close()
  })
})
