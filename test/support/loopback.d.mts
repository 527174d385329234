import type { IncomingMessage, Server, ServerResponse } from 'node:http'
export declare class LoopbackServer {
  server: Server
  /** The server's base address. */
  readonly url: string
  start(): Promise<this>
  stop(): Promise<void>
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>
}
