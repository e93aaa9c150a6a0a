// The sockets a lighttpd configuration listens on: the main one (server.bind, server.port) and
// each `$SERVER["socket"] == "…"` condition, TLS when ssl.engine is enabled there or in the
// global scope (lighttpd applies a global ssl.engine to every socket); and the
// `$HTTP["host"]` conditions, which choose a certificate by SNI when they set ssl.pemfile.
import { effective, enabled, text, type Evaluated, type Scope } from './evaluate.js'

export interface Socket {
  /** The global scope for the main socket, else the $SERVER["socket"] condition. */
  scope: Scope
  label: string
  /** host:port as written (":443", "127.0.0.1:8443"), or a unix socket path. */
  address: string
  port?: number
  tls: boolean
  file: string
  line: number
}

export function portOf(address: string): number | undefined {
  const m = /:(\d+)$/.exec(address)
  return m ? Number(m[1]) : undefined
}

/** The main socket (server.bind, server.port), TLS when ssl.engine is enabled globally. */
export function mainSocket(config: Evaluated): Socket {
  const { global } = config
  const port = effective(global, 'server.port')
  const bind = text(effective(global, 'server.bind')?.value) ?? ''
  const engine = effective(global, 'ssl.engine')
  const mainTls = enabled(engine?.value) === true
  const mainPort = Number(text(port?.value) ?? (mainTls ? 443 : 80))
  // A server.bind naming a unix socket (or host:port) is the whole address.
  const mainAddress = bind.startsWith('/') || /:\d+$/.test(bind) ? bind : `${bind}:${mainPort}`
  const main: Socket = {
    scope: global,
    label: `server.port ${mainPort}`,
    address: mainAddress,
    port: portOf(mainAddress),
    tls: mainTls,
    file: (port ?? engine)?.file ?? global.file,
    line: (port ?? engine)?.line ?? 1
  }
  return main
}

export function sockets(config: Evaluated): Socket[] {
  const main = mainSocket(config)
  const conditions = config.scopes
    .filter(s => s.variable === 'SERVER' && s.field === 'socket' && s.operator === '==')
    .map((scope): Socket => ({
      scope,
      label: scope.label,
      address: scope.pattern,
      port: portOf(scope.pattern),
      tls: enabled(effective(scope, 'ssl.engine')?.value) === true,
      file: scope.file,
      line: scope.line
    }))
  // The main socket and a condition for the same address are one socket.
  const same = conditions.some(
    c => c.address === main.address || (c.port === main.port && c.address.startsWith(':'))
  )
  return same ? conditions : [main, ...conditions]
}

/** `$HTTP["host"]` conditions that set their own ssl.pemfile (certificates chosen by SNI). */
export function sniScopes(config: Evaluated): Scope[] {
  return config.scopes.filter(
    s => s.variable === 'HTTP' && s.field === 'host' && s.settings.has('ssl.pemfile')
  )
}
