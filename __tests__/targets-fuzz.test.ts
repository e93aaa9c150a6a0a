// The target-list parsers on random and hostile input: they never throw, every entry becomes a
// target (an endpoint or a problem), and a secret written in an entry never reaches its label.
import { describe, expect, test } from '@jest/globals'
import fc from 'fast-check'
import { redactUnparsedUrl, urlSecrets } from '../src/secrets.js'
import { parseResolve, parseTargetsFile, splitUrlsInput, toTarget } from '../src/targets.js'

const NO_RESOLVE = parseResolve('')

/** URL-ish text: schemes, userinfo with stray %, hosts, ports, paths, token parameters. */
const urlish = fc
  .tuple(
    fc.constantFrom('wss://', 'ws://', 'https://', 'wss:', '', 'WSS://', 'wss:///'),
    fc.option(
      fc.tuple(fc.string({ maxLength: 6 }), fc.constantFrom('pw-S3CRET', '100%pure', '%zz%', ''))
    ),
    fc.oneof(fc.domain(), fc.constantFrom('[::1]', '127.0.0.1', 'bad host', 'xn--n3h.example', '')),
    fc.option(fc.integer({ min: -1, max: 70000 })),
    fc.string({ unit: 'binary', maxLength: 16 }),
    fc.option(
      fc.constantFrom('?token=T0KEN-42', '?access_token=%E0%A4%A', '?room=1&sig=S1G9', '#frag')
    )
  )
  .map(([scheme, user, host, port, path, query]) => {
    const userinfo = user ? `${user[0]}:${user[1]}@` : ''
    return `${scheme}${userinfo}${host}${port === null ? '' : `:${port}`}/${path}${query ?? ''}`
  })

const SECRETS = ['pw-S3CRET', 'T0KEN-42', 'S1G9']

describe('target parsing never throws and never shows a secret', () => {
  test('toTarget on URL-ish and random text', () => {
    fc.assert(
      fc.property(fc.oneof(urlish, fc.string({ unit: 'binary', maxLength: 60 })), text => {
        const { target, secrets } = toTarget({ text }, NO_RESOLVE)
        expect(target.endpoint !== undefined || target.problem !== undefined).toBe(true)
        // An endpoint shows its path as the URL grammar reads it; its password and token values
        // never. An entry that is no endpoint hides whatever may be a secret anywhere in it.
        const hidden = target.endpoint
          ? urlSecrets(new URL(text)).filter(secret => secret.length >= 3)
          : SECRETS.filter(secret => text.includes(secret))
        const shown = [target.label, target.problem ?? '', JSON.stringify(target.endpoint ?? {})]
        for (const secret of hidden) {
          for (const text of shown) expect(text).not.toContain(secret)
          expect(secrets.some(s => s.includes(secret))).toBe(true)
        }
      }),
      { numRuns: 1000 }
    )
  })

  test('targets files, the urls input and resolve lines on random text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), text => {
        const entries = [...splitUrlsInput(text), ...parseTargetsFile(text, 'targets.txt')]
        for (const entry of entries) toTarget(entry, NO_RESOLVE)
        const resolve = parseResolve(text)
        for (const problem of resolve.problems)
          expect(problem.problem).toMatch(/^Malformed resolve/)
        expect(redactUnparsedUrl(text).text).toEqual(expect.any(String))
      }),
      { numRuns: 500 }
    )
  })
})
