// Behind each real proxy from Debian, healthy and with each usual breakage: the healthy one
// passes every live check and the static one; each breakage fails live with the right cause and
// a fix in that proxy's own language (or, where the proxy cannot be told from its answers, in
// the block for the common proxies, which includes it), and statically at the line that breaks.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { parseConfig } from '../src/config.js'
import { diagnose } from '../src/doctor.js'
import type { Finding } from '../src/findings.js'
import { upgradeSummary } from '../src/report/checks.js'
import { proxyConfigScan } from '../src/scans/proxy-config.js'
import {
  BREAKAGES,
  installed,
  LAB_HOST,
  LAB_PATH,
  startBackend,
  startProxy,
  type Breakage,
  type ProxyLab
} from './fixtures/proxy-lab.js'
import { LABS } from './fixtures/proxies/index.js'
import { check } from './fixtures/tls-lab.js'

/** The check each breakage fails (tls13-only: refusing TLS 1.2 is a warning by default). */
const FAILS: Record<Exclude<Breakage, 'healthy'>, { check: string; problem: string }> = {
  'idle-cut': { check: 'idle', problem: 'idle-timeout' },
  'no-upgrade': { check: 'upgrade', problem: 'upgrade' },
  'leaf-only': { check: 'trust', problem: 'full-chain' },
  'tls13-only': { check: 'versions', problem: 'tls-versions' },
  'bad-ciphers': { check: 'ciphers', problem: 'browser-ciphers' },
  'wrong-host': { check: 'hostname', problem: 'certificate' }
}

/** Breakages a proxy's version cannot produce live: h2o 2.2's max-version leaves OpenSSL's
 * TLS 1.3 on (fixed upstream after 2.3.0-beta2), so browsers still connect and the live verdict
 * rightly passes; the static check still fails the line. */
const NOT_LIVE: Record<string, Breakage[]> = { h2o: ['bad-ciphers'] }

/** Breakages whose live verdict is a warning, as the real clients give it: Go (Caddy) has no
 * DHE, so Caddy's bad-ciphers is static RSA alone, which Chromium and Firefox still take
 * (clients-real.test.ts measures it): no forward secrecy, not a locked-out browser. */
const WARNS: Record<string, Breakage[]> = { caddy: ['bad-ciphers'] }

/** Proxies that sign a 101 with their Server header. */
const TOLD_FROM_101 = ['nginx', 'caddy', 'lighttpd', 'h2o']

/** The idle hold is idle-timeout and a little more: the lab cuts after 2 s, 3 s is held. */
const INPUTS = { 'idle-timeout': '3s', revocation: 'off', 'timeout-ms': '5000' }

/** The language of the proxy's own blocks, and the heading its block has among the common ones. */
const LANGUAGE: Record<string, { lang: string; heading: string }> = {
  nginx: { lang: 'nginx', heading: '# nginx' },
  haproxy: { lang: 'haproxy', heading: '# HAProxy' },
  apache: { lang: 'apache', heading: '# Apache' },
  caddy: { lang: 'caddy', heading: '# Caddy' },
  lighttpd: { lang: 'lighttpd', heading: '# lighttpd' },
  h2o: { lang: 'yaml', heading: '# h2o' }
}

function inProxysLanguage(finding: Finding, lab: ProxyLab, recognised: boolean): void {
  const { lang, heading } = LANGUAGE[lab.id]
  expect(finding.fix?.code).toBeDefined()
  if (recognised) expect(finding.fix!.code!.lang).toBe(lang)
  else expect(finding.fix!.code!.text).toContain(heading)
}

for (const lab of LABS) {
  const run = installed(lab.binary) ? describe : describe.skip
  run(`behind ${lab.id}`, () => {
    let backend: Awaited<ReturnType<typeof startBackend>>
    beforeAll(async () => {
      backend = await startBackend()
    })
    afterAll(async () => {
      await backend.close()
    })

    test.each(BREAKAGES)('%s', async breakage => {
      const proxy = await startProxy(lab, breakage, { backendPort: backend.port })
      try {
        const url = `wss://${LAB_HOST}:${proxy.port}${LAB_PATH}`
        const result = await check(url, { 'ca-file': proxy.setup.files.ca, ...INPUTS })
        const recognised = result.facts.proxy?.id === lab.id
        const problems = result.findings.filter(f => f.status !== 'pass')
        if (NOT_LIVE[lab.id]?.includes(breakage)) {
          expect(problems.filter(f => f.check === FAILS[breakage as 'bad-ciphers'].check)).toEqual(
            []
          )
        } else if (breakage === 'healthy') {
          expect(problems).toEqual([])
          // Told from its 101 where it signs it (HAProxy never does; Apache not on a 101).
          if (TOLD_FROM_101.includes(lab.id)) {
            expect(result.facts.proxy?.id).toBe(lab.id)
            expect(upgradeSummary(result)).toContain(`via ${result.facts.proxy!.name}`)
          }
          expect(result.findings.find(f => f.check === ('idle' as string))?.status).toBe('pass')
        } else {
          const expected = FAILS[breakage]
          const found = problems.find(f => f.check === expected.check)
          expect(found).toMatchObject({
            status:
              breakage === 'tls13-only' || WARNS[lab.id]?.includes(breakage) ? 'warn' : 'fail',
            problem: expect.objectContaining({ kind: expected.problem })
          })
          inProxysLanguage(found!, lab, recognised)
        }
        // The same configuration, checked statically as config-paths would in a pull request
        // (the lab's prefix as the repository: the certificate files it names are in it).
        const workspace = proxy.setup.dir
        const config = parseConfig(
          { 'config-paths': proxy.config.name, 'idle-timeout': '3s' },
          workspace
        )
        const report = await diagnose(config, new Date(), [], [proxyConfigScan])
        const [file] = report.results
        const wrong = file.findings.filter(f => f.status !== 'pass')
        if (breakage === 'healthy') expect(wrong).toEqual([])
        else if (proxy.config.brokenLine !== undefined) {
          expect(wrong.map(f => f.location?.line)).toContain(proxy.config.brokenLine)
          for (const f of wrong) expect(f.fix?.code?.lang).toBe(LANGUAGE[lab.id].lang)
        }
      } finally {
        await proxy.stop()
      }
    })
  })
}
