// Kubernetes Ingress (ingress-nginx): the fix for a problem a live answer shows, in annotations
// and the controller's ConfigMap. The check of Ingress manifests words its own (fixes.ts).
import type { Fix } from '../../findings.js'
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'
import { ingressNginxTimeoutFix, ingressTlsFix } from './fixes.js'

const secretFor = (host: string): string =>
  `${host.replace(/\*/g, 'wildcard').replace(/\./g, '-')}-tls`

const CONTROLLER_CONFIGMAP = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  "  name: ingress-nginx-controller # the controller's --configmap",
  '  namespace: ingress-nginx',
  'data:'
]

export function ingressFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return {
        text: `ingress-nginx passes the WebSocket upgrade to any backend it speaks HTTP or HTTPS to; ${basePath(problem.path)} on ${problem.host} must be a path of an Ingress of the nginx class whose backend-protocol is HTTP or HTTPS (not GRPC, FCGI or AJP), and the Service behind it must answer the upgrade.`,
        code: {
          lang: 'yaml',
          text: [
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/backend-protocol: "HTTP"',
            'spec:',
            '  rules:',
            `    - host: ${problem.host}`,
            '      http:',
            '        paths:',
            `          - path: ${basePath(problem.path)}`,
            '            pathType: Prefix'
          ].join('\n')
        }
      }
    case 'idle-timeout':
      return ingressNginxTimeoutFix(fixTimeoutSeconds(problem.seconds * 1000))
    case 'full-chain':
      return {
        text: `ingress-nginx serves tls.crt of the spec.tls secret as it is: put the leaf and its intermediates in it (fullchain.pem), or let cert-manager write the secret.`,
        code: {
          lang: 'bash',
          text: `kubectl create secret tls ${secretFor(problem.host)} --cert=fullchain.pem --key=privkey.pem \\\n  --dry-run=client -o yaml | kubectl apply -f -`
        }
      }
    case 'tls-versions':
      return {
        text: `ingress-nginx offers the versions of ssl-protocols in its ConfigMap ("TLSv1.2 TLSv1.3" by default): set it back to both.`,
        code: {
          lang: 'yaml',
          text: [...CONTROLLER_CONFIGMAP, '  ssl-protocols: "TLSv1.2 TLSv1.3"'].join('\n')
        }
      }
    case 'browser-ciphers':
      return {
        text: `ingress-nginx offers the TLS 1.2 ciphers of ssl-ciphers in its ConfigMap${problem.browsersLockedOut ? '; the current list shares none with browsers' : ''}: list the ECDHE suites with AES-GCM and ChaCha20 that browsers use.`,
        code: {
          lang: 'yaml',
          text: [
            ...CONTROLLER_CONFIGMAP,
            '  ssl-ciphers: "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305"'
          ].join('\n')
        }
      }
    case 'certificate':
      return ingressTlsFix([problem.host], secretFor(problem.host))
    case 'tls-listener':
      return {
        text: `ingress-nginx terminates TLS on its HTTPS port (443) for the hosts listed under spec.tls; wss://${problem.host}:${problem.port}${basePath(problem.path)} reaches its plain HTTP port. List ${problem.host} under spec.tls and connect on 443.`,
        code: ingressTlsFix([problem.host], secretFor(problem.host)).code
      }
    case 'client-certificate':
      return {
        text: `ingress-nginx asks for and verifies client certificates per Ingress: auth-tls-secret names a secret holding the client CA (ca.crt), auth-tls-verify-client turns verification on.`,
        code: {
          lang: 'yaml',
          text: [
            'metadata:',
            '  annotations:',
            '    nginx.ingress.kubernetes.io/auth-tls-secret: "NAMESPACE/client-ca"',
            '    nginx.ingress.kubernetes.io/auth-tls-verify-client: "on"'
          ].join('\n')
        }
      }
    case 'certificate-size':
      return {
        text: `ingress-nginx picks a certificate by SNI among the spec.tls secrets: give ${problem.host} a secret of its own (one spec.tls entry per group of hosts) instead of one certificate naming every host.`,
        code: ingressTlsFix([problem.host], secretFor(problem.host)).code
      }
  }
}
