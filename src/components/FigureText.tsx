import type { Figure } from '@/core/content/schema'

/** A figure as the article writes it, hedge first: "about 3,200". */
export function FigureText({ figure }: { figure: Pick<Figure, 'hedge' | 'written'> }) {
  return (
    <>
      {figure.hedge ? <span className="hedge">{figure.hedge} </span> : null}
      <span className="figure-written">{figure.written}</span>
    </>
  )
}
