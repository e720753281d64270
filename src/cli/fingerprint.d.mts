export declare function fingerprintFiles(root: string, entries: readonly string[], options?: { readonly skip?: readonly string[]; readonly settings?: string }): string
export declare function readStamp(stampFile: string): string | undefined
export declare function writeStamp(stampFile: string, fingerprint: string): void
export declare function isCurrent(stampFile: string, fingerprint: string): boolean
