// The clients wss-doctor judges an endpoint for, one entry each: offer, limits and trust, with
// the source of each. "measured here" marks what this project's CI runs the real client for
// (see the client-run tests); the rest comes from the client's source or documentation.
import type { ClientId, ClientProfile } from './profile.js'
import {
  DHE_AEAD,
  DHE_CBC,
  ECDHE_AEAD,
  ECDHE_CBC_SHA,
  ECDHE_CBC_SHA2,
  OPENSSL30_GROUPS,
  OPENSSL35_GROUPS,
  OPENSSL_DEFAULT_SUITES,
  RSA_KEX,
  RSA_KEX_SHA2,
  TLS13
} from './suites.js'

export { CLIENT_IDS, type ClientId, type ClientProfile } from './profile.js'

const MODERN: ClientProfile['offer']['versions'] = ['TLSv1.2', 'TLSv1.3']
/** SSL_MAX_CERT_LIST_DEFAULT in OpenSSL's and BoringSSL's include/openssl/ssl.h (100 KiB). */
const OPENSSL_CERT_LIST = 102_400
/** NSS lib/ssl/ssl3con.c: MAX_HANDSHAKE_MSG_LEN, 0x1ffff (128 KiB - 1), any handshake message. */
const NSS_HANDSHAKE_MESSAGE = 0x1_ffff
const SIGALGS_COMMON = [
  'ecdsa_secp256r1_sha256',
  'rsa_pss_rsae_sha256',
  'rsa_pkcs1_sha256',
  'ecdsa_secp384r1_sha384',
  'rsa_pss_rsae_sha384',
  'rsa_pkcs1_sha384',
  'rsa_pss_rsae_sha512',
  'rsa_pkcs1_sha512'
]
const SIGALGS_OPENSSL = [
  'ecdsa_secp256r1_sha256',
  'ecdsa_secp384r1_sha384',
  'ecdsa_secp521r1_sha512',
  'ed25519',
  'ed448',
  'rsa_pss_pss_sha256',
  'rsa_pss_pss_sha384',
  'rsa_pss_pss_sha512',
  'rsa_pss_rsae_sha256',
  'rsa_pss_rsae_sha384',
  'rsa_pss_rsae_sha512',
  'rsa_pkcs1_sha256',
  'rsa_pkcs1_sha384',
  'rsa_pkcs1_sha512'
]

/** Node's default cipher list (tls.DEFAULT_CIPHERS: ECDHE, DHE, then OpenSSL's HIGH, which
 * includes static RSA). */
const NODE_SUITES = [
  ...TLS13,
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  ...DHE_AEAD.slice(0, 1),
  ...ECDHE_CBC_SHA2,
  ...DHE_CBC.slice(0, 2),
  ...DHE_AEAD.slice(1),
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  ...ECDHE_CBC_SHA,
  ...DHE_CBC.slice(2),
  ...RSA_KEX,
  ...RSA_KEX_SHA2
]

/** Java's default enabled suites (SunJSSE, JDK 17 and 21), most preferred first. */
const JAVA_SUITES = [
  'TLS_AES_256_GCM_SHA384',
  'TLS_AES_128_GCM_SHA256',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_DHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_DHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_DHE_RSA_WITH_AES_128_GCM_SHA256',
  ...ECDHE_CBC_SHA2,
  'TLS_DHE_RSA_WITH_AES_256_CBC_SHA256',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA256',
  ...ECDHE_CBC_SHA,
  'TLS_DHE_RSA_WITH_AES_256_CBC_SHA',
  'TLS_DHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_RSA_WITH_AES_128_GCM_SHA256',
  ...RSA_KEX_SHA2,
  'TLS_RSA_WITH_AES_256_CBC_SHA',
  'TLS_RSA_WITH_AES_128_CBC_SHA'
]
const JAVA_GROUPS = [
  'x25519',
  'secp256r1',
  'secp384r1',
  'secp521r1',
  'x448',
  'ffdhe2048',
  'ffdhe3072',
  'ffdhe4096'
]
const JAVA_SOURCE = {
  offer:
    'JDK sun/security/ssl/CipherSuite.java (default enabled suites) and NamedGroup.java; jdk.tls.disabledAlgorithms in conf/security/java.security',
  limits:
    'conf/security/java.security: jdk.certpath.disabledAlgorithms "RSA keySize < 1024", jdk.tls.disabledAlgorithms "DH keySize < 1024"; jdk.tls.maxHandshakeMessageSize (32768) and jdk.tls.maxCertificateChainLength (10), JSSE Reference Guide',
  trust:
    'CN-only accepted: measured here (Java 17 HttpClient); SHA-1 refused only for chains to the JDK\'s own roots ("SHA1 jdkCA & usage TLSServer"), a SHA-1 leaf under a private CA accepted: measured here; no AIA fetch (com.sun.security.enableAIAcaIssuers false) and no revocation check (com.sun.net.ssl.checkRevocation false) by default'
}

