export const id = 176;
export const ids = [176];
export const modules = {

/***/ 64176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  withFixesOf: () => (/* binding */ withFixesOf)
});

// UNUSED EXPORTS: FIXES, fixFor

// EXTERNAL MODULE: ./src/proxies/apache/fix.ts
var fix = __webpack_require__(99360);
// EXTERNAL MODULE: ./src/proxies/caddy/fix.ts
var caddy_fix = __webpack_require__(75471);
// EXTERNAL MODULE: ./src/proxies/envoy/fixes.ts
var fixes = __webpack_require__(97311);
// EXTERNAL MODULE: ./src/proxies/h2o/fixes.ts
var h2o_fixes = __webpack_require__(52371);
// EXTERNAL MODULE: ./src/proxies/haproxy/fix.ts
var haproxy_fix = __webpack_require__(80217);
// EXTERNAL MODULE: ./src/proxies/proxy.ts
var proxy = __webpack_require__(4348);
;// CONCATENATED MODULE: ./src/proxies/iis/fix.ts
// IIS's fixes, as a reverse proxy with Application Request Routing (URL Rewrite + ARR) or hosting
// the application itself (ASP.NET): they name the settings its configuration is spread over
// (applicationHost.config, web.config, the HTTP.sys bindings, Schannel's registry keys). Sources:
// Microsoft Learn, IIS configuration reference <webSocket> (IIS 8.0+; the WebSocket Protocol role
// service; enabled default true, pingInterval default 00:00:00, i.e. no pings), the ARR proxy
// settings (system.webServer/proxy, server-wide, set with appcmd /commit:apphost), <access
// sslFlags> (client certificates), the IISAdministration New-IISSiteBinding -SslFlag values (Sni,
// DisableTLS13, DisableLegacyTLS), and Schannel's per-protocol registry keys (TLS 1.3 on Windows
// Server 2022 and later).

