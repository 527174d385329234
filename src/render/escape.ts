// Escaping of people's text for each place the action writes to. The renderer applies these
// to every string of a template's data, so callers never escape by hand.

/** text: plain text for APIs that show it as it is (a page's summary): no markup to escape, only control characters removed. */
export type Destination = 'markdown' | 'slack' | 'html' | 'text'

/** A URL the action built or validated: encoded for its destination, never text-escaped. */
export class Url {
  constructor(readonly href: string) {}
}

/** A fragment the action composed itself (already safe for the destination). */
export class Safe {
  constructor(readonly text: string) {}
}

/** Only http(s) URLs, without credentials, survive; anything else is treated as text. */
export function safeUrl(text: string | undefined): Url | undefined {
  if (!text) return undefined
  try {
    const url = new URL(text.trim())
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.username || url.password) return undefined
    return new Url(url.href)
  } catch {
    return undefined
  }
}

const ZWSP = '\u200b'

/**
 * GitHub Markdown: no HTML, links, images, emphasis, code, tables, headings, lists,
 * @mentions or #references can come out of the text. Line breaks are kept.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|~!@&]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+=]|\d+[.)])/gm, (_m, space: string, mark: string) => `${space}\\${mark}`)
    .replace(/:\/\//g, `:/${ZWSP}/`)
}

/**
 * Slack mrkdwn: `&`, `<`, `>` are the control characters (they make <!channel>, <@U…> and
 * links); bare @here/@channel/@everyone are defused with a zero-width space.
 */
export function escapeSlack(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@(here|channel|everyone)\b/gi, `@${ZWSP}$1`)
}

/**
 * WordPress HTML: entities for markup; P2's #tag, +xpost and @mention characters encoded so
 * o2 turns none of them into tags, cross-posts or notifications; and `[` `]` so no shortcode
 * ([embed], [gallery], [caption]…) runs.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'#+@`=[\]]/g, (c) => `&#${c.codePointAt(0)};`)
}

/** Plain text: control characters other than tab and line breaks removed. */
function stripControls(text: string): string {
  const kept = (code: number) => code === 9 || code === 10 || code === 13 || (code >= 32 && code !== 127)
  return [...text].filter((c) => kept(c.charCodeAt(0))).join('')
}

const TEXT_ESCAPE: Record<Destination, (t: string) => string> = { markdown: escapeMarkdown, slack: escapeSlack, html: escapeHtml, text: stripControls }

export function escapeUrl(url: Url, dest: Destination): string {
  switch (dest) {
    case 'markdown':
      return url.href.replace(/[()<> "]/g, (c) => encodeURIComponent(c))
    case 'slack':
      return url.href.replace(/[<>|]/g, (c) => encodeURIComponent(c))
    case 'html':
      return url.href.replace(/[&<>"']/g, (c) => `&#${c.codePointAt(0)};`)
    case 'text':
      return url.href
  }
}

/** Every string in the data escaped for the destination; Url and Safe values as they are. */
export function escapeData(value: unknown, dest: Destination): unknown {
  if (typeof value === 'string') return TEXT_ESCAPE[dest](value)
  if (value instanceof Url) return escapeUrl(value, dest)
  if (value instanceof Safe) return value.text
  if (Array.isArray(value)) return value.map((v) => escapeData(v, dest))
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeData(v, dest)]))
  }
  return value
}
