import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WordPressClient, WordPressError, slugify } from '../../src/wordpress/wordpress.js'

// A loopback server that records what the client sends; the real WordPress is in the e2e suite.
const seen: Array<{ method: string; url: string; auth?: string }> = []
let server: http.Server
let base: string
beforeAll(async () => {
  server = http.createServer((req, res) => {
    seen.push({ method: req.method!, url: req.url!, auth: req.headers.authorization })
    res.writeHead(req.url!.includes('fail') ? 403 : 200, { 'content-type': 'application/json' })
    res.end(req.url!.includes('fail') ? '{"code":"rest_cannot_edit"}' : '[]')
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
})
afterAll(() => new Promise<void>((r) => server.close(() => r())))

describe('the WordPress client', () => {
  it('joins routes to a /wp-json/wp/v2 root', async () => {
    await new WordPressClient(`${base}/wp-json/wp/v2/`, { username: 'bot', password: 'abcd efgh' }).findPostBySlug('x')
    expect(seen.at(-1)).toEqual({ method: 'GET', url: '/wp-json/wp/v2/posts?slug=x&_fields=id%2Clink', auth: `Basic ${Buffer.from('bot:abcdefgh').toString('base64')}` })
  })

  it('puts routes into rest_route for sites without pretty permalinks', async () => {
    await new WordPressClient(`${base}/?rest_route=/wp/v2`, { token: 'tok' }).findPostBySlug('x')
    expect(seen.at(-1)).toEqual({ method: 'GET', url: '/?rest_route=%2Fwp%2Fv2%2Fposts&slug=x&_fields=id%2Clink', auth: 'Bearer tok' })
  })

  it('says what an error means', async () => {
    const error = await new WordPressClient(`${base}/fail`, { token: 't' }).createComment(1, 'x', 'k').catch((e) => e)
    expect(error).toBeInstanceOf(WordPressError)
    expect(error.message).toBe('answered HTTP 403 rest_cannot_edit (the user needs the Editor role)')
    const down = await new WordPressClient('http://127.0.0.1:9/wp-json/wp/v2', { token: 't' }).createComment(1, 'x', 'k').catch((e) => e)
    expect(down.code).toBe('unreachable')
  })

  it('slugs tags the way WordPress does for plain names', () => {
    expect(slugify('status-recorded')).toBe('status-recorded')
    expect(slugify('Severity 1')).toBe('severity-1')
  })
})
