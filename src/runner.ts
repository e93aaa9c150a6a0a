// The runner's side of the action: inputs from INPUT_*, workflow commands on stdout, outputs in
// $GITHUB_OUTPUT. The part of @actions/core the action uses, written the way @actions/core 3
// writes it (runner.test.ts compares the two byte for byte): @actions/core loads its HTTP client
// (undici, for OIDC tokens) with it, which was a third of the action's start-up.
import { randomUUID } from 'node:crypto'
import { appendFileSync, existsSync } from 'node:fs'
import os from 'node:os'

/** Where an annotation points, as @actions/core's AnnotationProperties. */
export interface AnnotationProperties {
  title?: string
  file?: string
  startLine?: number
  endLine?: number
  startColumn?: number
  endColumn?: number
}

/** An input as the runner passes it (`INPUT_` and the name upper-cased, spaces as `_`), trimmed. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '').trim()
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1'
}

export function info(message: string): void {
  process.stdout.write(message + os.EOL)
}

export function debug(message: string): void {
  issue('debug', {}, message)
}

export function setSecret(secret: string): void {
  issue('add-mask', {}, secret)
}

export function error(message: string, properties: AnnotationProperties = {}): void {
  issue('error', commandProperties(properties), message)
}

export function warning(message: string, properties: AnnotationProperties = {}): void {
  issue('warning', commandProperties(properties), message)
}

export function notice(message: string, properties: AnnotationProperties = {}): void {
  issue('notice', commandProperties(properties), message)
}

/** An error annotation, and the step fails (exit code 1). */
export function setFailed(message: string): void {
  process.exitCode = 1
  error(message)
}

/** In $GITHUB_OUTPUT as `name<<delimiter` lines (a delimiter nobody can guess), else the
 * deprecated `set-output` command. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT || ''
  if (!file) {
    process.stdout.write(os.EOL)
    issue('set-output', { name }, value)
    return
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`)
  const delimiter = `ghadelimiter_${randomUUID()}`
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: the output contains the delimiter "${delimiter}"`)
  const message = `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}`
  appendFileSync(file, `${message}${os.EOL}`, { encoding: 'utf8' })
}

type Properties = Record<string, string | number | undefined>

/** @actions/core's names for the runner's (an annotation with any property names all six). */
function commandProperties(properties: AnnotationProperties): Properties {
  if (Object.keys(properties).length === 0) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

/** `::name key=value,…::message`, escaped so that no value ends the command or a property. */
function issue(name: string, properties: Properties, message: string): void {
  let command = `::${name}`
  const keys = Object.keys(properties)
  if (keys.length > 0) {
    const set = keys.filter(key => properties[key])
    command += ` ${set.map(key => `${key}=${escapeProperty(String(properties[key]))}`).join(',')}`
  }
  process.stdout.write(`${command}::${escapeData(message)}${os.EOL}`)
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}
