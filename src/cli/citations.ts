import type { CitationJob } from '@/content/format-citations'
import type { FormattedCitation } from '@/core/citation'
import { parseCommandArgs } from './args'
import { spawnCli } from './processes'

type Citations = Record<string, FormattedCitation[]>

export interface CitationFormatter {
  /** Hands the records over; resolves once they are written, so that the caller's work can go on meanwhile. */
  send(jobs: readonly CitationJob[]): Promise<void>
  /** The formatted citations, once sent. */
  readonly answer: Promise<Citations>
  stop(): void
}

/**
 * A `claims citations` child process that formats the citations: citeproc is most of prepare's
 * work (11 s of 17 at 1,000 claims), and in a process of its own it runs beside the rest of prepare
 * (on whatever core Contentlayer leaves) instead of after it. Started before the content is read,
 * so that its start-up (citeproc's modules) overlaps that too.
 */
export function startCitationFormatter(): CitationFormatter {
  const { child } = spawnCli(['citations'], { ipc: true })
  const answer = new Promise<Citations>((resolve, reject) => {
    let citations: Citations | undefined
    child.once('message', (message) => (citations = message as Citations))
    child.once('error', reject)
    // 'close' comes after the channel has delivered everything, unlike 'exit'.
    child.once('close', (code, signal) => {
      if (code === 0 && citations) resolve(citations)
      else reject(new Error(`claims citations: ${signal ? `stopped by ${signal}` : `exited with code ${code}`}${citations ? '' : ' before answering'} (its errors are above)`))
    })
  })
  // Awaited by whoever sends; without this, a failure before then would be "unhandled".
  answer.catch(() => {})
  return {
    // Written while this process waits: a message queued behind synchronous work would reach the
    // child only when that work is done.
    send: (jobs) => new Promise((resolve, reject) => child.send(jobs, (error) => (error ? reject(error) : resolve()))),
    answer,
    stop: () => void child.kill(),
  }
}

/** `claims citations`: the other end of {@link startCitationFormatter}: warms citeproc, then formats the jobs its parent sends over IPC. */
export async function runCitationsCommand(args: readonly string[]): Promise<number> {
  parseCommandArgs('citations', args, {})
  const send = process.send?.bind(process)
  if (!send) {
    console.error('claims citations: started by claims prepare, which sends it the records to format over IPC; it has no use on its own')
    return 2
  }
  // Listening before anything else, so that jobs sent early are not missed.
  const jobs = new Promise<CitationJob[]>((resolve) => process.once('message', (message) => resolve(message as CitationJob[])))
  const { formatCitationJobs, warmCitationEngines } = await import('@/content/format-citations')
  // While prepare checks the content: citeproc builds each style's engine on first use.
  warmCitationEngines()
  const citations = formatCitationJobs(await jobs)
  return new Promise((resolve) =>
    send(citations, undefined, undefined, (error: Error | null) => {
      process.disconnect()
      resolve(error ? 1 : 0)
    }),
  )
}
