// A small stand-in for the WordPress REST API (posts, tags, comments), used by the sandbox
// only where a real WordPress cannot run. The tests always use the real one.
import http from 'node:http'

/** latency: milliseconds every request waits before it is answered (settable later on the result). */
export async function startWordPressStandIn({ latency = 0 } = {}) {
  const sites = {}
  const servers = []
  const standIn = { sites, latency, stop: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))) }
  for (const name of ['p2', 'make']) {
    const db = { posts: [], tags: [], comments: [], requests: 0 }
    const server = http.createServer(async (req, res) => {
      if (standIn.latency) await new Promise((r) => setTimeout(r, standIn.latency))
      db.requests++
      const chunks = []
      for await (const c of req) chunks.push(c)
      const body = chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {}
      const url = new URL(req.url, 'http://x')
      const route = url.pathname.replace(/^\/wp-json\/wp\/v2/, '')
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      const link = (p) => `${sites[name].url}/${p.slug}/`
      let m
      if (route === '/tags' && req.method === 'GET') {
        const slugs = (url.searchParams.get('slug') ?? '').split(',')
        return send(200, db.tags.filter((t) => slugs.includes(t.slug)))
      }
      if (route === '/tags') {
        const tag = { id: db.tags.length + 1, name: body.name, slug: body.slug }
        db.tags.push(tag)
        return send(201, tag)
      }
      if (route === '/users/me') return send(200, { id: 1, name: 'incident-bot', roles: ['editor'], capabilities: { publish_posts: true, edit_published_posts: true, manage_categories: true, moderate_comments: true } })
      if (route === '/posts' && req.method === 'GET') return send(200, db.posts.filter((p) => p.slug === url.searchParams.get('slug')).map((p) => ({ id: p.id, link: link(p) })))
      if (route === '/posts') {
        const post = { id: db.posts.length + 1, ...body }
        db.posts.push(post)
        return send(201, { id: post.id, link: link(post) })
      }
      if ((m = /^\/posts\/(\d+)$/.exec(route))) {
        const post = db.posts.find((p) => p.id === Number(m[1]))
        Object.assign(post, body)
        return send(200, { id: post.id, link: link(post) })
      }
      if (route === '/comments') {
        const comment = { id: db.comments.length + 1, ...body }
        db.comments.push(comment)
        return send(201, comment)
      }
      if ((m = /^\/comments\/(\d+)$/.exec(route))) {
        Object.assign(db.comments.find((c) => c.id === Number(m[1])), body)
        return send(200, {})
      }
      send(404, { code: 'rest_no_route' })
    })
    await new Promise((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${server.address().port}`
    sites[name] = { url, apiUrl: `${url}/wp-json/wp/v2`, username: 'incident-bot', password: 'stand-in', db }
    servers.push(server)
  }
  return standIn
}
