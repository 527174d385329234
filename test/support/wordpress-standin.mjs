// A small stand-in for the WordPress REST API (posts, tags, comments), for the benchmark (so
// PHP's speed is not measured) and for the sandbox where no real WordPress can start. The
// tests use a real WordPress. It answers the routes the action and the sandbox use, in
// WordPress's shapes: raw and rendered title and content, tags as ids, comments per post.
import http from 'node:http'

/** latency: milliseconds every request waits before it is answered (settable later on the result). */
export async function startWordPressStandIn({ latency = 0 } = {}) {
  const sites = {}
  const servers = []
  const standIn = { sites, latency, stop: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))) }
  for (const name of ['p2', 'make']) {
    const db = { posts: [], tags: [], comments: [], requests: 0 }
    const link = (post) => `${sites[name].url}/${post.slug}/`
    const postJson = (p) => ({ id: p.id, link: link(p), slug: p.slug, status: p.status, sticky: Boolean(p.sticky), tags: p.tags ?? [], title: { raw: p.title, rendered: p.title }, content: { raw: p.content, rendered: p.content } })
    const commentJson = (c) => ({ id: c.id, post: c.post, content: { raw: c.content, rendered: c.content } })
    const server = http.createServer(async (req, res) => {
      if (standIn.latency) await new Promise((r) => setTimeout(r, standIn.latency))
      db.requests++
      const chunks = []
      for await (const c of req) chunks.push(c)
      const send = (status, data) => {
        res.writeHead(status, { 'content-type': 'application/json' })
        res.end(JSON.stringify(data))
      }
      let body = {}
      try {
        if (chunks.length) body = JSON.parse(Buffer.concat(chunks).toString())
      } catch {
        return send(400, { code: 'rest_invalid_json', message: 'Invalid JSON body passed.' })
      }
      const url = new URL(req.url, 'http://x')
      const route = `${req.method} ${url.pathname.replace(/^\/wp-json\/wp\/v2/, '')}`
      const list = (key) => (url.searchParams.get(key) ?? '').split(',').filter(Boolean)
      const byId = (items, id) => items.find((item) => item.id === Number(id))
      let m
      if (route === 'GET /tags') {
        const slugs = list('slug')
        const ids = list('include').map(Number)
        // WordPress orders terms by name.
        return send(200, db.tags.filter((t) => slugs.includes(t.slug) || ids.includes(t.id)).sort((a, b) => a.name.localeCompare(b.name)))
      }
      if (route === 'POST /tags') {
        const existing = db.tags.find((t) => t.slug === body.slug)
        if (existing) return send(400, { code: 'term_exists', message: 'A term with the name provided already exists.', data: { status: 400, term_id: existing.id } })
        const tag = { id: db.tags.length + 1, name: body.name, slug: body.slug }
        db.tags.push(tag)
        return send(201, tag)
      }
      if (route === 'GET /users/me') return send(200, { id: 1, name: 'incident-bot', roles: ['editor'], capabilities: { publish_posts: true, edit_published_posts: true, manage_categories: true, moderate_comments: true } })
      if (route === 'GET /posts') return send(200, db.posts.filter((p) => !url.searchParams.has('slug') || p.slug === url.searchParams.get('slug')).map(postJson))
      if (route === 'POST /posts') {
        const post = { id: db.posts.length + 1, status: 'draft', ...body }
        db.posts.push(post)
        return send(201, postJson(post))
      }
      if ((m = /^(GET|POST) \/posts\/(\d+)$/.exec(route))) {
        const post = byId(db.posts, m[2])
        if (!post) return send(404, { code: 'rest_post_invalid_id', message: 'Invalid post ID.' })
        if (m[1] === 'POST') Object.assign(post, body)
        return send(200, postJson(post))
      }
      if (route === 'GET /comments') return send(200, db.comments.filter((c) => !url.searchParams.has('post') || c.post === Number(url.searchParams.get('post'))).map(commentJson))
      if (route === 'POST /comments') {
        if (!byId(db.posts, body.post)) return send(403, { code: 'rest_comment_invalid_post_id', message: 'Sorry, you are not allowed to create this comment without a post.' })
        const comment = { id: db.comments.length + 1, post: Number(body.post), content: body.content }
        db.comments.push(comment)
        return send(201, commentJson(comment))
      }
      if ((m = /^(GET|POST) \/comments\/(\d+)$/.exec(route))) {
        const comment = byId(db.comments, m[2])
        if (!comment) return send(404, { code: 'rest_comment_invalid_id', message: 'Invalid comment ID.' })
        if (m[1] === 'POST' && body.content !== undefined) comment.content = body.content
        return send(200, commentJson(comment))
      }
      send(404, { code: 'rest_no_route', message: 'No route was found matching the URL and request method.' })
    })
    await new Promise((r) => server.listen(0, '127.0.0.1', r))
    const url = `http://127.0.0.1:${server.address().port}`
    sites[name] = { url, apiUrl: `${url}/wp-json/wp/v2`, username: 'incident-bot', password: 'stand-in', db }
    servers.push(server)
  }
  return standIn
}
