// haproxy.cfg judged for WebSockets over TLS without running it: every TLS bind line (chain,
// host names, versions, ciphers) and every backend that carries WebSockets (the upgrade passed,
// no timeout that cuts a silent socket). Lines HAProxy would refuse are warnings: haproxy -c
// judges syntax, and the rest of the file is still read line by line.
import type { Finding } from '../../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict } from '../proxy.js'
import { reporter } from './finding.js'
import { label, parseHaproxy, type HaproxyConfig } from './parse.js'
import { checkBinds, type BindFacts } from './tls.js'
import {
  checkTimeouts,
  checkUpgrade,
  webSocketBackends,
  type WebSocketVerdict
} from './websocket.js'

export async function checkHaproxy(
  file: ConfigFile,
  options: ConfigCheckOptions
): Promise<ConfigVerdict> {
  const config = parseHaproxy(file.text)
  const findings: Finding[] = config.errors.map(error => ({
    check: 'proxy-config',
    code: 'proxy-config-unparsed',
    status: 'warn',
    title: `Not fully checked: ${error.message} (haproxy -c judges the syntax)`,
    details: ['This line was skipped; the rest of the file was checked.'],
    location: { file: file.path, line: error.line }
  }))
  const report = reporter(file.path, findings)
  const binds = checkBinds(config, options, report)
  const webSockets = webSocketBackends(config, options)
  const host =
    options.targets.find(t => t.endpoint?.scheme === 'wss')?.endpoint?.host ?? 'api.example.com'
  checkUpgrade(webSockets, options, host, report)
  checkTimeouts(webSockets, options, report)
  const summary = summarise(file, config, binds, webSockets)
  return { ...summary, findings: [summaryFinding(file, config, summary), ...findings] }
}

function summarise(
  file: ConfigFile,
  config: HaproxyConfig,
  binds: BindFacts[],
  webSockets: WebSocketVerdict
): { summary: string; details: string[] } {
  const count = (kind: string): number => config.sections.filter(s => s.kind === kind).length
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const parts = [
    plural(count('frontend'), 'frontend'),
    plural(count('backend'), 'backend'),
    ...(count('listen') > 0 ? [`${count('listen')} listen`] : []),
    webSockets.identified
      ? `${plural(webSockets.backends.length, 'WebSocket backend')}`
      : 'no backend named as a WebSocket one'
  ]
  const details: string[] = []
  for (const bind of binds) {
    const where = `${file.path}:${bind.directive.line}`
    details.push(
      `${label(bind.section)}: bind ${bind.directive.args[0] ?? ''} (${where}, ${bind.tls ? 'TLS' : 'no TLS'})`
    )
    for (const source of bind.sources) {
      if (source.kind === 'file')
        details.push(`crt ${source.name}: ${plural(source.certificates.length, 'certificate')}`)
      else if (source.kind === 'directory')
        details.push(`crt ${source.name}: a directory (every PEM in it, chosen by SNI), not read`)
      else details.push(`crt ${source.name}: not read (${source.why}), chain not judged`)
    }
    for (const list of bind.unreadLists) details.push(`crt-list ${list}: not read`)
    for (const target of bind.targets)
      details.push(`${label(bind.section)} (${where}) serves the target ${target}`)
  }
  for (const ws of webSockets.backends) details.push(`${label(ws.backend)}: ${ws.why}`)
  return { summary: `HAProxy configuration: ${parts.join(', ')}`, details }
}

function summaryFinding(
  file: ConfigFile,
  config: HaproxyConfig,
  summary: { summary: string; details: string[] }
): Finding {
  const first = config.sections.find(s => s.kind !== 'global' && s.kind !== 'defaults')
  return {
    check: 'proxy-config',
    code: 'proxy-config-ok',
    status: 'pass',
    title: summary.summary,
    details: summary.details,
    location: { file: file.path, line: first?.line ?? config.sections[0]?.line ?? 1 }
  }
}
