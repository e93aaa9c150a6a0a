// The managed load balancers and IIS, which no lab here can run: recognised from header sets as
// each service sends them (recorded answers, error pages included), never from nginx's, Apache's
// or Caddy's; and for every problem a fix whose block names the managed setting.
import { describe, expect, test } from '@jest/globals'
import { awsAlb } from '../../src/proxies/managed/aws-alb.js'
import { cloudflare } from '../../src/proxies/managed/cloudflare.js'
import { googleLb } from '../../src/proxies/managed/google-lb.js'
import { FIXES } from '../../src/proxies/fixes.js'
import { iisAnswer } from '../../src/proxies/iis/answer.js'
import type {
  Problem,
  ProblemKind,
  ProxyAnswer,
  ResponseEvidence
} from '../../src/proxies/proxy.js'

const upgraded = {
  upgrade: 'websocket',
  connection: 'Upgrade',
  'sec-websocket-accept': 's3pPLMBiTxaQ9kYGzzhZRbK+xOo='
}

const ANSWERS = {
  // The ALB's own pages: Server awselb/2.0, nginx-like bodies (one older kind signed in the body).
  albBadGateway: {
    status: 502,
    headers: {
      server: 'awselb/2.0',
      date: 'Tue, 04 Mar 2025 10:00:00 GMT',
      'content-type': 'text/html',
      'content-length': '122',
      connection: 'keep-alive'
    },
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n'
  },
  albGatewayTimeout: {
    status: 504,
    headers: { server: 'awselb/2.0', 'content-type': 'text/html', 'content-length': '132' },
    body: '<html>\r\n<head><title>504 Gateway Time-out</title></head>\r\n<body>\r\n<center><h1>504 Gateway Time-out</h1></center>\r\n</body>\r\n</html>\r\n'
  },
  albSignedBody: {
    status: 400,
    headers: { 'content-type': 'text/html', 'content-length': '171', connection: 'close' },
    body: '<html>\n<head><title>400 Bad Request</title></head>\n<body bgcolor="white">\n<center><h1>400 Bad Request</h1></center>\n<hr><center>awselb/2.0</center>\n</body>\n</html>\n'
  },
  // A target's 101 through an ALB carries the target's headers only.
  albPassedUpgrade: { status: 101, headers: { ...upgraded } },
  cloudflareUpgrade: {
    status: 101,
    headers: {
      ...upgraded,
      server: 'cloudflare',
      'cf-ray': '8f2c1e4b9d3a7c21-AMS',
      date: 'Tue, 04 Mar 2025 10:00:00 GMT'
    }
  },
  cloudflareOriginError: {
    status: 520,
    headers: {
      server: 'cloudflare',
      'cf-ray': '8f2c1e4b9d3a7c22-FRA',
      'content-type': 'text/plain; charset=UTF-8',
      'referrer-policy': 'same-origin',
      'x-frame-options': 'SAMEORIGIN'
    },
    body: 'error code: 520'
  },
  // Cloudflare in front of an ALB (the ALB's page passes through) and of a Google LB.
  cloudflareOverAlb: {
    status: 400,
    headers: {
      server: 'cloudflare',
      'cf-ray': '8f2c1e4b9d3a7c23-CDG',
      'cf-cache-status': 'DYNAMIC'
    },
    body: '<html>\n<head><title>400 Bad Request</title></head>\n<body>\n<center><h1>400 Bad Request</h1></center>\n<hr><center>awselb/2.0</center>\n</body>\n</html>\n'
  },
  cloudflareOverGoogle: {
    status: 200,
    headers: {
      via: '1.1 google',
      server: 'cloudflare',
      'cf-ray': '8f2c1e4b9d3a7c24-LHR',
      'cf-cache-status': 'DYNAMIC'
    }
  },
  googleUpgrade: { status: 101, headers: { ...upgraded, via: '1.1 google' } },
  googleBackendError: {
    status: 502,
    headers: {
      'content-type': 'text/html; charset=UTF-8',
      'content-length': '332',
      via: '1.1 google',
      'alt-svc': 'h3=":443"; ma=2592000,h3-29=":443"; ma=2592000'
    },
    body: '<!DOCTYPE html>\n<html lang=en>\n<title>Error 502 (Server Error)!!1</title>\n<p><b>502.</b> <ins>That’s an error.</ins>'
  },
  googleFrontendBackend: {
    status: 404,
    headers: { server: 'Google Frontend', via: '1.1 google', 'content-type': 'text/html' }
  },
  // Cloud Run or App Engine answering directly: Google Frontend without the LB's Via.
  cloudRun: {
    status: 404,
    headers: {
      server: 'Google Frontend',
      'content-type': 'text/html; charset=utf-8',
      'x-cloud-trace-context': '105445aa7843bc8bf206b12000100000'
    }
  },
  iisArr: {
    status: 502,
    headers: {
      server: 'Microsoft-IIS/10.0',
      'x-powered-by': 'ARR/3.0',
      'content-type': 'text/html'
    },
    body: '<title>502 - Web server received an invalid response while acting as a gateway or proxy server.</title>'
  },
  iisAspNet: {
    status: 404,
    headers: {
      server: 'Microsoft-IIS/10.0',
      'x-powered-by': 'ASP.NET',
      'x-aspnet-version': '4.0.30319'
    }
  },
  iisStatic: {
    status: 404,
    headers: { server: 'Microsoft-IIS/10.0', 'content-type': 'text/html' }
  },
  nginx: {
    status: 502,
    headers: { server: 'nginx/1.24.0', 'content-type': 'text/html', connection: 'keep-alive' },
    body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx/1.24.0</center>\r\n</body>\r\n</html>\r\n'
  },
  apache: {
    status: 502,
    headers: { server: 'Apache/2.4.57 (Debian)', 'content-type': 'text/html; charset=iso-8859-1' },
    body: '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>502 Proxy Error</title>\n</head><body>\n<h1>Proxy Error</h1>\n<address>Apache/2.4.57 (Debian) Server at ws.lab.test Port 443</address>\n</body></html>\n'
  },
  caddy: { status: 502, headers: { server: 'Caddy', 'alt-svc': 'h3=":443"; ma=2592000' } },
  caddyUpgrade: { status: 101, headers: { ...upgraded, server: 'Caddy' } }
} satisfies Record<string, ResponseEvidence>
type Answer = keyof typeof ANSWERS

