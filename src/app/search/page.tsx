import type { Metadata } from 'next'
import { Suspense } from 'react'
import { siteConfig } from '@/config/site'
import { SearchClient, SearchFallback } from './_components/SearchClient'

export const metadata: Metadata = {
  title: 'Search',
  description: 'Search every claim by words, source or number, in any spelling: 77%, 499k, 3,200 a day.',
}

// A static export cannot read ?q= on the server: the page is a shell, and the client reads the URL.
export default function SearchPage() {
  return (
    <>
      <h1>Search claims</h1>
      <Suspense fallback={<SearchFallback />}>
        <SearchClient siteName={siteConfig.name} />
      </Suspense>
    </>
  )
}
