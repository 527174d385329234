import type { FakeGitHub } from './github.mjs'
export declare const root: string
export declare function makeWorkspace(options?: { config?: string; templates?: Record<string, string> }): string
export declare function removeWorkspace(dir: string): void
export interface ActionRun { code: number; /** wall time of the process, spawn to close */ ms: number; stdout: string; stderr: string; outputs: Record<string, string>; summary: string }
export declare function runAction(options: {
  github: FakeGitHub
  event: string
  payload: object
  inputs?: Record<string, string>
  workspace?: string
  actor?: string
  env?: Record<string, string>
  timeoutMs?: number
  onChild?: (child: import('node:child_process').ChildProcess) => void
  /** The Node executable (default: this one). */
  node?: string
  /** What the process runs (default: the bundle). */
  args?: string[]
  /** Its working directory (the runner's is the workspace); this process's by default. */
  cwd?: string
}): Promise<ActionRun>
export interface FormAnswers { summary?: string; severity?: string; affected?: string; started?: string; reportLink?: string; relatedToCode?: boolean; thirdParty?: string; evidence?: string }
export declare function formBody(answers: FormAnswers): string
