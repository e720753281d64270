// citation-js ships no type declarations; these cover the calls src/core/citation makes.
declare module '@citation-js/core' {
  export interface CslDate {
    'date-parts': [number, number?, number?][]
  }
  export type CslItem = Record<string, unknown> & { id: string; type: string }
  export class Cite {
    constructor(data?: unknown, options?: Record<string, unknown>)
    static async(data: unknown): Promise<Cite>
    data: CslItem[]
    format(format: string, options?: Record<string, unknown>): string
  }
  export const plugins: {
    config: { get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean; get(name: string): string | undefined } } }
    input: { chain(data: unknown, options?: Record<string, unknown>): CslItem[] }
    /** `asEntryArray: true` makes a bibliography `[id, text][]` instead of one string. */
    output: { format(name: string, data: readonly CslItem[], options?: Record<string, unknown>): unknown }
  }
}
declare module '@citation-js/plugin-csl'
declare module '@citation-js/plugin-bibtex'
declare module '@citation-js/plugin-ris'
