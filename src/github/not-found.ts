// GitHub's GraphQL answers an issue or pull request that is not there (deleted, an issue's
// number asked as a pull request) with null and a NOT_FOUND error beside the rest of the data.
import type { Repo } from './repo.js'

/** The answer, with null where GitHub found nothing; any other error is thrown. */
export async function graphqlAllowingNotFound<T>(repo: Repo, query: string, variables: Record<string, unknown>): Promise<T> {
  try {
    return await repo.octokit.graphql<T>(query, variables)
  } catch (error) {
    const partial = error as { data?: T | null; errors?: Array<{ type?: string }> }
    if (!partial.data || !partial.errors?.length || !partial.errors.every((e) => e.type === 'NOT_FOUND')) throw error
    return partial.data
  }
}
