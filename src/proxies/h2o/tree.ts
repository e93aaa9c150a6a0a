// An h2o configuration as h2o's own YAML reader (yoml) sees it: aliases resolved, `<<` merges
// applied (explicit keys win), `!file` includes read in place; every key keeps its file and line.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node as YamlNode
} from 'yaml'
import type { Location } from '../../findings.js'

export type Tree = MapNode | SeqNode | ScalarNode | Unresolved

export interface MapNode {
  kind: 'map'
  at: Location
  entries: Entry[]
}
export interface Entry {
  key: string
  /** The key's line: where a finding about this directive points. */
  at: Location
  value: Tree
}
export interface SeqNode {
  kind: 'seq'
  at: Location
  items: Tree[]
}
export interface ScalarNode {
  kind: 'scalar'
  at: Location
  value: string
  /** The text as h2o reads it (yoml takes every scalar as a string): `0x1F`, `~`, `1.0` as
   * written, where `value` is YAML 1.2's reading. */
  source?: string
}
/** A `!file` include that could not be read: what it holds is unknown. */
export interface Unresolved {
  kind: 'unresolved'
  at: Location
  why: string
}

export interface LoadedTree {
  root?: Tree
  /** The first YAML error, of the file or of an include: h2o refuses the file. */
  error?: { message: string; code: string; at: Location }
  /** Includes read (workspace-relative paths). */
  included: string[]
  unresolved: Unresolved[]
}

/** Includes nest at most this deep, and at most this many are read (a loop ends here). */
const MAX_DEPTH = 8
const MAX_INCLUDES = 32
const MAX_INCLUDE_BYTES = 1 << 20

interface Source {
  file: string
  doc: Document.Parsed
  lines: LineCounter
  depth: number
}

/** Parses `text` (the file `file`, relative to `workspace`) into a tree. */
export function loadTree(text: string, file: string, workspace: string): LoadedTree {
  const loaded: LoadedTree = { included: [], unresolved: [] }
  const source = parse(text, file, 0, loaded)
  if (source) loaded.root = convert(source.doc.contents, source, workspace, loaded, 0)
  return loaded
}

function parse(text: string, file: string, depth: number, loaded: LoadedTree): Source | undefined {
  const lines = new LineCounter()
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    loaded.error ??= {
      message: error.message.split('\n')[0],
      code: error.code,
      at: { file, line: error.linePos?.[0].line ?? 1 }
    }
    return undefined
  }
  return { file, doc, lines, depth }
}

function at(node: YamlNode | null | undefined, source: Source): Location {
  const offset = node?.range?.[0]
  return { file: source.file, line: offset === undefined ? 1 : source.lines.linePos(offset).line }
}

function convert(
  node: unknown,
  source: Source,
  workspace: string,
  loaded: LoadedTree,
  aliasDepth: number
): Tree {
  const here = at(node as YamlNode, source)
  if (isAlias(node)) {
    const target = aliasDepth < MAX_DEPTH ? node.resolve(source.doc) : undefined
    return target
      ? convert(target, source, workspace, loaded, aliasDepth + 1)
      : unresolved(here, `alias *${node.source} not resolved`, loaded)
  }
  if (isScalar(node) && node.tag === '!file') return include(node, here, source, workspace, loaded)
  if (isMap(node)) {
    const own: Entry[] = []
    const merged: Entry[] = []
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
      const value = convert(pair.value, source, workspace, loaded, aliasDepth)
      if (key === '<<') {
        const bases = value.kind === 'seq' ? value.items : [value]
        for (const base of bases) if (base.kind === 'map') merged.push(...base.entries)
        continue
      }
      own.push({ key, at: at(pair.key as YamlNode, source), value })
    }
    const keys = new Set(own.map(e => e.key))
    return { kind: 'map', at: here, entries: [...merged.filter(e => !keys.has(e.key)), ...own] }
  }
  if (isSeq(node))
    return {
      kind: 'seq',
      at: here,
      items: node.items.map(item => convert(item, source, workspace, loaded, aliasDepth))
    }
  if (isScalar(node))
    return {
      kind: 'scalar',
      at: here,
      value: node.value === null || node.value === undefined ? '' : String(node.value),
      source: typeof node.source === 'string' ? node.source : undefined
    }
  return { kind: 'scalar', at: here, value: '' }
}

/** `!file path`: read relative to the including file's folder, else to the workspace. */
function include(
  node: { value: unknown },
  here: Location,
  source: Source,
  workspace: string,
  loaded: LoadedTree
): Tree {
  const name = String(node.value)
  if (source.depth >= MAX_DEPTH || loaded.included.length >= MAX_INCLUDES)
    return unresolved(here, `!file ${name}: too many nested includes`, loaded)
  const candidates = path.isAbsolute(name)
    ? [name]
    : [path.join(workspace, path.dirname(source.file), name), path.join(workspace, name)]
  for (const candidate of candidates) {
    let text: string
    try {
      text = readFileSync(candidate, 'utf8')
    } catch {
      continue
    }
    if (text.length > MAX_INCLUDE_BYTES)
      return unresolved(here, `!file ${name}: larger than 1 MiB`, loaded)
    const file = path.relative(workspace, candidate) || name
    if (!loaded.included.includes(file)) loaded.included.push(file)
    const inner = parse(text, file, source.depth + 1, loaded)
    if (!inner) return unresolved(here, `!file ${name}: not valid YAML`, loaded)
    return convert(inner.doc.contents, inner, workspace, loaded, 0)
  }
  return unresolved(here, `!file ${name}: not found in the repository`, loaded)
}

function unresolved(here: Location, why: string, loaded: LoadedTree): Unresolved {
  const node: Unresolved = { kind: 'unresolved', at: here, why }
  loaded.unresolved.push(node)
  return node
}

/** The last entry named `key` of a mapping (yoml keeps duplicates; h2o applies the last). */
export function entry(map: Tree | undefined, key: string): Entry | undefined {
  if (map?.kind !== 'map') return undefined
  for (let i = map.entries.length - 1; i >= 0; i--)
    if (map.entries[i].key === key) return map.entries[i]
  return undefined
}

/** A scalar directive's text, or undefined when absent or not a scalar. */
export function scalar(map: Tree | undefined, key: string): string | undefined {
  const found = entry(map, key)
  return found?.value.kind === 'scalar' ? found.value.value : undefined
}

/** A value that may be one mapping or a sequence of them (`listen`, a path's handlers). */
export function mappings(value: Tree | undefined): MapNode[] {
  if (!value) return []
  if (value.kind === 'map') return [value]
  if (value.kind === 'seq') return value.items.filter((i): i is MapNode => i.kind === 'map')
  return []
}
