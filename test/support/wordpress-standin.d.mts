export interface StandInSite { url: string; apiUrl: string; username: string; password: string; db: { posts: Array<{ id: number; tags: number[] }>; tags: Array<{ id: number; name: string }> } }
export declare function startWordPressStandIn(options?: { latency?: number }): Promise<{ sites: Record<'p2' | 'make', StandInSite>; latency: number; stop(): Promise<unknown> }>
