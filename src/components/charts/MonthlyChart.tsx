import type { MonthlyChart as Chart } from '@/core/chart/monthly'
import { formatMonth } from '@/core/data/months'
import { formatNumber } from '@/core/figure/format'
import styles from './MonthlyChart.module.css'

const Y_AXIS_WIDTH = 44

/**
 * A monthly series drawn at build time, without JavaScript: the plot is one SVG stretched to the
 * width (strokes keep their width), the axis labels and the marks' badges are HTML placed at the
 * same percentages, so text stays its size on a phone. The SVG is an image with the chart in
 * words; the months are a table in a <details>, and each mark is a real link, listed below.
 */
export function MonthlyChart({
  chart,
  id,
  variant = 'line',
  tableCaption,
  captionHidden = false,
}: {
  chart: Chart
  id: string
  variant?: 'line' | 'columns'
  tableCaption?: string
  /** When a heading just above already names the series. */
  captionHidden?: boolean
}) {
  const percent = (x: number) => `${((x / chart.width) * 100).toFixed(3)}%`
  const lanes = Array.from({ length: chart.lanes }, (_, lane) => chart.lanes - 1 - lane)
  const exact = chart.points.every((point) => point.low === point.high)
  // One or two months would be slabs across the plot; a column stays column-shaped.
  const columnWidth = Math.min(Math.max(chart.slot * 0.7, 0.5), 48)
  return (
    <figure className={styles.figure}>
      <figcaption className={captionHidden ? 'visually-hidden' : styles.caption}>{chart.title}</figcaption>
      <div className={styles.chart}>
        {lanes.length > 0 ? (
          <div className={styles.marks}>
            {lanes.map((lane) => (
              <div key={lane} className={styles.lane}>
                {chart.marks
                  .filter((mark) => mark.lane === lane)
                  .map((mark) => (
                    <a key={mark.number} href={mark.href} className={styles.badge} style={{ left: percent(mark.badgeX) }}>
                      <span aria-hidden="true">{mark.number}</span>
                      <span className="visually-hidden">
                        Mark {mark.number}: {mark.label} ({mark.monthsText})
                      </span>
                    </a>
                  ))}
              </div>
            ))}
          </div>
        ) : null}
        <svg className={styles.yAxis} width={Y_AXIS_WIDTH} height={chart.height} viewBox={`0 0 ${Y_AXIS_WIDTH} ${chart.height}`} aria-hidden="true">
          {chart.yTicks.map((tick) => (
            <text key={tick.y} x={Y_AXIS_WIDTH - 6} y={tick.y} textAnchor="end" dominantBaseline="middle">
              {tick.label}
            </text>
          ))}
        </svg>
        <svg
          className={styles.plot}
          role="img"
          aria-labelledby={`${id}-description`}
          viewBox={`0 0 ${chart.width} ${chart.height}`}
          preserveAspectRatio="none"
          height={chart.height}
        >
          {chart.yTicks.map((tick) => (
            <line key={tick.y} x1={0} x2={chart.width} y1={tick.y} y2={tick.y} className={styles.grid} />
          ))}
          {chart.marks.flatMap((mark) =>
            mark.spans.map((span, index) => <rect key={`${mark.number}-${index}`} x={span.x0} y={0} width={span.x1 - span.x0} height={chart.height} className={styles.span} />),
          )}
          {chart.marks.map((mark) => {
            const x = (mark.spans[0]?.x0 ?? 0) + chart.slot / 2
            return <line key={mark.number} x1={x} x2={x} y1={0} y2={chart.height} className={styles.markLine} />
          })}
          {variant === 'columns' ? (
            chart.points.map((point) => (
              <g key={point.month}>
                <rect x={point.x - columnWidth / 2} y={point.y} width={columnWidth} height={Math.max(0, chart.height - point.y)} className={styles.column} />
                {point.low !== point.high ? <line x1={point.x} x2={point.x} y1={point.yLow} y2={point.yHigh} className={styles.whisker} /> : null}
              </g>
            ))
          ) : (
            <>
              {chart.band ? <path d={chart.band} className={styles.band} /> : null}
              <path d={chart.line} className={styles.line} />
            </>
          )}
        </svg>
        {/* Two or three months keep all their labels on a phone. */}
        <div className={`${styles.xAxis} chart-axis${chart.xTicks.length > 3 ? ' dense' : ''}`} aria-hidden="true">
          {chart.xTicks.map((tick) => (
            <span key={tick.x} style={{ left: percent(tick.x) }}>
              {tick.label}
            </span>
          ))}
        </div>
      </div>
      <p id={`${id}-description`} className="visually-hidden">
        {chart.description}
      </p>
      {chart.marks.length > 0 ? (
        <ol className={styles.legend}>
          {chart.marks.map((mark) => (
            <li key={mark.number}>
              <span className={styles.legendNumber} aria-hidden="true">
                {mark.number}
              </span>
              <span>
                <a href={mark.href}>{mark.label}</a> <span className="muted">({mark.monthsText})</span>
              </span>
            </li>
          ))}
        </ol>
      ) : null}
      <details className={styles.data}>
        <summary>{tableCaption ?? `The data: ${chart.points.length} month${chart.points.length === 1 ? '' : 's'}`}</summary>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className={styles.number}>
                  Count
                </th>
                <th scope="col" className={styles.number}>
                  {exact ? 'Rounding' : 'Stands for'}
                </th>
              </tr>
            </thead>
            <tbody>
              {chart.points.map((point) => (
                <tr key={point.month}>
                  <th scope="row">{formatMonth(point.month)}</th>
                  <td className={styles.number}>{formatNumber(point.count)}</td>
                  <td className={styles.number}>{point.low === point.high ? 'exact' : `${formatNumber(point.low)} – ${formatNumber(point.high)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  )
}
