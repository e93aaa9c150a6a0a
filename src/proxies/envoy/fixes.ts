// Each Problem fixed in Envoy's words: YAML for the bootstrap's listener, its filter chain's
// DownstreamTlsContext, and the http_connection_manager's typed_config and routes.
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'

const TLS_CONTEXT =
  'type.googleapis.com/envoy.extensions.transport_sockets.tls.v3.DownstreamTlsContext'
const HCM =
  'type.googleapis.com/envoy.extensions.filters.network.http_connection_manager.v3.HttpConnectionManager'

/** Idle timeouts in the fixes that are not about a measured silence. */
const HOUR_S = 3600

const yaml = (lines: string[]): Fix['code'] => ({ lang: 'yaml', text: lines.join('\n') })

/** A filter chain's transport socket serving `host`'s full chain, with extra tls_params. */
function transportSocket(host: string, params: string[] = []): string[] {
  return [
    'transport_socket:',
    '  name: envoy.transport_sockets.tls',
    '  typed_config:',
    `    "@type": ${TLS_CONTEXT}`,
    '    common_tls_context:',
    ...(params.length > 0 ? ['      tls_params:', ...params.map(p => `        ${p}`)] : []),
    '      tls_certificates:',
    '        - certificate_chain:',
    `            filename: /etc/letsencrypt/live/${host}/fullchain.pem`,
    '          private_key:',
    `            filename: /etc/letsencrypt/live/${host}/privkey.pem`
  ]
}

/** The http_connection_manager of a WebSocket site: the upgrade on, no total route timeout,
 * idle timeouts of `seconds`. */
function connectionManager(host: string, path: string, seconds: number): string[] {
  return [
    '- name: envoy.filters.network.http_connection_manager',
    '  typed_config:',
    `    "@type": ${HCM}`,
    '    stat_prefix: websocket',
    '    upgrade_configs:',
    '      - upgrade_type: websocket',
    `    stream_idle_timeout: ${seconds}s`,
    '    route_config:',
    '      virtual_hosts:',
    '        - name: websocket',
    `          domains: ["${host}"]`,
    '          routes:',
    '            - match:',
    `                prefix: "${basePath(path)}"`,
    '              route:',
    '                cluster: websocket',
    '                timeout: 0s',
    `                idle_timeout: ${seconds}s`,
    '    http_filters:',
    '      - name: envoy.filters.http.router',
    '        typed_config:',
    '          "@type": type.googleapis.com/envoy.extensions.filters.http.router.v3.Router'
  ]
}

const BROWSER_PARAMS = [
  'tls_minimum_protocol_version: TLSv1_2',
  'tls_maximum_protocol_version: TLSv1_3',
  'cipher_suites:',
  '  - "[ECDHE-ECDSA-AES128-GCM-SHA256|ECDHE-ECDSA-CHACHA20-POLY1305]"',
  '  - "[ECDHE-RSA-AES128-GCM-SHA256|ECDHE-RSA-CHACHA20-POLY1305]"',
  '  - ECDHE-ECDSA-AES256-GCM-SHA384',
  '  - ECDHE-RSA-AES256-GCM-SHA384',
  'ecdh_curves:',
  '  - X25519',
  '  - P-256',
  '  - P-384'
]

