import { copyFileSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

/** Link errors that mean "this filesystem (or pair of them) cannot link here": copy instead. */
const CANNOT_LINK = new Set(['EXDEV', 'EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'EMLINK'])

/**
 * Puts every file under `from` at the same place under `to`, as a hard link where the filesystem
 * allows and a copy where not, replacing a file already there; names `skip` accepts (files or
 * folders, at any depth) are left out. A link is only as good as a copy while nobody rewrites
 * `from` in place: the stage never does (each part is made in a fresh folder and renamed over the
 * old one, each image written aside and renamed), so `to` keeps what it was given when the stage
 * is remade. After Next's export has written its pages, copying 5,042 staged files cost 4.7 s at
 * 1,000 claims; linking them, 0.13 s.
 * @returns how many files were linked and how many copied.
 */
export function linkTree(from: string, to: string, skip: (name: string) => boolean = () => false): { linked: number; copied: number } {
  const counts = { linked: 0, copied: 0 }
  let canLink = true
  const visit = (relative: string) => {
    mkdirSync(path.join(to, relative), { recursive: true })
    for (const entry of readdirSync(path.join(from, relative), { withFileTypes: true })) {
      if (skip(entry.name)) continue
      const name = path.join(relative, entry.name)
      if (entry.isDirectory()) {
        visit(name)
        continue
      }
      const source = path.join(from, name)
      const target = path.join(to, name)
      rmSync(target, { force: true })
      if (canLink) {
        try {
          linkSync(source, target)
          counts.linked++
          continue
        } catch (error) {
          if (!CANNOT_LINK.has((error as NodeJS.ErrnoException).code ?? '')) throw error
          canLink = false
        }
      }
      copyFileSync(source, target)
      counts.copied++
    }
  }
  visit('')
  return counts
}
