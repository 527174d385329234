export interface Site { url: string; apiUrl: string; username: string; password: string }
export declare function wordpressAvailable(): boolean
export declare function startWordPress(options?: { log?: (message: string) => void }): Promise<{ sites: Record<'p2' | 'make', Site>; stop: () => Promise<void> }>
