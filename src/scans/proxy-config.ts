// The proxy configuration in the pull request, checked before it is merged: every file matched
// by config-paths goes to the proxy whose configuration it is (told by its content, see
// src/proxies/), one result per file with each problem at the line of the directive (or of the
// block missing it) and that proxy's fix; with config-serve, a proxy that can run it serves it on
// loopback and probes it for real. A file no proxy claims is skipped with a notice, never failed.
import type { Config } from '../config.js'
import { worstStatus, type Finding } from '../findings.js'
import type { ConfigCheckOptions, ConfigFile, ConfigVerdict, Proxy } from '../proxies/proxy.js'
import type { TargetResult } from '../results.js'
import { findFiles } from './files.js'
import { PROXY_CONFIG_SCAN } from './declared.js'
import type { Scan } from './scan.js'

function result(label: string, findings: Finding[]): TargetResult {
  return {
    target: { label, scan: 'proxy-config' },
    status: worstStatus(findings.map(f => f.status)),
    findings,
    facts: {}
  }
}

/** The file's own line: what it holds, as a passing finding before its problems. */
function summary(file: string, verdict: ConfigVerdict): Finding {
  return {
    check: 'proxy-config',
    code: 'proxy-config-ok',
    status: 'pass',
    title: verdict.summary,
    details: verdict.details,
    location: { file, line: verdict.summaryLine ?? 1 }
  }
}

function skipped(file: ConfigFile, reading: readonly Proxy[]): Finding {
  const known = reading.map(p => p.name)
  return {
    check: 'proxy-config',
    code: 'proxy-config-unknown-file',
    status: 'pass',
    title: `Not checked: not a proxy configuration wss-doctor knows (${known.join(', ')})`,
    details: [
      'Told by content, not by name: no known proxy recognised this file. Narrow config-paths to the proxy configuration, or open an issue for its kind.'
    ],
    location: { file: file.path, line: 1 }
  }
}

export const proxyConfigScan: Scan = {
  ...PROXY_CONFIG_SCAN,
  run: async ctx => {
    const { config } = ctx
    const found = await findFiles(config.workspace, config.configPaths)
    if (found.files.length === 0) {
      return {
        results: [
          result('config-paths', [
            {
              check: 'proxy-config',
              code: 'proxy-config-no-files',
              status: 'warn',
              title: `config-paths matched no readable file (${config.configPaths.join(', ')})`,
              details: found.skipped.map(s => `${s.path}: ${s.why}`)
            }
          ])
        ]
      }
    }
    // Loaded only for configuration files: every proxy's parser and checks.
    const { READING, proxyOfFile } = await import('../proxies/files.js')
    const checked: { file: ConfigFile; proxy: Proxy; verdict: ConfigVerdict }[] = []
    const results: TargetResult[] = []
    for (const file of found.files) {
      const proxy = proxyOfFile(file)
      if (!proxy) {
        results.push(result(file.path, [skipped(file, READING)]))
        continue
      }
      checked.push({ file, proxy, verdict: await proxy.checkConfig!(file, checkOptions(config)) })
    }
    // A file another matched file includes is checked there, in its context.
    const included = new Set(checked.flatMap(c => c.verdict.included ?? []))
    for (const { file, proxy, verdict } of checked) {
      if (included.has(file.path)) continue
      const findings = [summary(file.path, verdict), ...verdict.findings]
      if (config.configServe && proxy.serve)
        findings.push(...(await proxy.serve(file, { config, diagnose: ctx.diagnose })))
      results.push(result(file.path, findings))
    }
    return { results }
  }
}

function checkOptions(config: Config): ConfigCheckOptions {
  return {
    workspace: config.workspace,
    idleTimeoutMs: config.idleTimeoutMs,
    websocketPaths: config.websocketPaths,
    minTlsVersion: config.minTlsVersion,
    failOnLegacyTls: config.failOnLegacyTls,
    requireTlsVersions: config.requireTlsVersions,
    targets: config.targets
  }
}
