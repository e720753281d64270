import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { parseCommandArgs } from './args'
import { exitCode, openImagesStage, spawnCli } from './social'
import { CARDS_STAGED, fingerprint, STAGE_DIR } from './stage-dir'

interface Lane {
  readonly name: string
  readonly child: ChildProcess
  readonly exited: Promise<number>
}

function contentlayer(): Lane {
  const cli = path.join(path.dirname(createRequire(import.meta.url).resolve('contentlayer2/package.json')), 'bin', 'cli.cjs')
  const child = spawn(process.execPath, [cli, 'build'], { stdio: 'inherit' })
  return { name: 'contentlayer2 build', child, exited: exitCode(child) }
}

function cli(name: string, args: readonly string[], options?: { ipc: boolean }): Lane {
  return { name, ...spawnCli(args, options) }
}

/**
 * `claims stage`: everything `next build` reads: `claims prepare` (validation, checks, downloads,
 * the pages' data), `contentlayer2 build` (the MDX) and `claims bundle` (the browser scripts), each
 * on what it can get of the two cores. Nothing compiles before the content is checked: a body is
 * contributed text, and Contentlayer compiles it into code that the pages run, so Contentlayer and
 * the bundler start only once prepare says the content passed (its cards message, sent right after
 * the check; see src/core/content/body.ts). Once prepare has staged the social cards, a
 * lowest-priority process draws images with whatever CPU the lanes leave until they finish, and the
 * export draws whatever is left. The images stop before Next starts so that they never add to its
 * peak memory.
 */
export async function runStageCommand(args: readonly string[]): Promise<number> {
  parseCommandArgs('stage', args, {})
  const stageDir = path.resolve(STAGE_DIR)
  const prepare = cli('claims prepare', ['prepare'], { ipc: true })
  const lanes: Lane[] = []
  let images: Lane | undefined

  // The first lane to fail stops the others: its errors are the ones to read.
  const failed = await new Promise<Lane | undefined>((resolve) => {
    let running = 0
    const follow = (lane: Lane) => {
      lanes.push(lane)
      running++
      void lane.exited.then((code) => {
        if (code !== 0) resolve(lane)
        else if (--running === 0) resolve(undefined)
      })
    }
    let checked = false
    const compile = () => {
      if (checked) return
      checked = true
      follow(contentlayer())
      follow(cli('claims bundle', ['bundle']))
      try {
        openImagesStage(stageDir, fingerprint())
        images = cli('claims social', ['social', '--stage', stageDir, '--shard', '0/1'])
        // Contentlayer and prepare are what the step waits for: the images take only what they leave.
        if (images.child.pid) os.setPriority(images.child.pid, 19)
      } catch (error) {
        // Drawing early is only a head start (the export draws what is missing): say why, go on.
        console.error(`claims stage: no social images drawn early (${(error as Error).message})`)
      }
    }
    prepare.child.once('message', (message) => {
      if (message === CARDS_STAGED) compile()
    })
    // Prepare exits 0 only on valid content; should its message come after its exit, start then.
    void prepare.exited.then((code) => code === 0 && compile())
    follow(prepare)
  })
  for (const lane of [...lanes, images]) if (lane && lane.child.exitCode === null) lane.child.kill('SIGTERM')
  if (images) await images.exited
  if (failed) {
    console.error(`claims stage: ${failed.name} failed (above)${failed === prepare && lanes.length === 1 ? '; nothing was compiled' : ''}`)
    return 1
  }
  return 0
}