/** "01:00:00" for a number of seconds, the timeSpan form IIS configuration takes. */
function timeSpan(seconds) {
    const h = Math.floor(seconds / 3600);
    const m = Math.floor((seconds % 3600) / 60);
    const s = seconds % 60;
    return [h, m, s].map(n => String(n).padStart(2, '0')).join(':');
}
/** Text safe inside an XML attribute. */
function attribute(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}
const SCHANNEL = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols';
function iisFix(problem) {
    switch (problem.kind) {
        case 'upgrade': {
            const location = (0,proxy/* basePath */.J)(problem.path).replace(/^\//, '');
            return {
                text: `IIS passes a WebSocket upgrade only with the WebSocket Protocol role service installed (Install-WindowsFeature Web-WebSockets; without it ARR forwards the request without its Upgrade) and <webSocket enabled="true" /> where the site proxies ${(0,proxy/* basePath */.J)(problem.path)} to the backend with a URL Rewrite rule (ARR's proxy enabled at server level).`,
                code: {
                    lang: 'xml',
                    text: [
                        '<!-- web.config of the site serving ' + problem.host + ' -->',
                        '<configuration>',
                        '  <system.webServer>',
                        '    <webSocket enabled="true" />',
                        '    <rewrite>',
                        '      <rules>',
                        '        <rule name="websocket" stopProcessing="true">',
                        `          <match url="^${attribute(location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))}(.*)" />`,
                        `          <action type="Rewrite" url="http://127.0.0.1:8080/${attribute(location)}{R:1}" />`,
                        '        </rule>',
                        '      </rules>',
                        '    </rewrite>',
                        '  </system.webServer>',
                        '</configuration>'
                    ].join('\n')
                }
            };
        }
        case 'idle-timeout': {
            const span = timeSpan((0,proxy/* fixTimeoutSeconds */.O)(problem.seconds * 1000));
            return {
                text: `Raise ARR's proxy timeout (server level, Application Request Routing Cache > Server Proxy Settings > Time-out: appcmd set config -section:system.webServer/proxy /timeout:"${span}" /commit:apphost) above the longest silence, and have IIS ping the client (<webSocket pingInterval>, 00:00:00 by default, meaning never) so that a quiet socket is not idle.`,
                code: {
                    lang: 'xml',
                    text: [
                        '<!-- applicationHost.config (server level) -->',
                        `<proxy enabled="true" timeout="${span}" />`,
                        '<!-- web.config of the site -->',
                        '<system.webServer>',
                        '  <webSocket enabled="true" pingInterval="00:00:30" />',
                        '</system.webServer>'
                    ].join('\n')
                }
            };
        }
        case 'full-chain':
            return {
                text: `IIS (HTTP.sys) sends the intermediates it finds in the machine's certificate stores: import the certificate with its chain (a PFX exported with "include all certificates in the certification path") into the Local Machine store, intermediates under Intermediate Certification Authorities, then rebind.`,
                code: {
                    lang: 'powershell',
                    text: [
                        "$password = Read-Host -AsSecureString 'PFX password'",
                        'Import-PfxCertificate -FilePath .\\site.pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $password',
                        'Import-Certificate -FilePath .\\intermediate.cer -CertStoreLocation Cert:\\LocalMachine\\CA'
                    ].join('\n')
                }
            };
        case 'tls-versions':
            return {
                text: `IIS speaks the TLS versions Schannel enables for the whole machine (IIS Crypto's Best Practices template sets them, or the registry keys below; TLS 1.3 needs Windows Server 2022 or later), minus what the binding turns off: make sure the https binding for ${problem.host} does not carry DisableTLS13 ("Disable TLS 1.3 over TCP"). Reboot after changing Schannel.`,
                code: {
                    lang: 'powershell',
                    text: ['TLS 1.2', 'TLS 1.3']
                        .flatMap(version => [
                        `$key = '${SCHANNEL}\\${version}\\Server'`,
                        'New-Item $key -Force | Out-Null',
                        'New-ItemProperty $key -Name Enabled -Value 1 -PropertyType DWord -Force',
                        'New-ItemProperty $key -Name DisabledByDefault -Value 0 -PropertyType DWord -Force'
                    ])
                        .join('\n')
                }
            };
        case 'browser-ciphers':
            return {
                text: `IIS offers the cipher suites Schannel enables for the whole machine${problem.browsersLockedOut ? ', and none of the current ones is one browsers share' : ''}. Enable the ECDHE suites with AES-GCM (IIS Crypto's Best Practices template, or the TLS PowerShell module) and put them first.`,
                code: {
                    lang: 'powershell',
                    text: [
                        'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
                        'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
                        'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
                        'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384'
                    ]
                        .map((suite, i) => `Enable-TlsCipherSuite -Name ${suite} -Position ${i}`)
                        .join('\n')
                }
            };
        case 'certificate':
            return {
                text: `Bind a certificate that names ${problem.host} to an https binding with that host name and Server Name Indication (SslFlag Sni), the certificate in the Local Machine store with its chain.`,
                code: {
                    lang: 'powershell',
                    text: [
                        '# IISAdministration module; $thumbprint: the certificate in Cert:\\LocalMachine\\My',
                        `New-IISSiteBinding -Name 'SITE' -BindingInformation '*:443:${problem.host}' -Protocol https \``,
                        "  -CertificateThumbPrint $thumbprint -CertStoreLocation 'Cert:\\LocalMachine\\My' -SslFlag Sni"
                    ].join('\n')
                }
            };
        case 'tls-listener':
            return {
                text: `Port ${problem.port} has an http binding, so wss://${problem.host}:${problem.port}${(0,proxy/* basePath */.J)(problem.path)} finds no TLS. Give the site an https binding on it with the certificate for ${problem.host}.`,
                code: {
                    lang: 'powershell',
                    text: [
                        `New-IISSiteBinding -Name 'SITE' -BindingInformation '*:${problem.port}:${problem.host}' -Protocol https \``,
                        "  -CertificateThumbPrint $thumbprint -CertStoreLocation 'Cert:\\LocalMachine\\My' -SslFlag Sni"
                    ].join('\n')
                }
            };
        case 'client-certificate':
            return {
                text: `IIS asks for and requires client certificates with <access sslFlags> on the site (the section is locked at server level: unlock it with appcmd unlock config -section:system.webServer/security/access), and ARR can forward the certificate to the backend in X-ARR-ClientCert.`,
                code: {
                    lang: 'xml',
                    text: [
                        '<!-- web.config of the site serving ' + problem.host + ' -->',
                        '<system.webServer>',
                        '  <security>',
                        '    <access sslFlags="Ssl, SslNegotiateCert, SslRequireCert" />',
                        '  </security>',
                        '</system.webServer>'
                    ].join('\n')
                }
            };
        case 'certificate-size':
            return {
                text: `Give each host its own https binding with Server Name Indication (SslFlag Sni) and a certificate for that name only, instead of one certificate listing every host.`,
                code: {
                    lang: 'powershell',
                    text: [
                        `New-IISSiteBinding -Name 'SITE' -BindingInformation '*:443:${problem.host}' -Protocol https \``,
                        "  -CertificateThumbPrint $thumbprint -CertStoreLocation 'Cert:\\LocalMachine\\My' -SslFlag Sni"
                    ].join('\n')
                }
            };
    }
}

// EXTERNAL MODULE: ./src/proxies/ingress/fixes.ts
var ingress_fixes = __webpack_require__(69479);
;// CONCATENATED MODULE: ./src/proxies/ingress/fix.ts


const secretFor = (host) => `${host.replace(/\*/g, 'wildcard').replace(/\./g, '-')}-tls`;
const CONTROLLER_CONFIGMAP = [
    'apiVersion: v1',
    'kind: ConfigMap',
    'metadata:',
    "  name: ingress-nginx-controller # the controller's --configmap",
    '  namespace: ingress-nginx',
    'data:'
];
function ingressFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return {
                text: `ingress-nginx passes the WebSocket upgrade to any backend it speaks HTTP or HTTPS to; ${(0,proxy/* basePath */.J)(problem.path)} on ${problem.host} must be a path of an Ingress of the nginx class whose backend-protocol is HTTP or HTTPS (not GRPC, FCGI or AJP), and the Service behind it must answer the upgrade.`,
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
                        `          - path: ${(0,proxy/* basePath */.J)(problem.path)}`,
                        '            pathType: Prefix'
                    ].join('\n')
                }
            };
        case 'idle-timeout':
            return (0,ingress_fixes/* ingressNginxTimeoutFix */.ge)((0,proxy/* fixTimeoutSeconds */.O)(problem.seconds * 1000));
        case 'full-chain':
            return {
                text: `ingress-nginx serves tls.crt of the spec.tls secret as it is: put the leaf and its intermediates in it (fullchain.pem), or let cert-manager write the secret.`,
                code: {
                    lang: 'bash',
                    text: `kubectl create secret tls ${secretFor(problem.host)} --cert=fullchain.pem --key=privkey.pem \\\n  --dry-run=client -o yaml | kubectl apply -f -`
                }
            };
        case 'tls-versions':
            return {
                text: `ingress-nginx offers the versions of ssl-protocols in its ConfigMap ("TLSv1.2 TLSv1.3" by default): set it back to both.`,
                code: {
                    lang: 'yaml',
                    text: [...CONTROLLER_CONFIGMAP, '  ssl-protocols: "TLSv1.2 TLSv1.3"'].join('\n')
                }
            };
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
            };
        case 'certificate':
            return (0,ingress_fixes/* ingressTlsFix */.io)([problem.host], secretFor(problem.host));
        case 'tls-listener':
            return {
                text: `ingress-nginx terminates TLS on its HTTPS port (443) for the hosts listed under spec.tls; wss://${problem.host}:${problem.port}${(0,proxy/* basePath */.J)(problem.path)} reaches its plain HTTP port. List ${problem.host} under spec.tls and connect on 443.`,
                code: (0,ingress_fixes/* ingressTlsFix */.io)([problem.host], secretFor(problem.host)).code
            };
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
            };
        case 'certificate-size':
            return {
                text: `ingress-nginx picks a certificate by SNI among the spec.tls secrets: give ${problem.host} a secret of its own (one spec.tls entry per group of hosts) instead of one certificate naming every host.`,
                code: (0,ingress_fixes/* ingressTlsFix */.io)([problem.host], secretFor(problem.host)).code
            };
    }
}

