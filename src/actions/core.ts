// @actions/core, the part of it this action uses. Its entry point also loads the OIDC client
// (@actions/http-client with undici and tunnel) and platform details (@actions/exec and
// @actions/io), which cost every run ~30 ms for features the action never uses. This module
// takes the workflow-command, output-file and job-summary code from @actions/core's own lib
// files and keeps the package's function signatures and behaviour (the few one-line
// functions below are core.js's). tsconfig.json and vitest.config.ts resolve
// `@actions/core` here, so the rest of the code imports the package name as usual; a
// function missing here is a type error, not a silent fallback to the heavy entry point.
import { EOL } from 'node:os'
import { issueCommand } from '../../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../../node_modules/@actions/core/lib/utils.js'
import type { AnnotationProperties, InputOptions } from '../../node_modules/@actions/core/lib/core.js'

export { summary } from '../../node_modules/@actions/core/lib/summary.js'
export type { AnnotationProperties, InputOptions }

export function getInput(name: string, options?: InputOptions): string {
  const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
  if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
  if (options?.trimWhitespace === false) return value
  return value.trim()
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
  process.stdout.write(EOL)
  issueCommand('set-output', { name }, toCommandValue(value))
}

export function setSecret(secret: string): void {
  issueCommand('add-mask', {}, secret)
}

export function setFailed(message: string | Error): void {
  process.exitCode = 1
  error(message)
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function debug(message: string): void {
  issueCommand('debug', {}, message)
}

export function error(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function warning(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function notice(message: string | Error, properties: AnnotationProperties = {}): void {
  issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message)
}

export function info(message: string): void {
  process.stdout.write(message + EOL)
}
