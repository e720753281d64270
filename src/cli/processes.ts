import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

// Every process the build starts is started here. Each is one a measurement justified (see
// README, "How the build works"): Contentlayer and Next are programs of their own; citeproc's
// start-up overlaps prepare's; prepare runs apart from the build's own process so that its ledger
// is freed before Next starts, not held beside Next's peak; images are drawn a process per core
// (JPEG encoding is single-threaded), the early ones at the lowest priority.

/** A started process, what to call it in an error, and its exit code once it ends. */
export interface Lane {
  readonly name: string
  readonly child: ChildProcess
  readonly exited: Promise<number>
}

/**
 * The CLI's entry beside this module: the compiled `index.mjs` in the launcher's build folder (every
 * chunk of one build sits in one folder), or `index.ts` when the sources run under a loader (tsx).
 * A child so started runs the same build of the CLI as its parent.
 */
const CLI_ENTRY = fileURLToPath(new URL(import.meta.url.endsWith('.ts') ? './index.ts' : './index.mjs', import.meta.url))

/** The exit code of a child; a child ended by a signal counts as failed. */
export function exitCode(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

function lane(name: string, child: ChildProcess): Lane {
  return { name, child, exited: exitCode(child) }
}

/** A `claims` command in a child process, under the same loader as this one; `ipc` opens a message channel to it. */
export function spawnCli(args: readonly string[], { ipc = false } = {}): Lane {
  const child = spawn(process.execPath, [...process.execArgv, CLI_ENTRY, ...args], {
    stdio: ipc ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
    // Structured clone rather than JSON: a batch of citations is megabytes of strings.
    serialization: ipc ? 'advanced' : 'json',
  })
  return lane(`claims ${args[0] ?? ''}`.trim(), child)
}

/** A package's own command-line script, run with this Node. */
function packageBin(name: string, bin: string): string {
  return path.join(path.dirname(createRequire(import.meta.url).resolve(`${name}/package.json`)), bin)
}

/** `contentlayer2 build`: the MDX bodies compiled into .contentlayer/. */
export function spawnContentlayer(): Lane {
  return lane('contentlayer2 build', spawn(process.execPath, [packageBin('contentlayer2', 'bin/cli.cjs'), 'build'], { stdio: 'inherit' }))
}

/**
 * `next build`: the static export into out/. Telemetry off: it would otherwise start git twice (for
 * a project id) and post to the network, neither of which a build of this site needs.
 */
export function spawnNextBuild(): Lane {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
  return lane('next build', spawn(process.execPath, [packageBin('next', 'dist/bin/next'), 'build'], { stdio: 'inherit', env }))
}