// EXTERNAL MODULE: ./src/proxies/index.ts + 5 modules
var src_proxies = __webpack_require__(17655);
// EXTERNAL MODULE: ./src/proxies/lighttpd/fix.ts
var lighttpd_fix = __webpack_require__(70730);
;// CONCATENATED MODULE: ./src/proxies/managed/aws-alb-fix.ts
// AWS Application Load Balancer's fixes, in its managed settings (Terraform, CloudFormation or the
// console hold them). Sources: Elastic Load Balancing user guide for Application Load Balancers
// (idle timeout: attribute idle_timeout.timeout_seconds, 60 s by default, 1-4000 s; WebSockets
// supported natively on HTTP and HTTPS listeners; security policies,
// ELBSecurityPolicy-TLS13-1-2-2021-06 recommended, ELBSecurityPolicy-2016-08 the CLI/API default
// without TLS 1.3; mutual TLS with a trust store, modes off/passthrough/verify; certificates from
// ACM, extra ones chosen by SNI), and the Terraform aws_lb resource (idle_timeout).

const MAX_IDLE_TIMEOUT_S = 4000;
const POLICY = 'ELBSecurityPolicy-TLS13-1-2-2021-06';
function awsAlbFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return {
                text: `The ALB passes WebSocket upgrades natively on HTTP and HTTPS listeners; there is no setting to turn on. An upgrade to ${problem.host}${(0,proxy/* basePath */.J)(problem.path)} that fails comes from the target group or the application: the rule for the path must forward to a target group over HTTP/1.1 (protocol version HTTP1, the default), and the target itself must answer the upgrade with 101 (try it on the target's own port).`,
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
            };
        case 'idle-timeout': {
            const wanted = (0,proxy/* fixTimeoutSeconds */.O)(problem.seconds * 1000);
            const seconds = Math.min(wanted, MAX_IDLE_TIMEOUT_S);
            const capped = wanted > MAX_IDLE_TIMEOUT_S;
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
            };
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
            };
        case 'tls-versions':
            return {
                text: `The HTTPS listener's security policy decides the TLS versions. Choose ${POLICY}, which offers TLS 1.3 and TLS 1.2 (listeners created from the CLI or API without one get ELBSecurityPolicy-2016-08, which has no TLS 1.3).`,
                code: {
                    lang: 'bash',
                    text: `aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" --ssl-policy ${POLICY}`
                }
            };
        case 'browser-ciphers':
            return {
                text: `The HTTPS listener's security policy decides the ciphers${problem.browsersLockedOut ? ', and the current one shares none with browsers' : ''}. ${POLICY} offers the ECDHE suites with AES-GCM that browsers share; an ALB accepts no custom policy, so pick that predefined one rather than a FIPS or legacy-only one.`,
                code: {
                    lang: 'bash',
                    text: `aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" --ssl-policy ${POLICY}`
                }
            };
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
            };
        case 'tls-listener':
            return {
                text: `Port ${problem.port} is a plain HTTP listener, so wss://${problem.host}:${problem.port}${(0,proxy/* basePath */.J)(problem.path)} finds no TLS. Make that listener HTTPS with an ACM certificate and a security policy (or point clients at the HTTPS listener).`,
                code: {
                    lang: 'bash',
                    text: [
                        'aws elbv2 modify-listener --listener-arn "$LISTENER_ARN" \\',
                        `  --protocol HTTPS --port ${problem.port} --ssl-policy ${POLICY} \\`,
                        '  --certificates CertificateArn="$CERTIFICATE_ARN"'
                    ].join('\n')
                }
            };
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
            };
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
            };
    }
}

