// Whether a file is Envoy's, by its content: a bootstrap (static_resources with listeners or
// clusters) or a file-based xDS answer (resources of an Envoy @type). Never a Kubernetes object
// (Istio's EnvoyFilter patches Envoy but is not its configuration), Traefik or h2o.
import type { ConfigFile } from '../proxy.js'
import { entry, items, text, yamlTrees, type TreeNode } from '../shared/config-tree.js'
import { field } from './model.js'

const ENVOY_TYPE = /^type\.googleapis\.com\/envoy\./
/** For YAML that does not parse. */
const ENVOY_HINT =
  /^static_resources:|^staticResources:|envoy\.filters\.network\.http_connection_manager|type\.googleapis\.com\/envoy\.config\.listener\./m

export function isEnvoyTree(tree: TreeNode): boolean {
  if (entry(tree, 'apiVersion') !== undefined && entry(tree, 'kind') !== undefined) return false
  const resources = field(tree, 'static_resources')?.value
  if (field(resources, 'listeners') || field(resources, 'clusters')) return true
  return items(field(tree, 'resources')?.value).some(r =>
    ENVOY_TYPE.test(text(entry(r, '@type')?.value) ?? '')
  )
}

/** Every Envoy file names one of these: files without any are not parsed. */
const ENVOY_KEY = /static_?resources|\bresources["']?\s*:/i

export function claimsEnvoy(file: ConfigFile): boolean {
  if (!ENVOY_KEY.test(file.text)) return false
  const { trees, errors } = yamlTrees(file.text)
  if (trees.some(isEnvoyTree)) return true
  return errors.length > 0 && ENVOY_HINT.test(file.text) && !/^apiVersion:/m.test(file.text)
}