const MODULES: ProxyAnswer[] = [awsAlb, cloudflare, googleLb, iisAnswer]

/** Which module claims each answer (undefined: none). */
const EXPECTED: Record<Answer, [ProxyAnswer, string] | undefined> = {
  albBadGateway: [awsAlb, 'Server: awselb/2.0'],
  albGatewayTimeout: [awsAlb, 'Server: awselb/2.0'],
  albSignedBody: [awsAlb, '400 page signed awselb/2.0'],
  albPassedUpgrade: undefined,
  cloudflareUpgrade: [cloudflare, 'Server: cloudflare, CF-RAY: 8f2c1e4b9d3a7c21-AMS'],
  cloudflareOriginError: [cloudflare, 'Server: cloudflare, CF-RAY: 8f2c1e4b9d3a7c22-FRA'],
  cloudflareOverAlb: [cloudflare, 'Server: cloudflare, CF-RAY: 8f2c1e4b9d3a7c23-CDG'],
  cloudflareOverGoogle: [cloudflare, 'Server: cloudflare, CF-RAY: 8f2c1e4b9d3a7c24-LHR'],
  googleUpgrade: [googleLb, 'Via: 1.1 google'],
  googleBackendError: [googleLb, 'Via: 1.1 google'],
  googleFrontendBackend: [googleLb, 'Via: 1.1 google, Server: Google Frontend'],
  cloudRun: undefined,
  iisArr: [iisAnswer, 'Server: Microsoft-IIS/10.0, X-Powered-By: ARR/3.0'],
  iisAspNet: [iisAnswer, 'Server: Microsoft-IIS/10.0, X-Powered-By: ASP.NET'],
  iisStatic: undefined,
  nginx: undefined,
  apache: undefined,
  caddy: undefined,
  caddyUpgrade: undefined
}

