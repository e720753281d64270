import type { NumberLineChart } from '@/core/chart'
import styles from './NumberLine.module.css'

const ROW_HEIGHT = 26

/**
 * A number-line chart, static and without JavaScript: labels are HTML (they wrap on a phone), each
 * row's band is a small SVG strip on a shared scale, tick labels sit at the same percentages.
 */
export function NumberLine({ chart }: { chart: NumberLineChart }) {
  const percent = (x: number) => `${((x / chart.width) * 100).toFixed(3)}%`
  return (
    <figure className={styles.figure}>
      <figcaption className={styles.caption}>{chart.title}</figcaption>
      <p className="visually-hidden">{chart.description}</p>
      <ol className={styles.rows} aria-hidden="true">
        {chart.rows.map((row) => {
          const bandY = 4
          return (
            <li key={row.label} className={styles.row} data-role={row.role}>
              <span className={styles.label}>
                {row.label} <span className={styles.value}>{row.intervalText}</span>
              </span>
              <svg viewBox={`0 0 ${chart.width} ${ROW_HEIGHT}`} preserveAspectRatio="none" className={styles.strip}>
                {chart.ticks.map((tick) => (
                  <line key={tick.x} x1={tick.x} x2={tick.x} y1={0} y2={ROW_HEIGHT} className={styles.grid} />
                ))}
                {row.barFrom !== null ? <rect x={row.barFrom} y={bandY + 6} width={Math.max(0, row.x0 - row.barFrom)} height={6} className={styles.bar} /> : null}
                <rect x={row.x0} y={bandY} width={Math.max(2, row.x1 - row.x0)} height={18} className={row.openHigh || row.openLow ? styles.openBand : styles.band} />
                <rect x={row.xNominal - 1.5} y={bandY - 3} width={3} height={24} className={styles.nominal} />
              </svg>
            </li>
          )
        })}
      </ol>
      <div className="chart-axis dense" aria-hidden="true">
        {chart.ticks.map((tick) => (
          <span key={tick.x} style={{ left: percent(tick.x) }}>
            {tick.label}
          </span>
        ))}
      </div>
    </figure>
  )
}
