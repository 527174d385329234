// Triage help for the card: the configured links for the areas the form says are affected,
// and the third party to contact early.
import type { Config, Link } from '../config/config.js'

export interface TriageHelp {
  links: Link[]
  areas: string[]
  provider?: { name: string; url?: string }
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)

export function triageFor(config: Config, affected: string, thirdParty: string): TriageHelp {
  const said = new Set(words(affected))
  // An area matches when all its words were named ("API" matches "the API and search").
  const areas = Object.keys(config.triage.areas).filter((area) => words(area).length && words(area).every((w) => said.has(w)))
  const seen = new Set<string>()
  const links = [...areas.flatMap((a) => config.triage.areas[a]), ...config.triage.default].filter((l) => !seen.has(l.url) && seen.add(l.url))
  const name = thirdParty.trim()
  const known = Object.keys(config.triage.providers).find((p) => p.toLowerCase() === name.toLowerCase() || words(name).join(' ').includes(words(p).join(' ')))
  return { links, areas, provider: name ? { name, url: known ? config.triage.providers[known] : undefined } : undefined }
}