describe('recognise: recorded answers', () => {
  test.each(Object.keys(ANSWERS) as Answer[])('%s', key => {
    const expected = EXPECTED[key]
    for (const module of MODULES) {
      const evidence = module.recognise(ANSWERS[key])
      if (expected && expected[0] === module) expect(evidence).toBe(expected[1])
      else
        expect({ module: module.id, evidence }).toEqual({ module: module.id, evidence: undefined })
    }
  })

  test('header values are server text: a long one is cut in the evidence', () => {
    const evidence = cloudflare.recognise({
      headers: { server: 'cloudflare', 'cf-ray': 'x'.repeat(500) }
    })
    expect(evidence?.length).toBeLessThan(120)
  })
})

const HOST = 'api.example.com'
const PROBLEMS: Record<ProblemKind, Problem> = {
  upgrade: { kind: 'upgrade', host: HOST, path: '/socket?token=1' },
  'idle-timeout': { kind: 'idle-timeout', host: HOST, path: '/socket', seconds: 120 },
  'full-chain': { kind: 'full-chain', host: HOST },
  'tls-versions': { kind: 'tls-versions', host: HOST },
  'browser-ciphers': { kind: 'browser-ciphers', host: HOST, browsersLockedOut: true },
  certificate: { kind: 'certificate', host: HOST },
  'tls-listener': { kind: 'tls-listener', host: HOST, port: 8080, path: '/socket' },
  'client-certificate': { kind: 'client-certificate', host: HOST },
  'certificate-size': { kind: 'certificate-size', host: HOST }
}

/** Per module: the block's language, and the setting each kind's block must name. */
const SETTINGS: [ProxyAnswer, string, Record<ProblemKind, RegExp>][] = [
  [
    awsAlb,
    'bash',
    {
      upgrade: /ProtocolVersion/,
      'idle-timeout': /--attributes Key=idle_timeout\.timeout_seconds,Value=3600/,
      'full-chain': /--certificate-chain fileb:\/\/chain\.pem/,
      'tls-versions': /--ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06/,
      'browser-ciphers': /--ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06/,
      certificate: /aws acm request-certificate --domain-name api\.example\.com/,
      'tls-listener': /--protocol HTTPS --port 8080/,
      'client-certificate': /--mutual-authentication Mode=verify,TrustStoreArn=/,
      'certificate-size': /add-listener-certificates/
    }
  ],
  [
    cloudflare,
    'bash',
    {
      upgrade: /settings\/websockets"[\s\S]*"value":"on"/,
      'idle-timeout': /Proxy Read Timeout 100 s[\s\S]*socket\.ping\(\)/,
      'full-chain': /Bundle method: Compatible/,
      'tls-versions': /settings\/min_tls_version"[\s\S]*"1\.2"[\s\S]*settings\/tls_1_3"/,
      'browser-ciphers': /settings\/ciphers"[\s\S]*"value":\[\]/,
      certificate: /Order an advanced certificate: api\.example\.com/,
      'tls-listener': /^wss:\/\/api\.example\.com\/socket/,
      'client-certificate': /not cf\.tls_client_auth\.cert_verified/,
      'certificate-size': /advanced certificate: api\.example\.com/
    }
  ],
  [
    googleLb,
    'bash',
    {
      upgrade: /backend-services update "\$BACKEND_SERVICE" --global --protocol=HTTP/,
      'idle-timeout': /backend-services update "\$BACKEND_SERVICE" --global --timeout=3600/,
      'full-chain': /--certificate=fullchain\.pem/,
      'tls-versions':
        /ssl-policies create wss-modern --global --profile MODERN --min-tls-version 1\.2/,
      'browser-ciphers': /--profile MODERN/,
      certificate: /ssl-certificates create wss-managed --global --domains=api\.example\.com/,
      'tls-listener': /forwarding-rules create wss-https[\s\S]*--ports=443/,
      'client-certificate': /server-tls-policies create[\s\S]*--client-validation-trust-config/,
      'certificate-size': /ssl-certificates create wss-api-example-com --global/
    }
  ],
  [
    iisAnswer,
    'xml',
    {
      upgrade:
        /<webSocket enabled="true" \/>[\s\S]*<action type="Rewrite" url="http:\/\/127\.0\.0\.1:8080\/socket\{R:1\}" \/>/,
      'idle-timeout': /<proxy enabled="true" timeout="01:00:00" \/>[\s\S]*pingInterval="00:00:30"/,
      'full-chain': /Cert:\\LocalMachine\\CA/,
      'tls-versions':
        /SCHANNEL\\Protocols\\TLS 1\.3\\Server'\n.*\nNew-ItemProperty \$key -Name Enabled -Value 1/,
      'browser-ciphers': /Enable-TlsCipherSuite -Name TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256/,
      certificate: /'\*:443:api\.example\.com'[\s\S]*-SslFlag Sni/,
      'tls-listener': /'\*:8080:api\.example\.com' -Protocol https/,
      'client-certificate': /<access sslFlags="Ssl, SslNegotiateCert, SslRequireCert" \/>/,
      'certificate-size': /-SslFlag Sni/
    }
  ]
]

