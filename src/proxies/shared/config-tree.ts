// A configuration file as a tree of maps, lists and scalars that remembers the line of every
// key and item, whatever the file's language: Traefik reads YAML and TOML alike, Envoy YAML (or
// JSON), and the checks walk one shape. YAML comes through the `yaml` package and a
// LineCounter; a TOML reader builds the same tree.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml'

export type Scalar = string | number | boolean | null

export interface TreeScalar {
  kind: 'scalar'
  line: number
  value: Scalar
}
export interface TreeEntry {
  key: string
  /** The line of the key: where a finding about this entry points. */
  line: number
  value: TreeNode
}
export interface TreeMap {
  kind: 'map'
  line: number
  entries: TreeEntry[]
}
export interface TreeList {
  kind: 'list'
  line: number
  items: TreeNode[]
}
export type TreeNode = TreeScalar | TreeMap | TreeList

/** Where a file stopped being readable: a warning at this line, never a failure. */
export interface ParseError {
  line: number
  message: string
}

export interface ParsedTrees {
  /** One tree per YAML document (one for TOML). */
  trees: TreeNode[]
  errors: ParseError[]
}

/** Aliases nested deeper than this are left out (an alias loop cannot hang the check). */
const MAX_DEPTH = 64

/** Every document of a YAML (or JSON) text as trees, with the first error of each document. */
export function yamlTrees(text: string): ParsedTrees {
  const lineCounter = new LineCounter()
  const documents = parseAllDocuments(text, { lineCounter })
  const docs = Array.isArray(documents) ? documents : [documents]
  const result: ParsedTrees = { trees: [], errors: [] }
  for (const doc of docs) {
    if (doc.errors.length > 0) {
      const error = doc.errors[0]
      result.errors.push({
        line: error.linePos?.[0].line ?? 1,
        message: `${error.code}: ${error.message.split('\n')[0]}`
      })
      continue
    }
    const lineOf = (offset: number | undefined): number =>
      offset === undefined ? 1 : lineCounter.linePos(offset).line
    const convert = (node: unknown, depth: number): TreeNode | undefined => {
      if (depth > MAX_DEPTH) return undefined
      if (isAlias(node)) return convert(node.resolve(doc), depth + 1)
      const line = lineOf((node as Node | undefined)?.range?.[0])
      if (isMap(node)) {
        const entries: TreeEntry[] = []
        for (const pair of node.items) {
          const key = isScalar(pair.key) ? pair.key.value : pair.key
          if (key === null || key === undefined || typeof key === 'object') continue
          const value = convert(pair.value, depth + 1) ?? { kind: 'scalar', line, value: null }
          entries.push({
            key: String(key),
            line: lineOf((pair.key as Node).range?.[0]),
            value
          })
        }
        return { kind: 'map', line, entries }
      }
      if (isSeq(node)) {
        const items = node.items
          .map(item => convert(item, depth + 1))
          .filter((item): item is TreeNode => item !== undefined)
        return { kind: 'list', line, items }
      }
      if (isScalar(node)) {
        const value = node.value
        return {
          kind: 'scalar',
          line,
          value:
            typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
              ? value
              : value === null || value === undefined
                ? null
                : String(value)
        }
      }
      return node === null || node === undefined ? { kind: 'scalar', line, value: null } : undefined
    }
    const tree = convert(doc.contents, 0)
    if (tree) result.trees.push(tree)
  }
  return result
}

/** The entry `key` of a map; `ignoreCase` for schemas that match keys case-insensitively. */
export function entry(
  node: TreeNode | undefined,
  key: string,
  ignoreCase = false
): TreeEntry | undefined {
  if (node?.kind !== 'map') return undefined
  const wanted = ignoreCase ? key.toLowerCase() : key
  // The last one wins, as in the proxies' own decoders.
  for (let i = node.entries.length - 1; i >= 0; i--) {
    const e = node.entries[i]
    if ((ignoreCase ? e.key.toLowerCase() : e.key) === wanted) return e
  }
  return undefined
}

/** The value at a path of keys (case-insensitive when asked). */
export function at(
  node: TreeNode | undefined,
  path: readonly string[],
  ignoreCase = false
): TreeNode | undefined {
  let current = node
  for (const key of path) current = entry(current, key, ignoreCase)?.value
  return current
}

/** The entry at a path of keys: the last key's entry, with its line. */
export function entryAt(
  node: TreeNode | undefined,
  path: readonly string[],
  ignoreCase = false
): TreeEntry | undefined {
  if (path.length === 0) return undefined
  return entry(at(node, path.slice(0, -1), ignoreCase), path[path.length - 1], ignoreCase)
}

/** A scalar as text (numbers and booleans too); undefined for maps, lists and null. */
export function text(node: TreeNode | undefined): string | undefined {
  if (node?.kind !== 'scalar' || node.value === null) return undefined
  return String(node.value)
}

/** The items of a list, or a lone scalar as a list of one. */
export function items(node: TreeNode | undefined): TreeNode[] {
  if (!node) return []
  if (node.kind === 'list') return node.items
  return [node]
}

/** The entries of a map (none for anything else). */
export function entries(node: TreeNode | undefined): TreeEntry[] {
  return node?.kind === 'map' ? node.entries : []
}

/** The texts of a list of scalars. */
export function texts(node: TreeNode | undefined): string[] {
  return items(node)
    .map(text)
    .filter((t): t is string => t !== undefined)
}
