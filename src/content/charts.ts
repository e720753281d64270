import { numberLineChart, type NumberLineChart } from '@/core/chart'
import type { ClaimChartData } from '@/core/content/staged-files'

/** The chart a claim's frontmatter asks for: its figures from zero, bands where rounded, in the claim's unit. */
export function claimChart(chart: ClaimChartData | null, unit: string): NumberLineChart | null {
  if (!chart) return null
  const rows = chart.figures.map((figure) => ({
    label: `${figure.title}: ${figure.hedge ? `${figure.hedge} ` : ''}${figure.written}`,
    interval: figure.interval,
    nominal: figure.value,
    role: figure.exact ? ('threshold' as const) : ('figure' as const),
    href: figure.url,
  }))
  return numberLineChart({ title: chart.title, rows, fromZero: true, unit })
}
