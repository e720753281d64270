import type { ComponentProps } from 'react'
import { getMDXComponent } from 'next-contentlayer2/hooks'
import { EXTERNAL_LINK_REL, isExternalHref, isSafeUrl } from '@/core/content/url'

// The content check refuses a body link to anything but http(s) or a site path; should one reach a
// page anyway, it is shown as text, never as a link.
function BodyLink({ href = '', children, ...props }: ComponentProps<'a'>) {
  if (!isSafeUrl(href, { sitePaths: true })) return <span>{children}</span>
  return (
    <a {...props} href={href} rel={isExternalHref(href) ? EXTERNAL_LINK_REL : undefined}>
      {children}
    </a>
  )
}

function BodyImage({ src, alt = '', ...props }: ComponentProps<'img'>) {
  if (typeof src !== 'string' || !isSafeUrl(src, { sitePaths: true })) return <span>{alt}</span>
  return <img {...props} src={src} alt={alt} />
}

const COMPONENTS = { a: BodyLink, img: BodyImage }

/** Renders a Contentlayer-compiled MDX body. Prose only: no custom components are exposed. */
export function Mdx({ code }: { code: string }) {
  const Body = getMDXComponent(code)
  return <Body components={COMPONENTS} />
}