;// CONCATENATED MODULE: ./src/proxies/managed/cloudflare-fix.ts
// Cloudflare's fixes (orange-cloud records), in the dashboard or the zone settings API. Sources:
// developers.cloudflare.com — Connection limits (Proxy Read Timeout 100 s, answered with 524,
// configurable for Enterprise only; newer revisions list 120 s), Network > WebSockets (the zone's
// "websockets" setting), SSL/TLS > Edge Certificates (Minimum TLS Version, TLS 1.3, cipher suites
// only with Advanced Certificate Manager, set through the API), Universal SSL limitations (the apex
// and first-level subdomains only), custom certificates' bundle methods (Compatible, Modern,
// User-defined), the proxied HTTPS ports (443, 2053, 2083, 2087, 2096, 8443), and mutual TLS with
// Cloudflare-issued client certificates and a WAF rule on cf.tls_client_auth.cert_verified.

const READ_TIMEOUT_S = 100;
const HTTPS_PORTS = [443, 2053, 2083, 2087, 2096, 8443];
const HTTP_PORTS = [80, 8080, 8880, 2052, 2082, 2086, 2095];
/** A zone setting through the API (the dashboard path is in the fix's text). */
function zoneSetting(setting, value) {
    return [
        `curl -X PATCH "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/settings/${setting}" \\`,
        '  -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" -H "Content-Type: application/json" \\',
        `  --data '{"value":${value}}'`
    ].join('\n');
}
function cloudflareFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return {
                text: `Cloudflare proxies WebSockets only while the zone's WebSockets setting is on (dashboard: Network > WebSockets). With it on, an upgrade to ${problem.host}${(0,proxy/* basePath */.J)(problem.path)} that still fails is refused by the origin behind Cloudflare (or a WAF rule on the 101 request): try the origin directly.`,
                code: { lang: 'bash', text: zoneSetting('websockets', '"on"') }
            };
        case 'idle-timeout':
            return {
                text: problem.seconds < READ_TIMEOUT_S
                    ? `Cloudflare keeps a silent WebSocket for ${READ_TIMEOUT_S} s (Proxy Read Timeout), longer than the ${problem.seconds} s after which this one was cut: the cut comes from the origin behind Cloudflare (its proxy's read timeout). Raise that, and let the application ping.`
                    : `Cloudflare closes a WebSocket that carries no frame for ${READ_TIMEOUT_S} s (its Proxy Read Timeout), and on Free, Pro and Business plans that limit cannot be raised; only Enterprise zones can ask their account team for a longer one. The application must keep the socket busy: a ping (or any message) from either side every 30 s or so.`,
                code: {
                    lang: 'js',
                    text: [
                        `// Cloudflare: Proxy Read Timeout ${READ_TIMEOUT_S} s, fixed below Enterprise — ping well inside it (ws server)`,
                        'const heartbeat = setInterval(() => {',
                        '  for (const socket of wss.clients) socket.ping()',
                        '}, 30_000)',
                        "wss.on('close', () => clearInterval(heartbeat))"
                    ].join('\n')
                }
            };
        case 'full-chain':
            return {
                text: `Cloudflare's edge certificates (Universal, Advanced) are served with their chain. A custom certificate uploaded with the User-defined bundle method is served exactly as pasted: re-upload it with the Compatible bundle method (Cloudflare adds the intermediates), or paste the intermediates after the leaf (SSL/TLS > Edge Certificates > the custom certificate).`,
                code: {
                    lang: 'text',
                    text: [
                        'SSL/TLS > Edge Certificates > Custom certificates > Replace',
                        '  SSL certificate: the leaf',
                        '  Bundle method: Compatible'
                    ].join('\n')
                }
            };
        case 'tls-versions':
            return {
                text: `Cloudflare's edge offers the versions from Minimum TLS Version up, TLS 1.3 when its switch is on (dashboard: SSL/TLS > Edge Certificates > Minimum TLS Version and TLS 1.3). Set the minimum to 1.2 and turn TLS 1.3 on.`,
                code: {
                    lang: 'bash',
                    text: [zoneSetting('min_tls_version', '"1.2"'), zoneSetting('tls_1_3', '"on"')].join('\n')
                }
            };
        case 'browser-ciphers':
            return {
                text: `Cloudflare's default cipher suites include those browsers use; a custom list (Advanced Certificate Manager, set through the API) narrower than that ${problem.browsersLockedOut ? 'locks browsers out' : 'leaves browsers fewer suites'}. Reset the zone's ciphers to the default (an empty list), or list ECDHE suites with AES-GCM and ChaCha20.`,
                code: { lang: 'bash', text: zoneSetting('ciphers', '[]') }
            };
        case 'certificate':
            return {
                text: `Cloudflare's Universal SSL certificate covers the zone apex and its first-level subdomains only, and only for proxied records. For ${problem.host}, proxy the record (orange cloud) and, if it is deeper than one level, order an advanced certificate for it or turn on Total TLS (Advanced Certificate Manager), or upload a custom certificate that names it.`,
                code: {
                    lang: 'text',
                    text: [
                        `DNS > Records > ${problem.host}: Proxy status Proxied`,
                        `SSL/TLS > Edge Certificates > Order an advanced certificate: ${problem.host}`
                    ].join('\n')
                }
            };
        case 'tls-listener':
            return {
                text: `Cloudflare terminates TLS only on its HTTPS ports (${HTTPS_PORTS.join(', ')}); ${HTTP_PORTS.includes(problem.port) ? `port ${problem.port} is one of its plain HTTP ports` : `port ${problem.port} is not proxied at all`}, so wss://${problem.host}:${problem.port}${(0,proxy/* basePath */.J)(problem.path)} gets no TLS there. Point clients at port 443 (or another HTTPS port, with the origin listening behind it).`,
                code: {
                    lang: 'text',
                    text: `wss://${problem.host}${(0,proxy/* basePath */.J)(problem.path)}   # port 443: Cloudflare terminates TLS`
                }
            };
        case 'client-certificate':
            return {
                text: `Cloudflare asks for client certificates on the hostnames where mutual TLS is on (SSL/TLS > Client Certificates: issue certificates from the Cloudflare CA and enable mTLS for ${problem.host}), and a WAF custom rule then blocks requests without a verified one; the origin sees the result, not the handshake.`,
                code: {
                    lang: 'text',
                    text: [
                        `SSL/TLS > Client Certificates > Hosts: ${problem.host}`,
                        'Security > WAF > Custom rules, action Block:',
                        `  (http.host eq "${problem.host}" and not cf.tls_client_auth.cert_verified)`
                    ].join('\n')
                }
            };
        case 'certificate-size':
            return {
                text: `Serve ${problem.host} from a certificate with fewer names: an advanced certificate (Advanced Certificate Manager) per group of hostnames instead of one custom certificate listing all of them; Cloudflare picks by SNI.`,
                code: {
                    lang: 'text',
                    text: `SSL/TLS > Edge Certificates > Order an advanced certificate: ${problem.host}`
                }
            };
    }
}

