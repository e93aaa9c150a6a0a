// AWS Application Load Balancer's fixes, in its managed settings (Terraform, CloudFormation or the
// console hold them). Sources: Elastic Load Balancing user guide for Application Load Balancers
// (idle timeout: attribute idle_timeout.timeout_seconds, 60 s by default, 1-4000 s; WebSockets
// supported natively on HTTP and HTTPS listeners; security policies,
// ELBSecurityPolicy-TLS13-1-2-2021-06 recommended, ELBSecurityPolicy-2016-08 the CLI/API default
// without TLS 1.3; mutual TLS with a trust store, modes off/passthrough/verify; certificates from
// ACM, extra ones chosen by SNI), and the Terraform aws_lb resource (idle_timeout).
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'
import type { Fix } from '../../findings.js'

const MAX_IDLE_TIMEOUT_S = 4000
const POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06'

export function awsAlbFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade':
      return {
        text: `The ALB passes WebSocket upgrades natively on HTTP and HTTPS listeners; there is no setting to turn on. An upgrade to ${problem.host}${basePath(problem.path)} that fails comes from the target group or the application: the rule for the path must forward to a target group over HTTP/1.1 (protocol version HTTP1, the default), and the target itself must answer the upgrade with 101 (try it on the target's own port).`,
        code: {
          lang: 'bash',
          text: [
            '# The target group behind the WebSocket path: protocol HTTP or HTTPS, ProtocolVersion HTTP1',
            'aws elbv2 describe-target-groups --target-group-arns "$TARGET_GROUP_ARN" \\',
            "  --query 'TargetGroups[].[Protocol,ProtocolVersion,Port]'",
            '# Health and reachability of its targets',
            'aws elbv2 describe-target-health --target-group-arn "$TARGET_GROUP_ARN"'
          ].join('\n')
        }
      }
    case 'idle-timeout': {
      const wanted = fixTimeoutSeconds(problem.seconds * 1000)
      const seconds = Math.min(wanted, MAX_IDLE_TIMEOUT_S)
      const capped = wanted > MAX_IDLE_TIMEOUT_S
      return {
        text: `The ALB closes a connection, a WebSocket included, after idle_timeout.timeout_seconds without data in either direction (60 s by default). Raise the load balancer attribute to ${seconds} s (Terraform: idle_timeout on the aws_lb resource${capped ? `; 4000 s is the most the ALB accepts, so sockets silent for ${problem.seconds} s need pings anyway` : ''}), and let the application ping so that no socket stays silent that long.`,
        code: {
          lang: 'bash',
          text: [
            `# Terraform: resource "aws_lb" { idle_timeout = ${seconds} }`,
            'aws elbv2 modify-load-balancer-attributes --load-balancer-arn "$ALB_ARN" \\',
            `  --attributes Key=idle_timeout.timeout_seconds,Value=${seconds}`
          ].join('\n')
        }
      }
    }
    case 'full-chain':
      return {
        text: `The ALB serves the certificate chain ACM holds for the listener's certificate. An imported certificate needs its intermediates in --certificate-chain (re-import it under the same ARN); a certificate ACM issues carries its chain already.`,
        code: {
          lang: 'bash',
          text: [
            'aws acm import-certificate --certificate-arn "$CERTIFICATE_ARN" \\',
            '  --certificate fileb://cert.pem --private-key fileb://privkey.pem \\',
            '  --certificate-chain fileb://chain.pem'
          ].join('\n')
        }
      }
    case 'tls-versions':
      return {
        text: `The HTTPS listener's security policy decides the TLS versions. Choose ${POLICY}, which offers TLS 1.3 and TLS 1.2 (listeners created from the CLI or API without one get ELBSecurityPolicy-2016-08, which has no TLS 1.3).`,
        code: {
          lang: 'bash',
          text: `aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" --ssl-policy ${POLICY}`
        }
      }
    case 'browser-ciphers':
      return {
        text: `The HTTPS listener's security policy decides the ciphers${problem.browsersLockedOut ? ', and the current one shares none with browsers' : ''}. ${POLICY} offers the ECDHE suites with AES-GCM that browsers share; an ALB accepts no custom policy, so pick that predefined one rather than a FIPS or legacy-only one.`,
        code: {
          lang: 'bash',
          text: `aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" --ssl-policy ${POLICY}`
        }
      }
    case 'certificate':
      return {
        text: `Request an ACM certificate for ${problem.host} (DNS validation renews it by itself) and add it to the HTTPS listener: the ALB picks among the listener's certificates by SNI.`,
        code: {
          lang: 'bash',
          text: [
            `aws acm request-certificate --domain-name ${problem.host} --validation-method DNS`,
            '# once ACM shows it ISSUED:',
            'aws elbv2 add-listener-certificates --listener-arn "$LISTENER_ARN" \\',
            '  --certificates CertificateArn="$CERTIFICATE_ARN"'
          ].join('\n')
        }
      }
    case 'tls-listener':
      return {
        text: `Port ${problem.port} is a plain HTTP listener, so wss://${problem.host}:${problem.port}${basePath(problem.path)} finds no TLS. Make that listener HTTPS with an ACM certificate and a security policy (or point clients at the HTTPS listener).`,
        code: {
          lang: 'bash',
          text: [
            'aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" \\',
            `  --protocol HTTPS --port ${problem.port} --ssl-policy ${POLICY} \\`,
            '  --certificates CertificateArn="$CERTIFICATE_ARN"'
          ].join('\n')
        }
      }
    case 'client-certificate':
      return {
        text: `The ALB verifies client certificates itself with mutual TLS in verify mode: upload the CA bundle to S3, create a trust store from it and attach it to the HTTPS listener (passthrough mode would hand the certificate to the targets unverified, in X-Amzn-Mtls-Clientcert).`,
        code: {
          lang: 'bash',
          text: [
            'aws elbv2 create-trust-store --name wss-clients \\',
            '  --ca-certificates-bundle-s3-bucket "$BUCKET" --ca-certificates-bundle-s3-key ca-bundle.pem',
            'aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" \\',
            '  --mutual-authentication Mode=verify,TrustStoreArn="$TRUST_STORE_ARN"'
          ].join('\n')
        }
      }
    case 'certificate-size':
      return {
        text: `Instead of one certificate naming every host, give the HTTPS listener one ACM certificate per group of names: the ALB chooses among the listener's certificates by SNI, so ${problem.host} gets a small one.`,
        code: {
          lang: 'bash',
          text: [
            `aws acm request-certificate --domain-name ${problem.host} --validation-method DNS`,
            'aws elbv2 add-listener-certificates --listener-arn "$LISTENER_ARN" \\',
            '  --certificates CertificateArn="$CERTIFICATE_ARN"'
          ].join('\n')
        }
      }
  }
}
