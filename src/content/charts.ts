import { numberLineChart, type NumberLineChart } from '@/core/chart'
import type { ClaimRecord } from '@/core/content/ledger'
import { getClaim } from './page-data'

/** The chart a claim's frontmatter asks for: its figures from zero, bands where rounded. */
export function claimChart(claim: ClaimRecord): NumberLineChart | null {
  if (!claim.chart) return null
  const rows = claim.chart.figures.flatMap((id) => {
    const figureClaim = getClaim(id)
    if (!figureClaim?.interval || figureClaim.figure.kind !== 'quantity') return []
    const { figure } = figureClaim
    return [{
      label: `${figureClaim.title}: ${figure.hedge ? `${figure.hedge} ` : ''}${figure.written}`,
      interval: figureClaim.interval,
      nominal: figure.value,
      role: figure.exact ? ('threshold' as const) : ('figure' as const),
      href: figureClaim.url,
    }]
  })
  return numberLineChart({ title: claim.chart.title, rows, fromZero: true, unit: claim.figure.unit })
}
