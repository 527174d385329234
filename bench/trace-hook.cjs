// Preloaded into the action by bench/trace.mjs (node --require): notes when each HTTP request
// starts and ends, and what it is, in the file BENCH_TRACE names.
const http = require('node:http')
const { appendFileSync } = require('node:fs')
const file = process.env.BENCH_TRACE
const t0 = Date.now()
const original = http.request
http.request = function (url, options, callback) {
  const started = Date.now() - t0
  const req = original.call(this, url, options, callback)
  const method = (options && options.method) || 'GET'
  const u = typeof url === 'string' ? new URL(url) : url
  let body = ''
  const write = req.write
  req.write = function (chunk, ...rest) {
    body += String(chunk)
    return write.call(this, chunk, ...rest)
  }
  const end = req.end
  req.end = function (chunk, ...rest) {
    if (chunk && typeof chunk !== 'function') body += String(chunk)
    return end.call(this, chunk, ...rest)
  }
  req.on('response', (res) => res.on('end', () => appendFileSync(file, JSON.stringify({ started, ended: Date.now() - t0, method, host: u.port, path: u.pathname + u.search, body: describeBody(u.pathname, body) }) + '\n')))
  return req
}

/** GraphQL by its first selection (the body is the query); nothing of other bodies. */
function describeBody(path, body) {
  if (!path.endsWith('/graphql')) return ''
  try {
    return JSON.parse(body).query.replace(/\s+/g, ' ').replace(/^(query|mutation)[^{]*\{\s*/, '').slice(0, 60)
  } catch {
    return ''
  }
}
