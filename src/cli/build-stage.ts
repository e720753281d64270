import { spawn, type ChildProcess } from 'node:child_process'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { exitCode, openImagesStage, spawnCli } from './social'
import { CARDS_STAGED, fingerprint, STAGE_DIR } from './stage'

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
 * `claims stage`: everything `next build` reads, at once: `claims prepare` (validation, checks,
 * downloads, the pages' data), `contentlayer2 build` (the MDX) and `claims bundle` (the browser
 * scripts), each on what it can get of the two cores. Once prepare has staged the social cards
 * (right after checking the content), a lowest-priority process draws images with whatever CPU the
 * lanes leave until they finish, and the export draws whatever is left. The images stop before
 * Next starts so that they never add to its peak memory.
 */
export async function runStageCommand(): Promise<number> {
  const stageDir = path.resolve(STAGE_DIR)
  const lanes = [cli('claims prepare', ['prepare'], { ipc: true }), contentlayer(), cli('claims bundle', ['bundle'])]
  const [prepare, content] = lanes as [Lane, Lane, Lane]
  let contentDone = false
  void content.exited.then(() => (contentDone = true))

  // Prepare stages the cards as soon as the content is checked, and says so.
  let images: Lane | undefined
  prepare.child.once('message', (message) => {
    if (message !== CARDS_STAGED || contentDone) return
    try {
      openImagesStage(stageDir, fingerprint())
      images = cli('claims social', ['social', '--stage', stageDir, '--shard', '0/1'])
      // Contentlayer and prepare are what the step waits for: the images take only what they leave.
      if (images.child.pid) os.setPriority(images.child.pid, 19)
    } catch (error) {
      // Drawing early is only a head start (the export draws what is missing): say why, go on.
      console.error(`claims stage: no social images drawn early (${(error as Error).message})`)
    }
  })

  // The first lane to fail stops the others: its errors are the ones to read.
  const failed = await new Promise<Lane | undefined>((resolve) => {
    let running = lanes.length
    for (const lane of lanes) {
      void lane.exited.then((code) => {
        if (code !== 0) resolve(lane)
        else if (--running === 0) resolve(undefined)
      })
    }
  })
  for (const lane of [...lanes, images]) if (lane && lane.child.exitCode === null) lane.child.kill('SIGTERM')
  if (images) await images.exited
  if (failed) {
    console.error(`claims stage: ${failed.name} failed (above)`)
    return 1
  }
  return 0
}
