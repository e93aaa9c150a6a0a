// Chromium's --host-resolver-rules for a run: the hosts under test go where the resolve input
// says (or to DNS), loopback stays reachable, and every other name resolves to nothing. Chromium
// looks up Google's hosts even with background networking off; on a runner that is a leak and
// on a closed network a wait.
import { isIP } from 'node:net'
import type { ResolveMap } from '../targets.js'

/** Loopback is always reachable, whatever the rules map. */
const LOOPBACK = ['127.0.0.1', 'localhost', '::1']

/**
 * `hosts`: the names the browser may reach (targets, pages). A host with `resolve` addresses is
 * mapped to its first address (per port, as the resolve input is keyed), one without is left to
 * DNS. Rules are read first match first; an EXCLUDE beats every MAP (checked with Chromium 156),
 * so mapped hosts are never excluded, and a mapped host's other ports resolve to nothing.
 */
export function resolverRules(hosts: Iterable<string>, resolve: ResolveMap): string {
  const mapped = new Set<string>()
  const rules: string[] = []
  for (const [key, addresses] of resolve.addresses) {
    const address = addresses[0]
    if (address === undefined) continue
    rules.push(`MAP ${key} ${isIP(address) === 6 ? `[${address}]` : address}`)
    mapped.add(key.slice(0, key.lastIndexOf(':')))
  }
  rules.push('MAP * ~NOTFOUND')
  const excluded = new Set(LOOPBACK)
  for (const host of hosts) {
    const name = host.toLowerCase()
    if (!mapped.has(name)) excluded.add(name)
  }
  for (const host of excluded) rules.push(`EXCLUDE ${host}`)
  return rules.join(', ')
}
