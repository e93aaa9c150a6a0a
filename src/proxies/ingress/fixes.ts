// The fixes the Ingress check pastes, in each controller's own words: annotations on the Ingress,
// or the controller's ConfigMap or static configuration where an Ingress cannot say it.
import type { Fix } from '../../findings.js'

const annotations = (lines: string[]): string =>
  ['metadata:', '  annotations:', ...lines.map(l => `    ${l}`)].join('\n')

/** ingress-nginx: its read and send timeouts, per Ingress. */
export function ingressNginxTimeoutFix(timeoutSeconds: number): Fix {
  return {
    text: `ingress-nginx proxies WebSockets without further setup, but closes one after proxy-read-timeout/proxy-send-timeout seconds without a frame (60 by default): set both longer than the longest silence, and let the application ping.`,
    code: {
      lang: 'yaml',
      text: annotations([
        `nginx.ingress.kubernetes.io/proxy-read-timeout: "${timeoutSeconds}"`,
        `nginx.ingress.kubernetes.io/proxy-send-timeout: "${timeoutSeconds}"`
      ])
    }
  }
}

/** A host without TLS: a spec.tls entry naming it, with its certificate's secret. */
export function ingressTlsFix(hosts: string[], secretName: string): Fix {
  return {
    text: `List every host of the rules under spec.tls with the secret holding its certificate (cert-manager fills it when the Ingress carries its cluster-issuer annotation); a host left out is served with the controller's default certificate, which no browser trusts.`,
    code: {
      lang: 'yaml',
      text: [
        'spec:',
        '  tls:',
        '    - hosts:',
        ...hosts.map(h => `        - ${h}`),
        `      secretName: ${secretName}`
      ].join('\n')
    }
  }
}

/** NGINX Ingress Controller (nginx.org): its read and send timeouts, per Ingress. */
export function nginxIncTimeoutFix(timeoutSeconds: number): Fix {
  return {
    text: `NGINX Ingress Controller closes a WebSocket after proxy-read-timeout/proxy-send-timeout without a frame (60s by default): set both on the Ingress longer than the longest silence, and let the application ping.`,
    code: {
      lang: 'yaml',
      text: annotations([
        `nginx.org/proxy-read-timeout: "${timeoutSeconds}s"`,
        `nginx.org/proxy-send-timeout: "${timeoutSeconds}s"`
      ])
    }
  }
}

/** NGINX Ingress Controller passes the upgrade only to the services this annotation lists. */
export function nginxIncWebSocketFix(services: string[]): Fix {
  return {
    text: `NGINX Ingress Controller sets Upgrade and Connection for a service only when nginx.org/websocket-services names it: list every service that serves WebSockets (comma-separated).`,
    code: {
      lang: 'yaml',
      text: annotations([`nginx.org/websocket-services: "${services.join(',')}"`])
    }
  }
}

/** HAProxy Kubernetes Ingress Controller: timeout-tunnel exists only in its ConfigMap. */
export function haproxyTunnelFix(timeoutSeconds: number): Fix {
  return {
    text: `A WebSocket through HAProxy lives under timeout-tunnel once upgraded (1h by default). HAProxy Kubernetes Ingress Controller reads it from its ConfigMap only (the one named by its --configmap argument): set it there, longer than the longest silence, and let the application ping.`,
    code: {
      lang: 'yaml',
      text: [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata:',
        "  name: haproxy-kubernetes-ingress # the controller's --configmap",
        '  namespace: haproxy-controller',
        'data:',
        `  timeout-tunnel: "${timeoutSeconds}s"`
      ].join('\n')
    }
  }
}

/** HAProxy Ingress: timeout-tunnel per backend, as an Ingress annotation. */
export function haproxyIngressTunnelFix(timeoutSeconds: number): Fix {
  return {
    text: `A WebSocket through HAProxy lives under timeout-tunnel once upgraded (1h by default in HAProxy Ingress): set it on the Ingress longer than the longest silence, and let the application ping.`,
    code: {
      lang: 'yaml',
      text: annotations([`haproxy-ingress.github.io/timeout-tunnel: "${timeoutSeconds}s"`])
    }
  }
}

/** Traefik: the entry point's responding timeouts are static configuration. */
export function traefikTimeoutFix(timeoutSeconds: number): Fix {
  return {
    text: `An Ingress cannot set Traefik's timeouts: readTimeout belongs to the entry point, in Traefik's static configuration (Helm: its additionalArguments), and bounds how long a request, a WebSocket included, may last (60s by default in Traefik 3). Raise it on the entry point the WebSocket uses (0 disables it), and let the application ping.`,
    code: {
      lang: 'yaml',
      text: [
        '# Traefik static configuration',
        '# (CLI: --entryPoints.websecure.transport.respondingTimeouts.readTimeout=' +
          `${timeoutSeconds}s)`,
        'entryPoints:',
        '  websecure:',
        '    transport:',
        '      respondingTimeouts:',
        `        readTimeout: ${timeoutSeconds}s`
      ].join('\n')
    }
  }
}

