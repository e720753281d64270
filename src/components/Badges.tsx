import { AXES, AXIS_NAMES, type AxisName, type AxisValue, type Axes } from '@/core/check/axes'
import { CHECK_KIND_LABELS, type CheckKind } from '@/core/check/kind'
import { STATUS_LABELS, type CheckStatus } from '@/core/check/status'
import styles from './Badges.module.css'

/** One axis of a verdict: its name, then its value, coloured by the value. */
export function AxisBadge({ axis, value }: { axis: AxisName; value: AxisValue }) {
  return (
    <span className={styles.badge} data-axis={axis} data-value={value.id}>
      <span className={styles.axisName}>{AXES[axis].name}</span> {value.label}
    </span>
  )
}

/** The three axes side by side, never merged into one grade. */
export function AxesBadges({ axes }: { axes: Axes }) {
  return (
    <span className={styles.axes}>
      {AXIS_NAMES.map((axis) => (
        <AxisBadge key={axis} axis={axis} value={axes[axis]} />
      ))}
    </span>
  )
}

export function StatusBadge({ status }: { status: CheckStatus }) {
  return (
    <span className={styles.badge} data-status={status}>
      {STATUS_LABELS[status].label}
    </span>
  )
}

export function KindBadge({ kind }: { kind: CheckKind }) {
  return (
    <span className={styles.badge} data-kind={kind} title={CHECK_KIND_LABELS[kind].meaning}>
      {CHECK_KIND_LABELS[kind].label}
    </span>
  )
}
