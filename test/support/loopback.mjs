// What every loopback stand-in shares: an HTTP server on a free port of 127.0.0.1, started and
// stopped the same way. A stand-in extends it and implements handle(req, res).
import http from 'node:http'

export class LoopbackServer {
  get url() {
    return `http://127.0.0.1:${this.server.address().port}`
  }

  async start() {
    this.server = http.createServer((req, res) => this.handle(req, res))
    await new Promise((r) => this.server.listen(0, '127.0.0.1', r))
    return this
  }

  async stop() {
    this.server.closeAllConnections?.()
    await new Promise((r) => this.server.close(r))
  }
}
