import { describe, expect, it } from 'vitest'
import { resolveConfig } from '../../src/config/config.js'
import { triageFor } from '../../src/domain/triage.js'
import { parseConfigText } from '../../src/config/validate.js'

const config = resolveConfig(
  parseConfigText(
    [
      'triage:',
      '  default:',
      '    - { title: Runbooks, url: "https://docs.example/runbooks" }',
      '  areas:',
      '    API:',
      '      - { title: API dashboard, url: "https://grafana.example/api" }',
      '      - { title: Runbooks, url: "https://docs.example/runbooks" }',
      '    Image proxy:',
      '      - { title: Proxy logs, url: "https://logs.example/proxy" }',
      '  providers:',
      '    Elasticsearch Service: "https://status.elastic.co"'
    ].join('\n'),
    'x'
  )
)

describe('triage help', () => {
  it('links for every area the form names, then the defaults, without duplicates', () => {
    const help = triageFor(config, 'The API and the image proxy', '')
    expect(help.areas).toEqual(['API', 'Image proxy'])
    expect(help.links.map((l) => l.title)).toEqual(['API dashboard', 'Runbooks', 'Proxy logs'])
    expect(help.provider).toBeUndefined()
  })
  it('only the defaults when no area matches; parts of words do not match', () => {
    expect(triageFor(config, 'rapid search', '').links.map((l) => l.title)).toEqual(['Runbooks'])
    expect(triageFor(config, 'proxy', '').areas).toEqual([])
  })
  it('the third party, with its page when configured', () => {
    expect(triageFor(config, '', 'elasticsearch service').provider).toEqual({ name: 'elasticsearch service', url: 'https://status.elastic.co' })
    expect(triageFor(config, '', 'Our Elasticsearch Service cluster').provider?.url).toBe('https://status.elastic.co')
    expect(triageFor(config, '', 'Fastly').provider).toEqual({ name: 'Fastly', url: undefined })
  })
  it('a triage link must be http(s)', () => {
    expect(() => parseConfigText('triage:\n  default:\n    - { title: x, url: "javascript:alert(1)" }\n', 'x')).toThrow(/line 3: triage.default\[0\].url/)
  })
})