;// CONCATENATED MODULE: ./src/proxies/managed/google-lb-fix.ts
// Google Cloud external Application Load Balancer (Google Front Ends, or Envoy for the regional
// one): its fixes, with gcloud. Sources: cloud.google.com load-balancing docs (the LB adds "Via:
// 1.1 google" to requests and responses; the backend service timeout, timeoutSec, 30 s by default,
// is for WebSockets the longest a connection may stay open, idle or not; native WebSocket support
// when the backend service speaks HTTP or HTTPS; SSL policies with profiles
// COMPATIBLE/MODERN/RESTRICTED and --min-tls-version; Google-managed certificates; frontend mTLS
// through a ServerTlsPolicy and a Certificate Manager trust config), the gcloud reference
// (ssl-policies create, backend-services update --timeout, target-https-proxies update), and
// gcpdiag lb/BP/2025_002 (timeouts above 24 h are not advised: GFEs restart for maintenance).

const MAX_ADVISED_TIMEOUT_S = 86400;
/** A Compute resource name for a host: lower case, letters, digits and dashes, at most 63. */
function resourceName(prefix, host) {
    const name = `${prefix}-${host.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    return name.slice(0, 63).replace(/-+$/, '');
}
/** A MODERN SSL policy (TLS 1.2 up, the suites browsers use) attached to the HTTPS proxy. */
const MODERN_POLICY = {
    lang: 'bash',
    text: [
        'gcloud compute ssl-policies create wss-modern --global --profile MODERN --min-tls-version 1.2',
        'gcloud compute target-https-proxies update "$TARGET_HTTPS_PROXY" --global --ssl-policy wss-modern'
    ].join('\n')
};
function googleLbFix(problem) {
    switch (problem.kind) {
        case 'upgrade':
            return {
                text: `The external Application Load Balancer carries WebSockets natively when the backend service speaks HTTP or HTTPS to the backends (not HTTP/2): there is nothing to turn on. With such a backend service, an upgrade to ${problem.host}${(0,proxy/* basePath */.J)(problem.path)} that fails is refused by the backend (or by the URL map sending the path elsewhere).`,
                code: {
                    lang: 'bash',
                    text: [
                        'gcloud compute backend-services describe "$BACKEND_SERVICE" --global --format="value(protocol,timeoutSec)"',
                        'gcloud compute backend-services update "$BACKEND_SERVICE" --global --protocol=HTTP'
                    ].join('\n')
                }
            };
        case 'idle-timeout': {
            const seconds = Math.min((0,proxy/* fixTimeoutSeconds */.O)(problem.seconds * 1000), MAX_ADVISED_TIMEOUT_S);
            return {
                text: `For a WebSocket, the backend service timeout (timeoutSec, 30 s by default) is the longest the connection may stay open, busy or idle: pings do not extend it. Raise it to ${seconds} s on the backend service behind ${problem.host} (GKE Ingress: timeoutSec in the Service's BackendConfig), keep it under 24 h, and let clients reconnect when it ends.`,
                code: {
                    lang: 'bash',
                    text: `gcloud compute backend-services update "$BACKEND_SERVICE" --global --timeout=${seconds}`
                }
            };
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
            };
        case 'tls-versions':
            return {
                text: `The target HTTPS proxy's SSL policy sets the lowest TLS version (without one, Google's default accepts TLS 1.0 up); TLS 1.3 is offered by the load balancer itself. Create a MODERN policy with minimum TLS 1.2 and attach it.`,
                code: MODERN_POLICY
            };
        case 'browser-ciphers':
            return {
                text: `The SSL policy's profile decides the TLS 1.2 ciphers; ${problem.browsersLockedOut ? 'the current one offers none that browsers share' : 'a CUSTOM profile can leave browsers few'}. The MODERN profile offers the ECDHE suites with AES-GCM and ChaCha20 that browsers use.`,
                code: MODERN_POLICY
            };
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
            };
        case 'tls-listener':
            return {
                text: `Port ${problem.port} is served by a target HTTP proxy, so wss://${problem.host}:${problem.port}${(0,proxy/* basePath */.J)(problem.path)} finds no TLS. Add an HTTPS frontend: a target HTTPS proxy with a certificate, and a forwarding rule on 443 for the same address.`,
                code: {
                    lang: 'bash',
                    text: [
                        'gcloud compute target-https-proxies create wss-https --global \\',
                        '  --url-map="$URL_MAP" --ssl-certificates=wss-managed',
                        'gcloud compute forwarding-rules create wss-https --global \\',
                        '  --target-https-proxy=wss-https --address="$ADDRESS" --ports=443'
                    ].join('\n')
                }
            };
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
            };
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
            };
    }
}