describe('fix: every problem, in the managed setting', () => {
  for (const [module, mainLang, settings] of SETTINGS) {
    test.each(Object.keys(PROBLEMS) as ProblemKind[])(`${module.id}: %s`, kind => {
      const fix = FIXES[module.id](PROBLEMS[kind])
      expect(fix.text.length).toBeGreaterThan(40)
      expect(fix.code).toBeDefined()
      expect(fix.code!.text).toMatch(settings[kind])
      expect(['bash', 'hcl', 'xml', 'text', 'js', 'powershell', 'yaml']).toContain(fix.code!.lang)
      expect(fix.text).not.toMatch(/undefined|\[object/)
      expect(fix.code!.text).not.toMatch(/undefined|\[object/)
    })
    test(`${module.id}: blocks mostly in ${mainLang}`, () => {
      const langs = Object.values(PROBLEMS).map(p => FIXES[module.id](p).code?.lang)
      expect(langs).toContain(mainLang)
    })
  }

  test('AWS ALB: idle_timeout at most 4000 s, and the text says pings are then needed', () => {
    const fix = FIXES['aws-alb']({ kind: 'idle-timeout', host: HOST, path: '/', seconds: 3000 })
    expect(fix.code?.text).toMatch(/Value=4000$/)
    expect(fix.text).toMatch(/4000 s is the most the ALB accepts/)
    expect(fix.text).toMatch(/idle_timeout on the aws_lb resource/)
  })

  test('Cloudflare: 100 s cannot be raised below Enterprise; a shorter cut is the origin’s', () => {
    const long = FIXES.cloudflare({ kind: 'idle-timeout', host: HOST, path: '/', seconds: 300 })
    expect(long.text).toMatch(/cannot be raised; only Enterprise/)
    expect(long.code?.lang).toBe('js')
    const short = FIXES.cloudflare({ kind: 'idle-timeout', host: HOST, path: '/', seconds: 60 })
    expect(short.text).toMatch(/the cut comes from the origin behind Cloudflare/)
  })

  test('Cloudflare: a wss:// URL on one of its plain HTTP ports says so', () => {
    const fix = FIXES.cloudflare({ kind: 'tls-listener', host: HOST, port: 80, path: '/ws' })
    expect(fix.text).toMatch(/port 80 is one of its plain HTTP ports/)
    expect(fix.text).toMatch(/443, 2053, 2083, 2087, 2096, 8443/)
  })

  test('Google: timeoutSec is a WebSocket’s whole lifetime, kept under a day', () => {
    const fix = FIXES['google-lb']({ kind: 'idle-timeout', host: HOST, path: '/', seconds: 90_000 })
    expect(fix.text).toMatch(/busy or idle: pings do not extend it/)
    expect(fix.code?.text).toMatch(/--timeout=86400$/)
  })

  test('IIS: the WebSocket Protocol feature, and the rewrite keeps a path with dots literal', () => {
    const fix = FIXES.iis({ kind: 'upgrade', host: HOST, path: '/socket.io/' })
    expect(fix.text).toMatch(/Install-WindowsFeature Web-WebSockets/)
    expect(fix.code?.text).toMatch(/<match url="\^socket\\\.io\/\(\.\*\)" \/>/)
  })
})
