import { cpSync } from 'node:fs'
import path from 'node:path'
import { publishStaticPages } from './export-pages'
import { verifyPermalinks } from './permalinks'
import { fingerprint, INTERNAL, isStageFresh, PART_NAMES, STAGE_DIR, STAMP } from './stage'

/** `claims export [--out DIR]`: the downloads beside the static pages, then the published-page checks. */
export async function runExportCommand(args: readonly string[]): Promise<number> {
  const option = (name: string, fallback: string) => {
    const index = args.indexOf(name)
    return path.resolve(index >= 0 ? (args[index + 1] ?? fallback) : fallback)
  }
  const outDir = option('--out', 'out')
  const stageDir = option('--stage', STAGE_DIR)
  const stamp = fingerprint()
  for (const part of PART_NAMES) {
    if (!isStageFresh(stageDir, part, stamp)) {
      console.log(`${path.relative(process.cwd(), path.join(stageDir, part))}/ is missing or older than the content; making it now`)
      // The staging code (checks, citeproc, the image renderer) loads only when a part must be remade.
      const { stage } = await import('./prepare')
      if (!(await stage(stageDir, part))) return 1
    }
    cpSync(path.join(stageDir, part), outDir, { recursive: true, filter: (source) => ![STAMP, INTERNAL].includes(path.basename(source)) })
  }
  const where = path.relative(process.cwd(), outDir) || '.'
  const published = publishStaticPages(outDir)
  console.log(`Copied the downloads into ${where}; stripped the framework runtime from ${published.pages} pages; removed ${published.payloads} client-navigation payloads`)
  const broken = verifyPermalinks(outDir)
  if (broken.length > 0) {
    console.error(`Broken permalinks: ${broken.length} published address(es) in permalinks.txt no longer resolve in ${where}:`)
    for (const entry of broken) console.error(`  ${entry}`)
    console.error('Restore the claim, or give the claim that replaced it an alias (aliases: [old-id]).')
    return 1
  }
  return 0
}
