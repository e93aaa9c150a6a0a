// Google Cloud external Application Load Balancer (Google Front Ends, or Envoy for the regional
// one): its fixes, with gcloud. Sources: cloud.google.com load-balancing docs (the LB adds "Via:
// 1.1 google" to requests and responses; the backend service timeout, timeoutSec, 30 s by default,
// is for WebSockets the longest a connection may stay open, idle or not; native WebSocket support
// when the backend service speaks HTTP or HTTPS; SSL policies with profiles
// COMPATIBLE/MODERN/RESTRICTED and --min-tls-version; Google-managed certificates; frontend mTLS
// through a ServerTlsPolicy and a Certificate Manager trust config), the gcloud reference
// (ssl-policies create, backend-services update --timeout, target-https-proxies update), and
// gcpdiag lb/BP/2025_002 (timeouts above 24 h are not advised: GFEs restart for maintenance).
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'
import type { Fix } from '../../findings.js'

const MAX_ADVISED_TIMEOUT_S = 86400

/** A Compute resource name for a host: lower case, letters, digits and dashes, at most 63. */
function resourceName(prefix: string, host: string): string {
  const name = `${prefix}-${host.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`
  return name.slice(0, 63).replace(/-+$/, '')
}

/** A MODERN SSL policy (TLS 1.2 up, the suites browsers use) attached to the HTTPS proxy. */
const MODERN_POLICY: Fix['code'] = {
  lang: 'bash',
  text: [
    'gcloud compute ssl-policies create wss-modern --global --profile MODERN --min-tls-version 1.2',
    'gcloud compute target-https-proxies update "$TARGET_HTTPS_PROXY" --global --ssl-policy wss-modern'
  ].join('\n')
}

export function googleLbFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return {
        text: `The external Application Load Balancer carries WebSockets natively when the backend service speaks HTTP or HTTPS to the backends (not HTTP/2): there is nothing to turn on. With such a backend service, an upgrade to ${problem.host}${basePath(problem.path)} that fails is refused by the backend (or by the URL map sending the path elsewhere).`,
        code: {
          lang: 'bash',
          text: [
            'gcloud compute backend-services describe "$BACKEND_SERVICE" --global --format="value(protocol,timeoutSec)"',
            'gcloud compute backend-services update "$BACKEND_SERVICE" --global --protocol=HTTP'
          ].join('\n')
        }
      }
    case 'idle-timeout': {
      const seconds = Math.min(fixTimeoutSeconds(problem.seconds * 1000), MAX_ADVISED_TIMEOUT_S)
      return {
        text: `For a WebSocket, the backend service timeout (timeoutSec, 30 s by default) is the longest the connection may stay open, busy or idle: pings do not extend it. Raise it to ${seconds} s on the backend service behind ${problem.host} (GKE Ingress: timeoutSec in the Service's BackendConfig), keep it under 24 h, and let clients reconnect when it ends.`,
        code: {
          lang: 'bash',
          text: `gcloud compute backend-services update "$BACKEND_SERVICE" --global --timeout=${seconds}`
        }
      }
    }
    case 'full-chain':
      return {
        text: `Google-managed certificates are served with their chain. A self-managed certificate is served as uploaded: upload it again with the intermediates after the leaf in the certificate file, and point the target HTTPS proxy at it.`,
        code: {
          lang: 'bash',
          text: [
            'gcloud compute ssl-certificates create wss-fullchain --global \\',
            '  --certificate=fullchain.pem --private-key=privkey.pem',
            'gcloud compute target-https-proxies update "$TARGET_HTTPS_PROXY" --global \\',
            '  --ssl-certificates=wss-fullchain'
          ].join('\n')
        }
      }
    case 'tls-versions':
      return {
        text: `The target HTTPS proxy's SSL policy sets the lowest TLS version (without one, Google's default accepts TLS 1.0 up); TLS 1.3 is offered by the load balancer itself. Create a MODERN policy with minimum TLS 1.2 and attach it.`,
        code: MODERN_POLICY
      }
    case 'browser-ciphers':
      return {
        text: `The SSL policy's profile decides the TLS 1.2 ciphers; ${problem.browsersLockedOut ? 'the current one offers none that browsers share' : 'a CUSTOM profile can leave browsers few'}. The MODERN profile offers the ECDHE suites with AES-GCM and ChaCha20 that browsers use.`,
        code: MODERN_POLICY
      }
    case 'certificate':
      return {
        text: `Attach a certificate that names ${problem.host} to the target HTTPS proxy: a Google-managed one is issued and renewed by Google once the name's DNS points at the load balancer. List it with the proxy's other certificates; the load balancer picks by SNI.`,
        code: {
          lang: 'bash',
          text: [
            `gcloud compute ssl-certificates create wss-managed --global --domains=${problem.host}`,
            'gcloud compute target-https-proxies update "$TARGET_HTTPS_PROXY" --global \\',
            '  --ssl-certificates=wss-managed'
          ].join('\n')
        }
      }
    case 'tls-listener':
      return {
        text: `Port ${problem.port} is served by a target HTTP proxy, so wss://${problem.host}:${problem.port}${basePath(problem.path)} finds no TLS. Add an HTTPS frontend: a target HTTPS proxy with a certificate, and a forwarding rule on 443 for the same address.`,
        code: {
          lang: 'bash',
          text: [
            'gcloud compute target-https-proxies create wss-https --global \\',
            '  --url-map="$URL_MAP" --ssl-certificates=wss-managed',
            'gcloud compute forwarding-rules create wss-https --global \\',
            '  --target-https-proxy=wss-https --address="$ADDRESS" --ports=443'
          ].join('\n')
        }
      }
    case 'client-certificate':
      return {
        text: `The load balancer verifies client certificates (frontend mTLS) through a ServerTlsPolicy that references a Certificate Manager trust config with your client CA, attached to the target HTTPS proxy (serverTlsPolicy in its exported YAML).`,
        code: {
          lang: 'bash',
          text: [
            'gcloud certificate-manager trust-configs import wss-clients --location=global \\',
            '  --source=trust_config.yaml',
            'gcloud network-security server-tls-policies create wss-mtls --location=global \\',
            '  --client-validation-mode=reject-invalid \\',
            '  --client-validation-trust-config=projects/$PROJECT/locations/global/trustConfigs/wss-clients',
            '# then add serverTlsPolicy to the target HTTPS proxy:',
            'gcloud compute target-https-proxies export "$TARGET_HTTPS_PROXY" --global --destination=proxy.yaml',
            'gcloud compute target-https-proxies import "$TARGET_HTTPS_PROXY" --global --source=proxy.yaml'
          ].join('\n')
        }
      }
    case 'certificate-size':
      return {
        text: `Give the target HTTPS proxy several smaller certificates instead of one naming every host: it holds a list and picks by SNI, so ${problem.host} can get one of its own.`,
        code: {
          lang: 'bash',
          text: [
            `gcloud compute ssl-certificates create ${resourceName('wss', problem.host)} --global --domains=${problem.host}`,
            "# the proxy's whole list: its other certificates, then the new one",
            'gcloud compute target-https-proxies update "$TARGET_HTTPS_PROXY" --global \\',
            `  --ssl-certificates=OTHER_CERTIFICATES,${resourceName('wss', problem.host)}`
          ].join('\n')
        }
      }
  }
}
