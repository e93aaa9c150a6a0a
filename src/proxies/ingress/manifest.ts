// The Kubernetes objects of one YAML file (any number of documents), each with the source line of
// any of its paths through the file's LineCounter: an Ingress is judged with the Services,
// BackendConfigs, ManagedCertificates and IngressClasses written next to it.
import { isMap, isScalar, isSeq, LineCounter, type Document } from 'yaml'
import type { Location } from '../../findings.js'

export type Path = (string | number)[]

export interface Manifest {
  doc: Document.Parsed
  kind: string
  apiVersion: string
  name: string
  namespace: string
  /** The line of the first of `paths` present in the document, else of the document's start. */
  lineOf(...paths: Path[]): Location
  /** metadata.annotations[key] as a string, or undefined. */
  annotation(key: string): string | undefined
  annotationKeys(): string[]
  /** A scalar at `path` as a string, or undefined. */
  text(path: Path): string | undefined
  /** The scalar strings of a sequence at `path`. */
  strings(path: Path): string[]
}

export function manifest(doc: Document.Parsed, file: string, lineCounter: LineCounter): Manifest {
  const scalar = (path: Path): string | undefined => {
    const value = doc.getIn(path)
    return value === undefined || value === null || typeof value === 'object'
      ? undefined
      : String(value)
  }
  const start = doc.contents?.range?.[0] ?? 0
  return {
    doc,
    kind: scalar(['kind']) ?? '',
    apiVersion: scalar(['apiVersion']) ?? '',
    name: scalar(['metadata', 'name']) ?? '(unnamed)',
    namespace: scalar(['metadata', 'namespace']) ?? 'default',
    lineOf(...paths) {
      for (const path of paths) {
        const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined
        if (node?.range) return { file, line: lineCounter.linePos(node.range[0]).line }
      }
      return { file, line: lineCounter.linePos(start).line }
    },
    annotation: key => scalar(['metadata', 'annotations', key]),
    annotationKeys() {
      const annotations = doc.getIn(['metadata', 'annotations'], true)
      if (!isMap(annotations)) return []
      return annotations.items.flatMap(pair => (isScalar(pair.key) ? [String(pair.key.value)] : []))
    },
    text: scalar,
    strings(path) {
      const node = doc.getIn(path, true)
      if (!isSeq(node)) return []
      return node.items.flatMap(item =>
        isScalar(item) && item.value !== null ? [String(item.value)] : []
      )
    }
  }
}

/** The Services an Ingress routes to (rules and defaultBackend), each with the line naming it. */
export function backendServices(ingress: Manifest): { name: string; path: Path }[] {
  const found: { name: string; path: Path }[] = []
  const add = (path: Path): void => {
    const name = ingress.text([...path, 'service', 'name'])
    if (name && !found.some(f => f.name === name))
      found.push({ name, path: [...path, 'service', 'name'] })
  }
  add(['spec', 'defaultBackend'])
  const rules = ingress.doc.getIn(['spec', 'rules'], true)
  if (isSeq(rules))
    rules.items.forEach((_, i) => {
      const paths = ingress.doc.getIn(['spec', 'rules', i, 'http', 'paths'], true)
      if (isSeq(paths))
        paths.items.forEach((__, j) => add(['spec', 'rules', i, 'http', 'paths', j, 'backend']))
    })
  return found
}