function java(id: 'java17' | 'java21', name: string): ClientProfile {
  return {
    id,
    name,
    browser: false,
    offer: { versions: MODERN, suites: JAVA_SUITES, groups: JAVA_GROUPS, sigalgs: SIGALGS_OPENSSL },
    limits: {
      minRsaBits: 1024,
      minDhBits: 1024,
      maxCertificateMessage: 32_768,
      maxChainLength: 10
    },
    trust: { cnOnly: true, sha1: true, aiaFetch: false, revocation: ['none'] },
    source: JAVA_SOURCE
  }
}

/** An OpenSSL 3 client at security level 1 (OpenSSL's own default; Node's bundled OpenSSL 3.0)
 * or 2 (Debian's build, OpenSSL 3.5 in Node 24): level 2 refuses RSA and DH under 2048 bits;
 * both refuse SHA-1 signatures in the chain (OpenSSL 3 rates them 63 bits, under level 1's 80). */
function openssl(
  id: ClientId,
  name: string,
  level: 1 | 2,
  suites: string[],
  groups: string[],
  source: ClientProfile['source']
): ClientProfile {
  const bits = level === 1 ? 1024 : 2048
  return {
    id,
    name,
    browser: false,
    offer: { versions: MODERN, suites, groups, sigalgs: SIGALGS_OPENSSL },
    limits: { minRsaBits: bits, minDhBits: bits, maxCertificateMessage: OPENSSL_CERT_LIST },
    trust: { cnOnly: true, sha1: false, aiaFetch: false, revocation: ['none'] },
    source
  }
}

const SECLEVEL =
  'OpenSSL ssl/ssl_cert.c ssl_security_default_callback (level 1: 80 bits, RSA/DH >= 1024; level 2: 112 bits, RSA/DH >= 2048); SSL_MAX_CERT_LIST_DEFAULT 100 KiB'
const OPENSSL_TRUST =
  'CN-only accepted (X509_check_host falls back to the CN without a DNS SAN): measured here; SHA-1 signatures refused at level 1 and up since OpenSSL 3.0 (NEWS.md 3.0: "X509 certificates signed using SHA1 are no longer allowed at security level 1 or higher"; crypto/x509/x509_set.c rates SHA-1 at 63 bits): measured here (Node 20, Node 24, Python, curl: "CA signature digest algorithm too weak"); no AIA fetch, no revocation check by default (OpenSSL docs: X509_VERIFY_PARAM_set_flags)'

