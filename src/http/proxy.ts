// Proxies, exactly as the Actions toolkit applies them (@actions/http-client: HTTPS_PROXY or
// HTTP_PROXY by the target's scheme, lower case first; NO_PROXY and loopback bypass; a
// CONNECT tunnel). Loaded by the transport only when a proxy variable is set.
import { HttpClient, getProxyUrl } from '@actions/http-client'
import type { Agent } from 'node:http'

// One client per target scheme and proxy: a client keeps a single tunnelling agent, made
// for the first URL it saw.
const clients = new Map<string, HttpClient>()

/** The tunnelling agent for a URL that goes through a proxy; undefined when it is bypassed. */
export function proxyAgent(url: URL): Agent | undefined {
  const proxy = getProxyUrl(url.href)
  if (!proxy) return undefined
  const key = `${url.protocol} ${proxy}`
  let client = clients.get(key)
  if (!client) {
    client = new HttpClient('incident-ops', [], { keepAlive: true })
    clients.set(key, client)
  }
  return client.getAgent(url.href)
}