// EXTERNAL MODULE: ./src/proxies/nginx/fix.ts
var nginx_fix = __webpack_require__(25984);
// EXTERNAL MODULE: ./src/proxies/traefik/fixes.ts
var traefik_fixes = __webpack_require__(45270);
;// CONCATENATED MODULE: ./src/proxies/fixes.ts















/** Each proxy's fix, in its own configuration language. */
const FIXES = {
    cloudflare: cloudflareFix,
    'aws-alb': awsAlbFix,
    'google-lb': googleLbFix,
    iis: iisFix,
    nginx: nginx_fix/* nginxFix */.kU,
    haproxy: haproxy_fix/* haproxyFix */.vT,
    apache: fix/* apacheFix */.Es,
    caddy: caddy_fix/* caddyFix */.pl,
    lighttpd: lighttpd_fix/* lighttpdFix */.U$,
    h2o: h2o_fixes/* h2oFix */.N3,
    traefik: traefik_fixes/* traefikFix */.e,
    envoy: fixes/* envoyFix */.b,
    'ingress-nginx': ingressFix
};
/** When the proxy cannot be told: the fix for the few most common ones. */
const COMMON = ['nginx', 'haproxy', 'apache', 'caddy'];
/** The application's own remedy for idle cuts, true behind every proxy and load balancer. */
const PING_REMEDY = 'Whatever the proxy: a server that pings every open WebSocket more often than the shortest idle timeout on the way (every 30 s is common; ws: setInterval(() => socket.ping(), 30_000)) keeps it alive through any proxy or load balancer.';
/** The fix for `problem` in the words of the proxy in front, or of the common ones when it
 * could not be told. */
