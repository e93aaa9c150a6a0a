// Traefik (v2 and v3): told from its own error answers, its configuration files claimed by
// content (YAML or TOML, static or dynamic, or its Kubernetes resources) and judged without
// running it, and every problem fixed in its configuration language.
import { traefikAnswer } from './answer.js'
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict, Proxy } from '../proxy.js'
import { yamlTrees, type ParsedTrees } from '../shared/config-tree.js'
import { checkTraefik } from './checks.js'
import { claimsTraefik, TRAEFIK_TOML_TABLE } from './claims.js'
import { readModel, type TraefikModel } from './model.js'
import { tomlTrees } from './toml.js'

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`

function describe(model: TraefikModel, language: string): string {
  const kinds = [
    ...(model.kinds.has('static') ? ['static'] : []),
    ...(model.kinds.has('dynamic') ? ['dynamic'] : [])
  ]
  const what = model.kinds.has('kubernetes')
    ? 'Kubernetes resources'
    : `${kinds.join(' and ') || 'dynamic'} configuration (${language})`
  return `Traefik ${what}`
}

async function checkConfig(file: ConfigFile, options: ConfigCheckOptions): Promise<ConfigVerdict> {
  const language = TRAEFIK_TOML_TABLE.test(file.text) ? 'TOML' : 'YAML'
  const parsed: ParsedTrees = language === 'TOML' ? tomlTrees(file.text) : yamlTrees(file.text)
  const unreadable: Finding[] = parsed.errors.map(error => ({
    check: 'proxy-config',
    code: 'proxy-config-unparsed',
    status: 'warn',
    title: `Not checked: not valid ${language} (${error.message})`,
    details: ["Traefik's own decoder judges the syntax; nothing after this point was checked."],
    location: { file: file.path, line: error.line }
  }))
  const model = readModel(parsed.trees)
  const verdict = checkTraefik(model, file.path, options)
  const webSockets = verdict.webSocketRouters.map(r => r.label.replace(/^router /, ''))
  const counts = [
    ...(model.routers.length > 0 || !model.kinds.has('static')
      ? [plural(model.routers.length, 'router')]
      : []),
    ...(model.routers.length > 0
      ? [
          `${plural(webSockets.length, 'WebSocket router')}${webSockets.length > 0 ? ` (${webSockets.join(', ')})` : ''}`
        ]
      : []),
    ...(model.middlewares.length > 0 ? [plural(model.middlewares.length, 'middleware')] : []),
    ...(model.tlsOptions.length > 0 ? [plural(model.tlsOptions.length, 'TLS option')] : []),
    ...(model.certificates.length > 0 ? [plural(model.certificates.length, 'certificate')] : []),
    ...(model.entryPoints.length > 0 ? [plural(model.entryPoints.length, 'entry point')] : []),
    ...(model.ingressNginx ? ['the ingress-nginx provider'] : [])
  ]
  const routers = model.routers.map(
    r =>
      `${r.label} (${file.path}:${r.line}${r.tls ? ', TLS' : ''}): ${r.rule || '(no rule)'}${verdict.webSocketRouters.includes(r) ? ' — WebSocket' : ''}`
  )
  return {
    summary:
      parsed.trees.length === 0
        ? `Traefik configuration (${language}): not read`
        : `${describe(model, language)}: ${counts.join(', ')}`,
    details: [...routers, ...verdict.details],
    findings: [...unreadable, ...verdict.findings]
  }
}

export const traefik: Proxy = {
  ...traefikAnswer,
  claims: claimsTraefik,
  checkConfig
}
