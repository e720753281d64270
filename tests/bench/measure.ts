import { spawn } from 'node:child_process'
import { createWriteStream, readdirSync, readFileSync, rmSync } from 'node:fs'

/** Wall time and peak memory of one command and every process it started. */
export interface Measurement {
  readonly command: string
  readonly seconds: number
  /** Highest sum of resident set sizes over the process tree, in bytes, sampled every `intervalMs`. */
  readonly peakBytes: number
  /** The most processes alive in the tree at one sample. */
  readonly peakProcesses: number
  /** CPU seconds used by the command's processes (those it waited for). */
  readonly cpuSeconds: number
  /**
   * Cores kept busy by everything else on the machine during the step, on average: the whole
   * system's busy CPU time minus the command's and this benchmark's, over the wall time. Well above
   * 0 means other work competed for the CPUs and the timing is inflated.
   */
  readonly otherCores: number
  readonly exitCode: number | null
  readonly signal: NodeJS.Signals | null
  /** The last lines of stdout and stderr, for failures. */
  readonly tail: string
}

const PAGE_SIZE = 4096
/** Clock ticks per second of /proc times (USER_HZ), 100 on Linux. */
const TICKS = 100

/** Busy CPU seconds of the whole machine since boot (all but idle and iowait), from /proc/stat. */
function systemBusySeconds(): number {
  const fields = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal (guest time is already counted in user)
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = fields
  return (user + nice + system + irq + softirq + steal) / TICKS
}

function ownCpuSeconds(): number {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1e6
}

/** utime + stime + cutime + cstime, in seconds, from a /proc/<pid>/stat line. */
function cpuSecondsOfStat(text: string): number {
  const fields = text
    .slice(text.lastIndexOf(')') + 2)
    .trim()
    .split(' ')
  return [11, 12, 13, 14].reduce((total, index) => total + Number(fields[index] ?? 0), 0) / TICKS
}

interface ProcStat {
  readonly pid: number
  readonly ppid: number
  readonly pgrp: number
  readonly rssBytes: number
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name (field 2) may hold spaces and parentheses; the other fields follow the last ')'.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    // After the name: state(3) ppid(4) pgrp(5) … rss(24), so field n is at index n - 3.
    return { pid: Number(pid), ppid: Number(fields[1]), pgrp: Number(fields[2]), rssBytes: Number(fields[21]) * PAGE_SIZE }
  } catch {
    return undefined // the process ended between readdir and read
  }
}

/** Sum of RSS over `root`, its descendants and anything left in its process group. */
export function treeMemory(root: number): { bytes: number; processes: number } {
  const stats: ProcStat[] = []
  for (const entry of readdirSync('/proc')) {
    if (entry.charCodeAt(0) < 48 || entry.charCodeAt(0) > 57) continue
    const stat = readStat(entry)
    if (stat) stats.push(stat)
  }
  const children = new Map<number, ProcStat[]>()
  for (const stat of stats) {
    const siblings = children.get(stat.ppid)
    if (siblings) siblings.push(stat)
    else children.set(stat.ppid, [stat])
  }
  const inTree = new Set<number>()
  const stack = stats.filter((stat) => stat.pid === root || stat.pgrp === root)
  let bytes = 0
  while (stack.length > 0) {
    const stat = stack.pop() as ProcStat
    if (inTree.has(stat.pid)) continue
    inTree.add(stat.pid)
    bytes += stat.rssBytes
    stack.push(...(children.get(stat.pid) ?? []))
  }
  return { bytes, processes: inTree.size }
}

const TAIL_LINES = 60

/** Process groups of the commands running now, so that an interrupted benchmark can stop them. */
const running = new Set<number>()

/** Kills every command still running (their whole process groups). */
export function killRunning(): void {
  for (const group of running) {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  running.clear()
}

/**
 * Runs `command` with `sh -c` in its own process group, logging its output to `logFile`, and
 * samples the memory of the whole process tree (Next's build workers included) every `intervalMs`.
 */
export function measureCommand(command: string, options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; intervalMs?: number; timeoutMs?: number }): Promise<Measurement> {
  const { cwd, env, logFile, intervalMs = 200, timeoutMs = 60 * 60 * 1000 } = options
  return new Promise((resolve, reject) => {
    const log = createWriteStream(logFile, { flags: 'a' })
    log.write(`$ ${command}\n`)
    const recent: string[] = []
    const keep = (chunk: Buffer) => {
      log.write(chunk)
      recent.push(...chunk.toString('utf8').split('\n'))
      if (recent.length > TAIL_LINES * 4) recent.splice(0, recent.length - TAIL_LINES)
    }
    // After the command, the shell's cutime/cstime hold the CPU time of every process it waited for.
    const statFile = `${logFile}.${Date.now()}.stat`
    const script = `${command}\nstatus=$?\ncat /proc/$$/stat > '${statFile}'\nexit $status`
    const started = performance.now()
    const busyBefore = systemBusySeconds()
    const ownBefore = ownCpuSeconds()
    const child = spawn('sh', ['-c', script], { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] })
    const pid = child.pid
    if (pid === undefined) {
      reject(new Error(`could not start: ${command}`))
      return
    }
    running.add(pid)
    let peakBytes = 0
    let peakProcesses = 0
    const sample = () => {
      const { bytes, processes } = treeMemory(pid)
      peakBytes = Math.max(peakBytes, bytes)
      peakProcesses = Math.max(peakProcesses, processes)
    }
    sample()
    const timer = setInterval(sample, intervalMs)
    const timeout = setTimeout(() => {
      recent.push(`(killed after ${timeoutMs / 1000} s)`)
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }, timeoutMs)
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => {
      running.delete(pid)
      clearInterval(timer)
      clearTimeout(timeout)
      log.end()
      reject(error)
    })
    child.on('close', (exitCode, signal) => {
      const seconds = (performance.now() - started) / 1000
      const busy = systemBusySeconds() - busyBefore
      const own = ownCpuSeconds() - ownBefore
      let cpuSeconds = 0
      try {
        cpuSeconds = cpuSecondsOfStat(readFileSync(statFile, 'utf8'))
        rmSync(statFile, { force: true })
      } catch {
        // killed before the shell could write it
      }
      const otherCores = Math.max(0, (busy - cpuSeconds - own) / seconds)
      running.delete(pid)
      clearInterval(timer)
      clearTimeout(timeout)
      // Anything the command left running in its group is not part of the next step.
      try {
        process.kill(-pid, 'SIGKILL')
      } catch {
        // the group is empty, as it should be
      }
      log.end(() => resolve({ command, seconds, peakBytes, peakProcesses, cpuSeconds, otherCores, exitCode, signal, tail: recent.slice(-TAIL_LINES).join('\n') }))
    })
  })
}
