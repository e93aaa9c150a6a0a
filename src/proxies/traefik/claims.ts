// Whether a file is Traefik's, by its content: static or dynamic configuration in YAML or TOML,
// or Traefik's own Kubernetes resources. Never a Kubernetes Ingress (the Ingress check reads
// those, whoever serves them), a docker-compose file with Traefik labels, Envoy or h2o.
import type { ConfigFile } from '../proxy.js'
import { entries, entry, text, yamlTrees, type TreeNode } from '../shared/config-tree.js'
import { TRAEFIK_API } from './model.js'

/** A TOML table only Traefik names. */
export const TRAEFIK_TOML_TABLE =
  /^[ \t]*\[\[?[ \t]*(http\.(routers|services|middlewares|serversTransports)|(tcp|udp)\.(routers|services)|tls\.(options|certificates|stores)|entryPoints|certificatesResolvers)\b[^\]\n]*\]\]?[ \t]*(#.*)?$/im

/** For YAML that does not parse: the same sections by their indentation. */
const TRAEFIK_YAML_HINT =
  /^(https?|tcp|udp):[ \t]*\n(?:[ \t]*(?:#.*)?\n)*[ \t]+(routers|services|middlewares|serversTransports):|^tls:[ \t]*\n(?:[ \t]*(?:#.*)?\n)*[ \t]+(options|certificates|stores):|^entryPoints:|^apiVersion:[ \t]*['"]?traefik\.(io|containo\.us)\//m

const I = true
const has = (node: TreeNode | undefined, keys: readonly string[]): boolean =>
  keys.some(k => entry(node, k, I) !== undefined)

/** Whether one YAML document is Traefik configuration or a Traefik resource. */
export function isTraefikTree(tree: TreeNode): boolean {
  const apiVersion = text(entry(tree, 'apiVersion')?.value)
  if (apiVersion !== undefined) return TRAEFIK_API.test(apiVersion)
  if (
    has(entry(tree, 'http', I)?.value, ['routers', 'services', 'middlewares', 'serversTransports'])
  )
    return true
  for (const key of ['tcp', 'udp'])
    if (has(entry(tree, key, I)?.value, ['routers', 'services'])) return true
  if (has(entry(tree, 'tls', I)?.value, ['options', 'certificates', 'stores'])) return true
  const entryPoints = entry(tree, 'entryPoints', I)?.value
  if (entries(entryPoints).some(e => entry(e.value, 'address', I) !== undefined)) return true
  return entries(entry(tree, 'certificatesResolvers', I)?.value).some(
    e => entry(e.value, 'acme', I) !== undefined
  )
}

/** Every Traefik file names one of these: files without any are not parsed. */
const TRAEFIK_KEY =
  /^\s*(https?|tcp|udp|tls|entryPoints|certificatesResolvers)\s*:|traefik\.(io|containo\.us)\//im

export function claimsTraefik(file: ConfigFile): boolean {
  if (TRAEFIK_TOML_TABLE.test(file.text)) return true
  if (!TRAEFIK_KEY.test(file.text)) return false
  const { trees, errors } = yamlTrees(file.text)
  if (trees.some(isTraefikTree)) return true
  return errors.length > 0 && TRAEFIK_YAML_HINT.test(file.text)
}
