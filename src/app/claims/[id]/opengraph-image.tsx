import { ImageResponse } from 'next/og'
import { getClaim, getLedger } from '@/content/ledger'
import { siteConfig } from '@/config/site'

export const size = { width: 1200, height: 630 }
export const contentType = 'image/png'
export const alt = 'The claim’s figure, its title and its verdict'
export const dynamic = 'force-static'

export function generateStaticParams() {
  return getLedger().claims.map((claim) => ({ id: claim.id }))
}

const VERDICT_COLOURS: Record<string, string> = {
  'adds-up': '#1d6b3a',
  'adds-up-thinly-sourced': '#5b5f12',
  unresolved: '#7a4a00',
  'not-checkable': '#55585f',
  'does-not-add-up': '#a4161a',
}

/** The social card: the figure large, the claim's title, and its verdict. */
export default async function OpenGraphImage({ params }: { params: Promise<{ id: string }> }) {
  const claim = getClaim((await params).id)
  if (!claim) throw new Error(`No claim ${(await params).id}`)
  const colour = VERDICT_COLOURS[claim.verdict.id] ?? '#1b1c1f'
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 64, background: '#fbfaf7', color: '#1b1c1f', justifyContent: 'space-between' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#55585f' }}>{siteConfig.name}</div>
        <div style={{ display: 'flex', flexDirection: 'column' }}>
          <div style={{ display: 'flex', alignItems: 'baseline', gap: 20 }}>
            {claim.figure.hedge ? <span style={{ fontSize: 56, color: '#55585f' }}>{claim.figure.hedge}</span> : null}
            <span style={{ fontSize: 150, fontWeight: 800, letterSpacing: -4 }}>{claim.figure.written}</span>
          </div>
          <div style={{ display: 'flex', fontSize: 44, lineHeight: 1.2, marginTop: 12 }}>{claim.title}</div>
        </div>
        <div style={{ display: 'flex', alignItems: 'center', gap: 20, fontSize: 34 }}>
          <span style={{ display: 'flex', padding: '8px 24px', borderRadius: 999, border: `3px solid ${colour}`, color: colour, fontWeight: 700 }}>{claim.verdict.label}</span>
          <span style={{ color: '#55585f' }}>rating {claim.verdict.rating} of 5</span>
        </div>
      </div>
    ),
    size,
  )
}
