export interface Site { url: string; apiUrl: string; username: string; password: string }
export declare class WordPressUnavailable extends Error {}
export declare function nativeMissing(): string[]
export declare function startWordPress(options?: { log?: (message: string) => void }): Promise<{
  backend: 'native' | 'playground'
  reason: string
  sites: Record<'p2' | 'make', Site>
  stop: () => Promise<void>
}>
export declare function provisionWordPress(options?: { log?: (message: string) => void }): { backend: 'native' | 'playground'; reason: string }
export declare function chooseWordPress(): { backend: 'native' | 'playground'; reason: string }
