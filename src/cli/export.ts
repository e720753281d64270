import path from 'node:path'
import { parseCommandArgs } from './args'
import { publishStaticPages, stagedScriptHashes, writeHeadersFile } from './export-pages'
import { linkTree } from './link-tree'
import { verifyPermalinks } from './permalinks'
import { DRAWING, fingerprint, INTERNAL, isStageFresh, STAGE_DIR, STAMP, type Part } from './stage-dir'

/** `claims export [--out DIR] [--stage DIR]`: the staged files beside the static pages, then the published-page checks. */
export async function runExportCommand(args: readonly string[]): Promise<number> {
  const { values } = parseCommandArgs('export', args, { options: { out: { type: 'string', default: 'out' }, stage: { type: 'string', default: STAGE_DIR } } })
  const outDir = path.resolve(values.out)
  const stageDir = path.resolve(values.stage)
  const where = (dir: string) => path.relative(process.cwd(), dir) || '.'
  const stamp = fingerprint()
  // Linked, not copied (see linkTree): the stage is never rewritten in place.
  const unpublished = (name: string) => [STAMP, DRAWING, INTERNAL].includes(name)
  const publishPart = (part: Part) => linkTree(path.join(stageDir, part), outDir, unpublished)

  if (!isStageFresh(stageDir, 'downloads', stamp)) {
    console.log(`${where(path.join(stageDir, 'downloads'))}/ is missing or older than the content; making it now`)
    // The staging code (checks, citeproc) loads only when the downloads must be remade.
    const { stageDownloads } = await import('./prepare')
    if (!(await stageDownloads(stageDir))) return 1
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
    return 1
  }
  publishPart('images')
  console.log(`Put the social images into ${where(outDir)}`)
  const broken = verifyPermalinks(outDir)
  if (broken.length > 0) {
    console.error(`Broken permalinks: ${broken.length} published address(es) in permalinks.txt no longer resolve in ${where(outDir)}:`)
    for (const entry of broken) console.error(`  ${entry}`)
    console.error('Restore the claim, or give the claim that replaced it an alias (aliases: [old-id]).')
    return 1
  }
  return 0
}