function fixFor(problem, proxy) {
    const known = proxy && FIXES[proxy.id];
    const fix = known ? known(problem) : commonFix(problem);
    if (problem.kind !== 'idle-timeout')
        return fix;
    return { ...fix, text: `${fix.text} ${PING_REMEDY}` };
}
function commonFix(problem) {
    const proxies = COMMON.map(id => src_proxies/* ANSWERING */.xE.find(p => p.id === id)).filter((p) => p !== undefined);
    if (proxies.length === 1)
        return FIXES[proxies[0].id](problem);
    const fixes = proxies.map(p => ({ proxy: p, fix: FIXES[p.id](problem) }));
    return {
        text: `${WHAT_TO_DO[problem.kind](problem)} The proxy in front could not be told from its answers: the block has the fix for ${listOf(proxies.map(p => p.name))}.`,
        code: {
            lang: 'text',
            text: fixes
                .filter(({ fix }) => fix.code)
                .map(({ proxy, fix }) => `# ${proxy.name}\n${fix.code.text}`)
                .join('\n\n')
        }
    };
}
/** What every proxy must do, in no proxy's words. */
const WHAT_TO_DO = {
    upgrade: p => `Make the proxy pass the WebSocket upgrade for ${(0,proxy/* basePath */.J)(p.path)}: HTTP/1.1 to the backend, with the Upgrade and Connection headers.`,
    'idle-timeout': p => `Make the proxy's timeouts for ${(0,proxy/* basePath */.J)(p.path)} longer than the longest silence between frames (${p.seconds} s here).`,
    'full-chain': () => 'Serve the full chain (leaf, then intermediates) instead of the leaf alone.',
    'tls-versions': () => 'Offer TLS 1.2 and TLS 1.3.',
    'browser-ciphers': () => 'Offer what browsers offer: TLS 1.3, and for TLS 1.2 ECDHE with AES-GCM or ChaCha20.',
    certificate: p => `Serve a certificate that covers ${p.host}.`,
    'tls-listener': p => `Terminate TLS on port ${p.port}, or point the wss:// URL at the TLS port (443 by default).`,
    'client-certificate': () => 'Ask for client certificates only where clients have them: not on an endpoint browsers open.',
    'certificate-size': () => 'Split the names over several certificates (a few hundred names each) chosen by SNI.'
};
function listOf(names) {
    return names.length <= 1
        ? names.join('')
        : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
/** Findings with a problem get their fix in the words of `proxy`: the probe's own prose (what
 * does not depend on the proxy) first, then the proxy's. The block is the proxy's; commands the
 * probe gave (certbot) go first in it as comments, to run before the configuration changes. */
function withFixesOf(findings, proxy) {
    return findings.map(finding => {
        if (!finding.problem)
            return finding;
        const words = fixFor(finding.problem, proxy);
        const own = finding.fix;
        if (!own)
            return { ...finding, fix: words };
        return { ...finding, fix: { text: `${own.text} ${words.text}`, code: merged(own, words) } };
    });
}
function merged(own, words) {
    if (!own.code || !words.code)
        return words.code ?? own.code;
    if (own.code.lang === words.code.lang)
        return { lang: own.code.lang, text: `${own.code.text}\n\n${words.code.text}` };
    const first = own.code.text.split('\n').map(line => (line.startsWith('#') ? line : `#   ${line}`));
    return { lang: words.code.lang, text: `${first.join('\n')}\n\n${words.code.text}` };
}


/***/ })

};

//# sourceMappingURL=176.index.js.map