// Is this file an h2o configuration? By content: one YAML document whose root has `hosts`, a
// mapping of hosts each with `paths` or `listen`. Kubernetes manifests (apiVersion, kind),
// Traefik (entryPoints, providers, http/tcp routers) and Envoy (static_resources, admin) are
// others'; JSON and nginx-style text are not h2o's.
import { isMap, isScalar, parseAllDocuments } from 'yaml'
import type { ConfigFile } from '../proxy.js'

const OTHERS = [
  'apiVersion',
  'kind',
  'static_resources',
  'dynamic_resources',
  'admin',
  'entryPoints',
  'providers',
  'http',
  'tcp',
  'udp'
]

export function claims(file: ConfigFile): boolean {
  const text = file.text
  // JSON is YAML too, but no one writes h2o.conf in it; nginx's `{` blocks are not YAML maps.
  if (/^\s*[{[]/.test(text) || !/^hosts\s*:/m.test(text)) return false
  const docs = parseAllDocuments(text, { uniqueKeys: false })
  const list = (Array.isArray(docs) ? docs : [docs]).filter(d => d.contents !== null)
  if (list.length !== 1) return false
  const [doc] = list
  // A file h2o would refuse still is h2o's when it reads like one: its check warns at the line.
  if (doc.errors.length > 0) return looksLikeH2o(text)
  const root = doc.contents
  if (!isMap(root)) return false
  const keys = root.items.map(p => (isScalar(p.key) ? String(p.key.value) : ''))
  if (keys.some(k => OTHERS.includes(k))) return false
  const hosts = root.get('hosts', true)
  if (!isMap(hosts) || hosts.items.length === 0) return false
  return hosts.items.some(p => isMap(p.value) && (p.value.has('paths') || p.value.has('listen')))
}

function looksLikeH2o(text: string): boolean {
  return (
    /^hosts\s*:\s*$/m.test(text) &&
    /^\s+paths\s*:\s*$/m.test(text) &&
    /^\s+(proxy\.reverse\.url|file\.dir|mruby\.handler|fastcgi\.\w+)\s*:/m.test(text)
  )
}
