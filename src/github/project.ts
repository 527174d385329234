// Follow-ups into a GitHub Project (v2), through GraphQL (Projects have no REST API):
// find the project and its severity field, add each follow-up once, set its severity.
import type { Octokit } from './client.js'

export interface ProjectTarget {
  owner: 'organization' | 'user'
  login: string
  number: number
}

/** https://github.com/orgs/acme/projects/7 → { organization, acme, 7 } */
export function parseProjectUrl(url: string): ProjectTarget | undefined {
  const match = /^https:\/\/[^/]+\/(orgs|users)\/([^/]+)\/projects\/(\d+)/.exec(url)
  return match ? { owner: match[1] === 'orgs' ? 'organization' : 'user', login: match[2], number: Number(match[3]) } : undefined
}

interface Field {
  id: string
  name: string
  dataType?: string
  options?: Array<{ id: string; name: string }>
}

export interface Project {
  id: string
  fields: Field[]
}

export async function findProject(octokit: Octokit, target: ProjectTarget): Promise<Project | undefined> {
  const query = `query($login: String!, $number: Int!) {
    owner: ${target.owner}(login: $login) {
      projectV2(number: $number) {
        id
        fields(first: 50) {
          nodes {
            ... on ProjectV2FieldCommon { id name dataType }
            ... on ProjectV2SingleSelectField { options { id name } }
          }
        }
      }
    }
  }`
  const result = await octokit.graphql<{ owner: { projectV2: { id: string; fields: { nodes: Field[] } } | null } | null }>(query, { login: target.login, number: target.number })
  const project = result.owner?.projectV2
  return project ? { id: project.id, fields: project.fields.nodes.filter((f) => f && f.id) } : undefined
}

export async function addItem(octokit: Octokit, project: string, content: string): Promise<string> {
  const result = await octokit.graphql<{ addProjectV2ItemById: { item: { id: string } } }>(
    'mutation($project: ID!, $content: ID!) { addProjectV2ItemById(input: { projectId: $project, contentId: $content }) { item { id } } }',
    { project, content }
  )
  return result.addProjectV2ItemById.item.id
}

/** Sets the severity in the project's field of that name: a single-select option naming the level, or text. */
export async function setSeverity(octokit: Octokit, project: Project, item: string, fieldName: string, level: number, label: string): Promise<boolean> {
  const field = project.fields.find((f) => f.name.toLowerCase() === fieldName.toLowerCase())
  if (!field) return false
  let value: Record<string, unknown>
  if (field.options) {
    const option = field.options.find((o) => new RegExp(`(^|\\D)${level}(\\D|$)`).test(o.name)) ?? field.options.find((o) => o.name.toLowerCase() === label.toLowerCase())
    if (!option) return false
    value = { singleSelectOptionId: option.id }
  } else if (field.dataType === 'NUMBER') value = { number: level }
  else value = { text: `${level} (${label})` }
  await octokit.graphql(
    'mutation($project: ID!, $item: ID!, $field: ID!, $value: ProjectV2FieldValue!) { updateProjectV2ItemFieldValue(input: { projectId: $project, itemId: $item, fieldId: $field, value: $value }) { projectV2Item { id } } }',
    { project: project.id, item, field: field.id, value }
  )
  return true
}