export function envoyFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return {
        text: `Let the http_connection_manager pass WebSocket upgrades: upgrade_configs with upgrade_type websocket (Envoy answers 403 to an upgrade otherwise), and no route-level upgrade_configs with enabled: false on the route for ${basePath(problem.path)}. Give that route timeout: 0s, so that no total limit applies to the upgraded stream.`,
        code: yaml([
          '# The filter chain serving the WebSocket:',
          'filters:',
          ...connectionManager(problem.host, problem.path, HOUR_S)
        ])
      }
    case 'idle-timeout': {
      const seconds = fixTimeoutSeconds(problem.seconds * 1000)
      return {
        text: `Give the WebSocket route idle timeouts longer than the longest silence between frames (${seconds}s here): stream_idle_timeout on the http_connection_manager (default 5 minutes) or idle_timeout on the route, which overrides it; and timeout: 0s on the route (the route timeout, 15 s by default, is not made for streams that never end). Let the application ping more often than the shortest idle timeout on the way.`,
        code: yaml(['filters:', ...connectionManager(problem.host, problem.path, seconds)])
      }
    }
    case 'full-chain':
      return {
        text: 'Serve the full chain (the leaf, then its intermediates) from certificate_chain: with certbot, fullchain.pem, not cert.pem. Envoy sends what the file holds. If the issuer is your own internal CA, pass it to wss-doctor with the ca-file input instead.',
        code: yaml(["# In the listener's filter chain:", ...transportSocket(problem.host)])
      }
    case 'tls-versions':
      return {
        text: "Offer TLS 1.2 and TLS 1.3 in the DownstreamTlsContext: tls_minimum_protocol_version TLSv1_2 and tls_maximum_protocol_version TLSv1_3 (Envoy's defaults for servers when tls_params leaves them out).",
        code: yaml([
          "# In the listener's filter chain:",
          ...transportSocket(problem.host, [
            'tls_minimum_protocol_version: TLSv1_2',
            'tls_maximum_protocol_version: TLSv1_3'
          ])
        ])
      }
    case 'browser-ciphers':
      return {
        text: `${problem.browsersLockedOut ? 'Offer what Chrome and Firefox offer' : 'Offer only what browsers offer'}: TLS 1.3 (its suites are not configurable in Envoy, and are all fine), and for TLS 1.2 ECDHE with AES-GCM or ChaCha20 over X25519, P-256 and P-384. Leaving cipher_suites and ecdh_curves out gives Envoy's defaults, which browsers share.`,
        code: yaml([
          "# In the listener's filter chain:",
          ...transportSocket(problem.host, BROWSER_PARAMS)
        ])
      }
    case 'certificate':
      return {
        text: `Serve a certificate whose names include ${problem.host}: a filter chain matched by that server name (SNI) with its own certificate. Without one, the client gets the certificate of another chain, or of the default one.`,
        code: yaml([
          'filter_chains:',
          '  - filter_chain_match:',
          `      server_names: ["${problem.host}"]`,
          ...transportSocket(problem.host).map(line => `    ${line}`),
          '    filters:',
          '      # the http_connection_manager for this host'
        ])
      }
    case 'tls-listener':
      return {
        text: `Terminate TLS on port ${problem.port}: a transport_socket with a DownstreamTlsContext on the listener's filter chain (and a tls_inspector listener filter when chains are chosen by server name), or point the wss:// URL at the listener that already does.`,
        code: yaml([
          'listeners:',
          '  - name: websocket_tls',
          '    address:',
          `      socket_address: { address: 0.0.0.0, port_value: ${problem.port} }`,
          '    listener_filters:',
          '      - name: envoy.filters.listener.tls_inspector',
          '        typed_config:',
          '          "@type": type.googleapis.com/envoy.extensions.filters.listener.tls_inspector.v3.TlsInspector',
          '    filter_chains:',
          '      - filters:',
          ...connectionManager(problem.host, problem.path, HOUR_S).map(line => `          ${line}`),
          ...transportSocket(problem.host).map(line => `        ${line}`)
        ])
      }
    case 'client-certificate':
      return {
        text: `Ask for and verify client certificates for ${problem.host}: require_client_certificate in the DownstreamTlsContext, and validation_context.trusted_ca with the CA that issues them.`,
        code: yaml([
          'transport_socket:',
          '  name: envoy.transport_sockets.tls',
          '  typed_config:',
          `    "@type": ${TLS_CONTEXT}`,
          '    require_client_certificate: true',
          '    common_tls_context:',
          '      validation_context:',
          '        trusted_ca:',
          '          filename: /etc/envoy/client-ca.pem',
          '      tls_certificates:',
          '        - certificate_chain:',
          `            filename: /etc/letsencrypt/live/${problem.host}/fullchain.pem`,
          '          private_key:',
          `            filename: /etc/letsencrypt/live/${problem.host}/privkey.pem`
        ])
      }
    case 'certificate-size':
      return {
        text: 'Split the names over several certificates (a few hundred names each, or a wildcard per domain): one filter chain per group, matched by server_names, each with its own certificate.',
        code: yaml([
          'filter_chains:',
          '  - filter_chain_match:',
          '      server_names: ["a.example.com", "b.example.com"]',
          ...transportSocket('group-1').map(line => `    ${line}`),
          '  - filter_chain_match:',
          '      server_names: ["c.example.com", "d.example.com"]',
          ...transportSocket('group-2').map(line => `    ${line}`)
        ])
      }
  }
}
