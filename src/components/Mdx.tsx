import { getMDXComponent } from 'next-contentlayer2/hooks'

/** Renders a Contentlayer-compiled MDX body. Prose only: no custom components are exposed. */
export function Mdx({ code }: { code: string }) {
  const Body = getMDXComponent(code)
  return <Body />
}
