// Which routes of a proxy carry WebSockets, told the way the nginx check tells locations: a path
// or backend named like a socket, or a path the websocket-paths input names.

/** A path or backend named like a socket: ws, wss, socket(s), websocket(s), socket.io. */
export const SOCKET_NAME = /(^|[^a-z0-9])(wss?|sockets?|websockets?|socket\.io)([^a-z0-9]|$)/i

const trim = (p: string): string => p.replace(/\/+$/, '') || '/'

/** Whether a route on `paths` to `backend` carries WebSockets by name or by the input. */
export function namedLikeSocket(
  paths: readonly string[],
  backends: readonly string[],
  websocketPaths: readonly string[]
): boolean {
  if (paths.some(p => SOCKET_NAME.test(p)) || backends.some(b => SOCKET_NAME.test(b))) return true
  return paths.some(p => websocketPaths.some(w => trim(w) === trim(p)))
}

/** Whether `host` matches a name a proxy routes on: exact, or `*.example.com` (one label). */
export function hostMatches(name: string, host: string): boolean {
  const n = name.toLowerCase().replace(/:\d+$/, '')
  const h = host.toLowerCase()
  if (n === '*' || n === h) return true
  if (n.startsWith('*.')) return h.endsWith(n.slice(1)) && !h.slice(0, -n.length + 1).includes('.')
  if (n.startsWith('*')) return h.endsWith(n.slice(1))
  return false
}

/** "90 s", "1.5 s": how findings print a duration. */
export function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`
}
