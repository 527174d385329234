export interface Server { pid: number; exited(): number | string | null; output(): string; stop(): Promise<void> }
export declare function startServer(command: string, args: string[], options: { env?: NodeJS.ProcessEnv; logFile: string }): Promise<Server>
export declare function removeOnExit(dir: string): string
export declare function removeFolder(dir: string): void
