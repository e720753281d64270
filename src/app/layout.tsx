import type { Metadata, Viewport } from 'next'
import Link from 'next/link'
import type { ReactNode } from 'react'
import { HeaderSearch } from '@/components/search/HeaderSearch'
import { siteConfig } from '@/config/site'
import { inlineScript } from '@/content/assets'
import './globals.css'

export const metadata: Metadata = {
  metadataBase: new URL(siteConfig.url),
  title: { default: siteConfig.name, template: `%s · ${siteConfig.name}` },
  description: siteConfig.description,
}

export const viewport: Viewport = {
  colorScheme: 'light dark',
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fbfaf7' },
    { media: '(prefers-color-scheme: dark)', color: '#16171a' },
  ],
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="wrap site-header-inner">
            <Link href="/" className="site-name">
              {siteConfig.name}
            </Link>
            <HeaderSearch />
            <nav aria-label="Site">
              <ul className="site-nav">
                <li>
                  <Link href="/">Claims</Link>
                </li>
                <li>
                  <Link href="/methodology">Methodology</Link>
                </li>
                <li>
                  <Link href="/data">Data</Link>
                </li>
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>
              {siteConfig.name} checks the numbers in news articles against each other, within the rounding of the figures as written.{' '}
              <Link href="/methodology">How the checks work</Link>.
            </p>
          </div>
        </footer>
        {/* Inline, not a module to fetch: the end of parsing (DOMContentLoaded, and the style and layout Chromium
            forces there) waited for that request, so a slow phone's first full layout waited for one more round
            trip (issue 16). Inline, it runs when the parser reaches it, with every copy button above it parsed. */}
        <script dangerouslySetInnerHTML={{ __html: inlineScript('every-page') }} />
      </body>
    </html>
  )
}