export const PROFILES: Readonly<Record<ClientId, ClientProfile>> = {
  chrome: {
    id: 'chrome',
    name: 'Chrome',
    browser: true,
    offer: {
      versions: MODERN,
      suites: [...TLS13, ...ECDHE_AEAD, ...ECDHE_CBC_SHA, ...RSA_KEX],
      groups: ['X25519MLKEM768', 'x25519', 'secp256r1', 'secp384r1'],
      sigalgs: SIGALGS_COMMON
    },
    limits: { minRsaBits: 1024, maxCertificateMessage: OPENSSL_CERT_LIST },
    trust: { cnOnly: false, sha1: false, aiaFetch: true, revocation: ['stapled', 'crlsets'] },
    source: {
      offer:
        'BoringSSL ssl/ssl_cipher.cc and Chromium net/socket/ssl_client_socket_impl.cc; signature schemes: BoringSSL ssl/extensions.cc kVerifySignatureAlgorithms (no rsa_pss_pss_*; ecdsa_secp521r1_sha512 only in recent BoringSSL), and Chromium 156 refuses an RSA-PSS key and a P-521 key (ERR_SSL_VERSION_OR_CIPHER_MISMATCH): measured here; static RSA key exchange: measured here with Debian Chromium 156, which connects to a static-RSA-only server (what Google Chrome builds with field trials do: no source found, unknown)',
      limits:
        'Chromium net/cert/cert_verify_proc.cc (RSA keys under 1024 bits: ERR_CERT_WEAK_KEY); BoringSSL SSL_MAX_CERT_LIST_DEFAULT',
      trust:
        'CN-only refused, AIA fetched, stapled "revoked" honoured: measured here (Chromium 156); CRLSets: chromium.org "CRLSets" (public CAs only)'
    }
  },
  firefox: {
    id: 'firefox',
    name: 'Firefox',
    browser: true,
    offer: {
      versions: MODERN,
      suites: [...TLS13, ...ECDHE_AEAD, ...ECDHE_CBC_SHA, ...RSA_KEX],
      groups: [
        'X25519MLKEM768',
        'x25519',
        'secp256r1',
        'secp384r1',
        'secp521r1',
        'ffdhe2048',
        'ffdhe3072'
      ],
      sigalgs: [...SIGALGS_COMMON, 'ecdsa_secp521r1_sha512']
    },
    limits: {
      minRsaBits: 1024,
      maxCertificateMessage: NSS_HANDSHAKE_MESSAGE,
      maxCertificateBytes: 0xffff
    },
    trust: {
      cnOnly: false,
      sha1: false,
      aiaFetch: false,
      revocation: ['stapled', 'ocsp', 'crlite']
    },
    source: {
      offer:
        'NSS lib/ssl/ssl3con.c cipher_suite_defs and Firefox security/manager/ssl/nsNSSComponent.cpp (enabled suites); signature schemes: nsNSSIOLayer.cpp sEnabledSignatureSchemes (no rsa_pss_pss_*: an RSA-PSS key refused, SSL_ERROR_NO_CYPHER_OVERLAP, measured here); static RSA key exchange: measured here with Firefox ESR 153',
      limits:
        'mozilla::pkix (security/nss/lib/mozpkix): RSA keys under 1024 bits refused (MIN_RSA_BITS_WEAK); NSS lib/ssl/ssl3con.c ssl3_HandleHandshake: a handshake message over MAX_HANDSHAKE_MSG_LEN (0x1ffff) is SSL_ERROR_RX_MALFORMED_HANDSHAKE, measured here (10,000 SANs, 239,769 bytes); lib/mozpkix/include/pkix/Input.h Input::Init: a certificate over 0xffff bytes is SEC_ERROR_BAD_DER, measured here (one of 115 kB)',
      trust:
        'CN-only refused, no AIA fetch, OCSP responder asked: measured here (Firefox ESR 153); CRLite for public CAs (Mozilla Security Blog, "CRLite")'
    }
  },
  safari: {
    id: 'safari',
    name: 'Safari',
    browser: true,
    offer: {
      versions: MODERN,
      suites: [
        ...TLS13,
        ...ECDHE_AEAD,
        ...ECDHE_CBC_SHA2,
        ...ECDHE_CBC_SHA,
        ...RSA_KEX,
        ...RSA_KEX_SHA2
      ],
      groups: ['X25519MLKEM768', 'x25519', 'secp256r1', 'secp384r1', 'secp521r1'],
      sigalgs: [...SIGALGS_COMMON, 'ecdsa_secp521r1_sha512']
    },
    limits: { minRsaBits: 2048, maxLifetimeDays: 825 },
    trust: { cnOnly: false, sha1: false, aiaFetch: true, revocation: ['stapled'] },
    source: {
      offer:
        'Apple Platform Security guide, "TLS security" (support.apple.com/guide/security/sec100a75d12); not measured here',
      limits:
        'Apple support HT210176 "Requirements for trusted certificates in iOS 13 and macOS 10.15": RSA keys of at least 2048 bits, validity of at most 825 days, for every root',
      trust:
        'HT210176: the DNS name must be in the SAN (CN no longer trusted), SHA-1 not trusted; AIA fetching and stapled OCSP: Apple Platform Security guide, "Certificate trust"; not measured here'
    }
  },
  android: {
    id: 'android',
    name: 'Android (OkHttp)',
    browser: false,
    offer: {
      versions: MODERN,
      suites: [...TLS13, ...ECDHE_AEAD, ...ECDHE_CBC_SHA, ...RSA_KEX],
      groups: ['x25519', 'secp256r1', 'secp384r1'],
      sigalgs: SIGALGS_COMMON
    },
    limits: { minRsaBits: 1024, maxCertificateMessage: OPENSSL_CERT_LIST },
    trust: { cnOnly: false, sha1: false, aiaFetch: false, revocation: ['none'] },
    source: {
      offer:
        'okhttp/src/main/kotlin/okhttp3/ConnectionSpec.kt (MODERN_TLS, APPROVED_CIPHER_SUITES) over Conscrypt (BoringSSL); not measured here',
      limits:
        'conscrypt common/src/main/java/org/conscrypt/ChainStrengthAnalyzer.java (RSA >= 1024 bits, no SHA-1 or MD5 signatures); BoringSSL SSL_MAX_CERT_LIST_DEFAULT',
      trust:
        'okhttp3/internal/tls/OkHostnameVerifier.kt (subjectAltName only); Android network security config: no AIA fetch, no revocation check by default'
    }
  },
  node20: openssl('node20', 'Node 20', 1, NODE_SUITES, OPENSSL30_GROUPS, {
    offer: 'Node lib/tls.js DEFAULT_CIPHERS over OpenSSL 3.0: measured here (node 20 with ws)',
    limits: `${SECLEVEL}; Node 20 bundles OpenSSL 3.0 at level 1`,
    trust: `${OPENSSL_TRUST}; Node's tls.checkServerIdentity falls back to the CN without SANs`
  }),
  node22: openssl('node22', 'Node 22', 1, NODE_SUITES, OPENSSL30_GROUPS, {
    offer:
      'Node lib/tls.js DEFAULT_CIPHERS over its bundled OpenSSL (3.0 before Node 22.20, 3.5 from 22.20); not measured here',
    limits: `${SECLEVEL}; as Node 20 (level 1)`,
    trust: `${OPENSSL_TRUST}; Node's tls.checkServerIdentity falls back to the CN without SANs`
  }),
  node24: openssl('node24', 'Node 24', 2, NODE_SUITES, OPENSSL35_GROUPS, {
    offer: 'Node lib/tls.js DEFAULT_CIPHERS over OpenSSL 3.5: measured here (node 24 with ws)',
    limits: `${SECLEVEL}; a 1024-bit DH group refused: measured here (Node 24)`,
    trust: `${OPENSSL_TRUST}; Node's tls.checkServerIdentity falls back to the CN without SANs`
  }),
  python: openssl('python', 'Python', 2, OPENSSL_DEFAULT_SUITES, OPENSSL30_GROUPS, {
    offer:
      "measured here: python3 -c 'import ssl; print(ssl.create_default_context().get_ciphers())' (Debian 12, Python 3.11, OpenSSL 3.0: OpenSSL's DEFAULT list)",
    limits: `${SECLEVEL}; Debian builds OpenSSL with level 2 as default`,
    trust: OPENSSL_TRUST
  }),
  go: {
    id: 'go',
    name: 'Go',
    browser: false,
    offer: {
      versions: MODERN,
      suites: [
        ...TLS13,
        ...ECDHE_AEAD,
        ...ECDHE_CBC_SHA,
        ...RSA_KEX,
        'TLS_ECDHE_RSA_WITH_3DES_EDE_CBC_SHA',
        'TLS_RSA_WITH_3DES_EDE_CBC_SHA'
      ],
      groups: ['x25519', 'secp256r1', 'secp384r1', 'secp521r1'],
      sigalgs: [...SIGALGS_COMMON, 'ecdsa_secp521r1_sha512', 'ed25519']
    },
    limits: { minRsaBits: 0, maxCertificateMessage: 65_536 },
    trust: { cnOnly: false, sha1: false, aiaFetch: false, revocation: ['none'] },
    source: {
      offer:
        'Go 1.19 (Debian 12) src/crypto/tls/cipher_suites.go (no finite-field DHE at all; static RSA by default until Go 1.22, GODEBUG tlsrsakex) and common.go defaultCurvePreferences: measured here (go 1.19); signature schemes: common.go supportedSignatureAlgorithms (no rsa_pss_pss_*: an RSA-PSS key fails the handshake, measured here)',
      limits:
        'Go 1.19 src/crypto/tls/conn.go maxHandshake (65536 bytes); no RSA minimum before Go 1.24 (crypto/rsa: 1024 bits, GODEBUG rsa1024min), so a 512-bit key is accepted: to be measured here',
      trust:
        'Go 1.15+ crypto/x509 ignores the CN (measured here: CN-only refused); SHA-1 refused since Go 1.18; no AIA fetch, no revocation check'
    }
  },
  java17: java('java17', 'Java 17'),
  java21: java('java21', 'Java 21'),
  curl: openssl('curl', 'curl', 2, OPENSSL_DEFAULT_SUITES, OPENSSL30_GROUPS, {
    offer: "curl 7.88 with OpenSSL 3.0 (Debian 12): OpenSSL's DEFAULT list; measured here (curl)",
    limits: `${SECLEVEL}; Debian builds OpenSSL with level 2 as default`,
    trust: OPENSSL_TRUST
  }),
  curl35: openssl('curl35', 'curl (OpenSSL 3.5)', 2, OPENSSL_DEFAULT_SUITES, OPENSSL35_GROUPS, {
    offer:
      "curl with OpenSSL 3.5 (Debian 13): OpenSSL's DEFAULT list, OpenSSL 3.5's default groups; not measured here",
    limits: `${SECLEVEL}; Debian builds OpenSSL with level 2 as default`,
    trust: OPENSSL_TRUST
  }),
  mbedtls: {
    id: 'mbedtls',
    name: 'Mbed TLS',
    browser: false,
    offer: {
      versions: ['TLSv1.2'],
      suites: [
        ...ECDHE_AEAD,
        'TLS_ECDHE_ECDSA_WITH_AES_128_CCM',
        'TLS_ECDHE_ECDSA_WITH_AES_256_CCM',
        ...ECDHE_CBC_SHA2,
        ...ECDHE_CBC_SHA,
        ...DHE_AEAD,
        ...DHE_CBC,
        'TLS_RSA_WITH_AES_256_GCM_SHA384',
        'TLS_RSA_WITH_AES_128_GCM_SHA256',
        ...RSA_KEX_SHA2,
        'TLS_RSA_WITH_AES_256_CBC_SHA',
        'TLS_RSA_WITH_AES_128_CBC_SHA'
      ],
      groups: ['secp256r1', 'secp384r1', 'x25519', 'secp521r1'],
      sigalgs: SIGALGS_COMMON
    },
    limits: { minRsaBits: 2048, minDhBits: 1024, maxCertificateMessage: 16_384 },
    trust: { cnOnly: true, sha1: false, aiaFetch: false, revocation: ['none'] },
    source: {
      offer:
        'Mbed TLS 3.x library/ssl_ciphersuites.c (ciphersuite_preference) and the default mbedtls_config.h (TLS 1.3 off by default); not measured here',
      limits:
        'library/x509_crt.c mbedtls_x509_crt_profile_default (RSA >= 2048, SHA-2 only); library/ssl_tls.c dhm_min_bitlen 1024; MBEDTLS_SSL_IN_CONTENT_LEN 16384 (a handshake message must fit)',
      trust:
        'library/x509_crt.c x509_crt_verify_name: the CN is matched when there is no SAN; no AIA fetch, no revocation check'
    }
  }
}
