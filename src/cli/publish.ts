import path from 'node:path'
import { parseCommandArgs } from './args'
import { publishStaticPages, stagedScriptHashes, writeHeadersFile } from './publish-pages'
import { linkTree } from './link-tree'
import { verifyPermalinks } from './permalinks'
import { DRAWING, fingerprint, INTERNAL, isStageFresh, STAGE_DIR, STAMP, type Part } from './stage-dir'

/** `claims publish [--out DIR] [--stage DIR]`: step 3 of the build (see {@link publish}). */
export async function runPublishCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs('publish', args, { options: { out: { type: 'string', default: 'out' }, stage: { type: 'string', default: STAGE_DIR } } })
  return (await publish(path.resolve(values.out), path.resolve(values.stage))) ? 0 : 1
}

/**
 * Finishes Next's static export in `outDir` for publication: the staged downloads and social images
 * beside the pages, the framework runtime stripped, the security headers written, then every
 * permalink checked. False on a failure (printed).
 */
export async function publish(outDir: string, stageDir: string): Promise<boolean> {
  const where = (dir: string) => path.relative(process.cwd(), dir) || '.'
  const stamp = fingerprint()
  // Linked, not copied (see linkTree): the stage is never rewritten in place.
  const unpublished = (name: string) => [STAMP, DRAWING, INTERNAL].includes(name)
  const publishPart = (part: Part) => linkTree(path.join(stageDir, part), outDir, unpublished)

  if (!isStageFresh(stageDir, 'downloads', stamp)) {
    console.log(`${where(path.join(stageDir, 'downloads'))}/ is missing or older than the content; making it now`)
    // The staging code (checks, citeproc) loads only when the downloads must be remade.
    const { stageDownloads } = await import('./prepare')
    if (!(await stageDownloads(stageDir))) return false
  }
  // The images are drawn by child processes while this one publishes the pages: neither waits on
  // the other, and drawing them here, after Next, keeps them out of Next's peak memory.
  const imagesDrawn = isStageFresh(stageDir, 'images', stamp) ? Promise.resolve(true) : (await import('./social')).drawImagesStage(stageDir, stamp)

  // Next's pages first, so that stripping them never reads (or writes through a link into) the stage.
  const published = publishStaticPages(outDir)
  publishPart('downloads')
  writeHeadersFile(outDir, [...published.scriptHashes, ...stagedScriptHashes(path.join(stageDir, 'downloads'), unpublished)])
  console.log(`Put the downloads into ${where(outDir)}; stripped the framework runtime from ${published.pages} pages; removed ${published.payloads} client-navigation payloads`)
  if (!(await imagesDrawn)) {
    console.error(`Social images: a drawing process failed (above); ${where(path.join(stageDir, 'images'))}/ is incomplete`)
    return false
  }
  publishPart('images')
  console.log(`Put the social images into ${where(outDir)}`)
  const broken = verifyPermalinks(outDir)
  if (broken.length > 0) {
    console.error(`Broken permalinks: ${broken.length} published address(es) in permalinks.txt no longer resolve in ${where(outDir)}:`)
    for (const entry of broken) console.error(`  ${entry}`)
    console.error('Restore the claim, or give the claim that replaced it an alias (aliases: [old-id]).')
    return false
  }
  return true
}