/** Traefik: spec.tls only loads certificates; the router needs TLS turned on. */
export function traefikTlsFix(): Fix {
  return {
    text: `In Traefik, spec.tls only selects certificates: TLS on this Ingress's router is turned on by the router.tls annotation (or by an entry point with http.tls in the static configuration).`,
    code: {
      lang: 'yaml',
      text: annotations([
        'traefik.ingress.kubernetes.io/router.entrypoints: websecure',
        'traefik.ingress.kubernetes.io/router.tls: "true"'
      ])
    }
  }
}

export const ALB_POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06'

/** AWS Load Balancer Controller: the ALB's idle timeout as a load balancer attribute. */
export function albIdleTimeoutFix(timeoutSeconds: number, others: string[]): Fix {
  const seconds = Math.min(timeoutSeconds, 4000)
  return {
    text: `The ALB closes a connection, a WebSocket included, after idle_timeout.timeout_seconds without data (60 s by default, 4000 s at most). Set the attribute on the Ingress (keeping the other attributes of the annotation), and let the application ping.`,
    code: {
      lang: 'yaml',
      text: annotations([
        `alb.ingress.kubernetes.io/load-balancer-attributes: ${[...others, `idle_timeout.timeout_seconds=${seconds}`].join(',')}`
      ])
    }
  }
}

/** AWS Load Balancer Controller: an HTTPS listener, with a certificate from ACM. */
export function albListenerFix(): Fix {
  return {
    text: `The ALB gets an HTTPS listener when listen-ports names one or certificate-arn is set (without certificate-arn, the controller looks up ACM certificates for the Ingress's hosts). Add both, and a current security policy.`,
    code: {
      lang: 'yaml',
      text: annotations([
        `alb.ingress.kubernetes.io/listen-ports: '[{"HTTP": 80}, {"HTTPS": 443}]'`,
        'alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:REGION:ACCOUNT:certificate/ID',
        `alb.ingress.kubernetes.io/ssl-policy: ${ALB_POLICY}`
      ])
    }
  }
}

/** AWS Load Balancer Controller: the listener's security policy. */
export function albPolicyFix(): Fix {
  return {
    text: `The ALB's security policy sets the TLS versions and ciphers; the controller uses ELBSecurityPolicy-2016-08 (TLS 1.0 to 1.2, no TLS 1.3) unless told otherwise. ${ALB_POLICY} offers TLS 1.3 and 1.2 only.`,
    code: {
      lang: 'yaml',
      text: annotations([`alb.ingress.kubernetes.io/ssl-policy: ${ALB_POLICY}`])
    }
  }
}

/** GKE: the backend service timeout, through a BackendConfig on the Service. */
export function gkeTimeoutFix(service: string, timeoutSeconds: number): Fix {
  const name = `${service}-websocket`
  return {
    text: `For a WebSocket, the backend service timeout of Google's load balancer is the longest the connection may stay open, busy or not (30 s by default). Give the Service ${service} a BackendConfig with timeoutSec above the longest session (under 24 h), and let clients reconnect when it ends.`,
    code: {
      lang: 'yaml',
      text: [
        'apiVersion: cloud.google.com/v1',
        'kind: BackendConfig',
        'metadata:',
        `  name: ${name}`,
        'spec:',
        `  timeoutSec: ${Math.min(timeoutSeconds, 86400)}`,
        '---',
        `# on the Service ${service}:`,
        'metadata:',
        '  annotations:',
        `    cloud.google.com/backend-config: '{"default": "${name}"}'`
      ].join('\n')
    }
  }
}

/** GKE: a Google-managed certificate for hosts without one. */
export function gkeCertificateFix(hosts: string[]): Fix {
  return {
    text: `GKE serves the certificates of spec.tls secrets, of pre-shared certificates, or Google-managed ones named by networking.gke.io/managed-certificates: give every host one (a ManagedCertificate is issued once the host's DNS points at the Ingress's address).`,
    code: {
      lang: 'yaml',
      text: [
        'apiVersion: networking.gke.io/v1',
        'kind: ManagedCertificate',
        'metadata:',
        '  name: websocket-certificate',
        'spec:',
        '  domains:',
        ...hosts.map(h => `    - ${h}`),
        '---',
        '# on the Ingress:',
        'metadata:',
        '  annotations:',
        '    networking.gke.io/managed-certificates: websocket-certificate'
      ].join('\n')
    }
  }
}

/** GKE: an SSL policy through a FrontendConfig. */
export function gkeSslPolicyFix(): Fix {
  return {
    text: `Without an SSL policy Google's load balancer accepts TLS 1.0 and 1.1. Create one (gcloud compute ssl-policies create wss-modern --profile MODERN --min-tls-version 1.2) and name it in a FrontendConfig the Ingress points at.`,
    code: {
      lang: 'yaml',
      text: [
        'apiVersion: networking.gke.io/v1beta1',
        'kind: FrontendConfig',
        'metadata:',
        '  name: websocket-frontend',
        'spec:',
        '  sslPolicy: wss-modern',
        '---',
        '# on the Ingress:',
        'metadata:',
        '  annotations:',
        '    networking.gke.io/v1beta1.FrontendConfig: websocket-frontend'
      ].join('\n')
    }
  }
}
