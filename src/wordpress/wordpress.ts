// A WordPress site through its wp/v2 REST routes: self-hosted (application password over
// HTTP Basic) or WordPress.com (bearer token). The base is the wp/v2 root, either
// `https://site/wp-json/wp/v2` or `https://site/?rest_route=/wp/v2`. Requests go over the
// action's own transport (src/http/transport.ts).
import { fetch, type HttpResponse } from '../http/transport.js'

export interface WordPressAuth {
  username?: string
  password?: string
  token?: string
}

export interface Post {
  id: number
  link: string
}

export class WordPressError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string
  ) {
    super(message)
    this.name = 'WordPressError'
  }
}

export class WordPressClient {
  requests = 0
  private readonly authorization: string

  constructor(
    private readonly base: string,
    auth: WordPressAuth,
    private readonly timeoutMs = 15_000
  ) {
    this.authorization = auth.token
      ? `Bearer ${auth.token}`
      : `Basic ${Buffer.from(`${auth.username ?? ''}:${(auth.password ?? '').replace(/\s+/g, '')}`).toString('base64')}`
  }

  private url(route: string, query: Record<string, string> = {}): string {
    const [path, existing] = this.base.replace(/\/+$/, '').split('?')
    const params = new URLSearchParams(existing)
    // ?rest_route=/wp/v2 style: the route goes into the parameter, not the path.
    if (params.has('rest_route')) params.set('rest_route', `${params.get('rest_route')!.replace(/\/+$/, '')}${route}`)
    for (const [k, v] of Object.entries(query)) params.set(k, v)
    const search = params.toString()
    return `${params.has('rest_route') ? path : `${path}${route}`}${search ? `?${search}` : ''}`
  }

  private async request<T>(method: string, route: string, body?: unknown, query?: Record<string, string>): Promise<T> {
    this.requests++
    let response: HttpResponse
    try {
      response = await fetch(this.url(route, query), {
        method,
        headers: { authorization: this.authorization, 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs)
      })
    } catch (error) {
      throw new WordPressError(0, 'unreachable', `could not be reached (${(error as Error).message})`)
    }
    const text = await response.text()
    let data: unknown
    try {
      data = text ? JSON.parse(text) : undefined
    } catch {
      data = undefined
    }
    if (!response.ok) {
      const err = (data ?? {}) as { code?: string; message?: string; data?: { term_id?: number } }
      const error = new WordPressError(response.status, err.code ?? 'http_error', `answered HTTP ${response.status}${err.code ? ` ${err.code}` : ''}${hintFor(response.status, err.code)}`)
      Object.assign(error, { termId: err.data?.term_id })
      throw error
    }
    if (data === undefined) throw new WordPressError(response.status, 'invalid_json', 'answered with something that is not JSON (is the API URL the wp/v2 root?)')
    return data as T
  }

  /**
   * Tag ids by name: one lookup for `names` and for `alsoLookUp` (tags a later post edit may
   * want: found if they exist, never made), then the missing `names` made side by side.
   * Returns every id found or made, by name, for the caller to keep.
   */
  async tagIds(names: string[], alsoLookUp: string[] = []): Promise<Record<string, number>> {
    const wanted = [...new Set(names)]
    if (!wanted.length) return {}
    const asked = [...new Set([...wanted, ...alsoLookUp])]
    const found = await this.request<Array<{ id: number; slug: string }>>('GET', '/tags', undefined, { slug: asked.map(slugify).join(','), per_page: '100', _fields: 'id,slug' })
    const ids: Record<string, number> = {}
    for (const name of asked) {
      const hit = found.find((t) => t.slug === slugify(name))
      if (hit) ids[name] = hit.id
    }
    await Promise.all(wanted.filter((name) => ids[name] === undefined).map(async (name) => (ids[name] = await this.createTag(name))))
    return ids
  }

  /** Makes a tag; one that exists already (made meanwhile) answers with its id. */
  private async createTag(name: string): Promise<number> {
    try {
      return (await this.request<{ id: number }>('POST', '/tags', { name, slug: slugify(name) })).id
    } catch (error) {
      const termId = (error as { termId?: number }).termId
      if (!termId) throw error
      return termId
    }
  }

  /** The user the credentials belong to, with roles and capabilities (needs context=edit). */
  async me(): Promise<{ id: number; name: string; roles?: string[]; capabilities?: Record<string, boolean> }> {
    return this.request('GET', '/users/me', undefined, { context: 'edit', _fields: 'id,name,roles,capabilities' })
  }

  /** A draft that nobody sees, deleted at once: proves the credentials can write posts. */
  async draftAndDelete(title: string): Promise<void> {
    const draft = await this.request<{ id: number }>('POST', '/posts', { title, content: '', status: 'draft' })
    await this.request('DELETE', `/posts/${draft.id}`, undefined, { force: 'true' })
  }

  async findPostBySlug(slug: string): Promise<Post | undefined> {
    const posts = await this.request<Post[]>('GET', '/posts', undefined, { slug, _fields: 'id,link' })
    return posts[0]
  }

  async createPost(post: { title: string; content: string; tags: number[]; slug: string }): Promise<Post> {
    const created = await this.request<Post>('POST', '/posts', { ...post, status: 'publish' })
    return { id: created.id, link: created.link }
  }

  async updatePost(id: number, post: { title: string; content: string; tags: number[] }): Promise<Post> {
    const updated = await this.request<Post>('POST', `/posts/${id}`, post)
    return { id: updated.id, link: updated.link }
  }

  /**
   * A comment with a key hidden in it. WordPress refuses the same comment twice (409
   * comment_duplicate): that means it is there already, and it is found by its key.
   */
  async createComment(post: number, content: string, key: string): Promise<number> {
    try {
      return (await this.request<{ id: number }>('POST', '/comments', { post, content: `${commentKey(key)}\n${content}` })).id
    } catch (error) {
      if (!(error instanceof WordPressError && error.code === 'comment_duplicate')) throw error
      const found = await this.findComment(post, key)
      if (found === undefined) throw error
      return found
    }
  }

  /** The id of the comment with this key on a post, if there is one. */
  async findComment(post: number, key: string): Promise<number | undefined> {
    const marker = commentKey(key)
    for (let page = 1; page <= 20; page++) {
      const comments = await this.request<Array<{ id: number; content?: { raw?: string; rendered?: string } }>>('GET', '/comments', undefined, {
        post: String(post),
        per_page: '100',
        page: String(page),
        context: 'edit',
        _fields: 'id,content'
      })
      const hit = comments.find((c) => (c.content?.raw ?? c.content?.rendered ?? '').includes(marker))
      if (hit) return hit.id
      if (comments.length < 100) return undefined
    }
    return undefined
  }

  async updateComment(id: number, content: string, key: string): Promise<void> {
    await this.request('POST', `/comments/${id}`, { content: `${commentKey(key)}\n${content}` })
  }
}

/** The key of a comment, hidden in its HTML (an HTML comment survives WordPress's filters). */
const commentKey = (key: string) => `<!-- incident-ops:${key.replace(/[^\w:.#/-]/g, '')} -->`

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .replace(/[\s_]+/g, '-')
    .replace(/-+/g, '-')
}

function hintFor(status: number, code?: string): string {
  if (status === 401) return ' (check the username and application password, or the token)'
  if (status === 403) return ' (the user needs the Editor role)'
  if (status === 404) return ' (check the API URL: it should end in /wp-json/wp/v2)'
  if (code === 'comment_flood') return ' (commenting too fast; retried later)'
  if (status === 413 || code === 'comment_content_column_length') return ' (too long for WordPress)'
  return ''
}
