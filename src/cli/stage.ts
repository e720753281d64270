import os from 'node:os'
import path from 'node:path'
import { parseCommandArgs } from './args'
import { bundleBrowserScripts } from './bundle'
import { spawnCli, spawnContentlayer, type Lane } from './processes'
import { openImagesStage } from './social'
import { CARDS_STAGED, fingerprint, STAGE_DIR } from './stage-dir'

/** A lane of the stage: a child process, or work in this one (the bundler), which ends on its own. */
type Step = Lane | Pick<Lane, 'name' | 'exited'>

/**
 * Makes everything `next build` reads, into the stage and `.contentlayer/`: `claims prepare`
 * (validation, checks, downloads, the pages' data; a child process, see ./processes.ts),
 * `contentlayer2 build` (the MDX) and the browser scripts (esbuild, from this process), side by
 * side on the two cores. Nothing compiles before the content is checked: a body is contributed
 * text, and Contentlayer compiles it into code that the pages run, so Contentlayer and the bundler
 * start only once prepare says the content passed (its cards message, sent right after the check;
 * see src/core/content/body.ts). From then a lowest-priority process draws social images with
 * whatever CPU the lanes leave, until they finish; publishing draws the rest. The images stop
 * before Next starts so that they never add to its peak memory. False when a lane failed (its
 * errors are printed).
 */
export async function stage(stageDir = path.resolve(STAGE_DIR)): Promise<boolean> {
  const prepare = spawnCli(['prepare'], { ipc: true })
  const lanes: Step[] = []
  let images: Lane | undefined

  // The first lane to fail stops the others: its errors are the ones to read.
  const failed = await new Promise<Step | undefined>((resolve) => {
    let running = 0
    const follow = (lane: Step) => {
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
      follow(spawnContentlayer())
      const bundled = bundleBrowserScripts().then(
        () => 0,
        (error: unknown) => (console.error(error instanceof Error ? error.message : error), 1),
      )
      follow({ name: 'bundling the browser scripts', exited: bundled })
      try {
        openImagesStage(stageDir, fingerprint())
        images = spawnCli(['social', '--stage', stageDir, '--shard', '0/1'])
        // Contentlayer and prepare are what the step waits for: the images take only what they leave.
        if (images.child.pid) os.setPriority(images.child.pid, 19)
      } catch (error) {
        // Drawing early is only a head start (publishing draws what is missing): say why, go on.
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
  for (const lane of [...lanes, images]) {
    const child = lane && 'child' in lane ? (lane as Lane).child : undefined
    if (child && child.exitCode === null) child.kill('SIGTERM')
  }
  if (images) await images.exited
  if (failed) {
    console.error(`claims stage: ${failed.name} failed (above)${failed === prepare && lanes.length === 1 ? '; nothing was compiled' : ''}`)
    return false
  }
  return true
}

/** `claims stage`: step 1 of the build (see {@link stage}). */
export async function runStageCommand(args: readonly string[]): Promise<number> {
  parseCommandArgs('stage', args, {})
  return (await stage()) ? 0 : 1
}
