// IIS's fixes, as a reverse proxy with Application Request Routing (URL Rewrite + ARR) or hosting
// the application itself (ASP.NET): they name the settings its configuration is spread over
// (applicationHost.config, web.config, the HTTP.sys bindings, Schannel's registry keys). Sources:
// Microsoft Learn, IIS configuration reference <webSocket> (IIS 8.0+; the WebSocket Protocol role
// service; enabled default true, pingInterval default 00:00:00, i.e. no pings), the ARR proxy
// settings (system.webServer/proxy, server-wide, set with appcmd /commit:apphost), <access
// sslFlags> (client certificates), the IISAdministration New-IISSiteBinding -SslFlag values (Sni,
// DisableTLS13, DisableLegacyTLS), and Schannel's per-protocol registry keys (TLS 1.3 on Windows
// Server 2022 and later).
import { basePath, fixTimeoutSeconds, type Problem } from '../proxy.js'
import type { Fix } from '../../findings.js'

/** "01:00:00" for a number of seconds, the timeSpan form IIS configuration takes. */
function timeSpan(seconds: number): string {
  const h = Math.floor(seconds / 3600)
  const m = Math.floor((seconds % 3600) / 60)
  const s = seconds % 60
  return [h, m, s].map(n => String(n).padStart(2, '0')).join(':')
}

/** Text safe inside an XML attribute. */
function attribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

const SCHANNEL = 'HKLM:\\SYSTEM\\CurrentControlSet\\Control\\SecurityProviders\\SCHANNEL\\Protocols'

export function iisFix(problem: Problem): Fix {
  switch (problem.kind) {
    case 'upgrade': {
      const location = basePath(problem.path).replace(/^\//, '')
      return {
        text: `IIS passes a WebSocket upgrade only with the WebSocket Protocol role service installed (Install-WindowsFeature Web-WebSockets; without it ARR forwards the request without its Upgrade) and <webSocket enabled="true" /> where the site proxies ${basePath(problem.path)} to the backend with a URL Rewrite rule (ARR's proxy enabled at server level).`,
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
      }
    }
    case 'idle-timeout': {
      const span = timeSpan(fixTimeoutSeconds(problem.seconds * 1000))
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
      }
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
      }
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
      }
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
      }
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
      }
    case 'tls-listener':
      return {
        text: `Port ${problem.port} has an http binding, so wss://${problem.host}:${problem.port}${basePath(problem.path)} finds no TLS. Give the site an https binding on it with the certificate for ${problem.host}.`,
        code: {
          lang: 'powershell',
          text: [
            `New-IISSiteBinding -Name 'SITE' -BindingInformation '*:${problem.port}:${problem.host}' -Protocol https \``,
            "  -CertificateThumbPrint $thumbprint -CertStoreLocation 'Cert:\\LocalMachine\\My' -SslFlag Sni"
          ].join('\n')
        }
      }
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
      }
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
      }
  }
}
