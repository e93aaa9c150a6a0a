// Lifetime-aware expiry and dates across the whole chain, on real servers.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createIntermediate, createLeaf } from '../src/demo/pki.js'
import { expiryThresholds } from '../src/expiry-policy.js'
import { check, createLab, opensslVerify, type Lab } from './fixtures/tls-lab.js'

const DAY_MS = 86_400_000
const span = (days: number) => [new Date(0), new Date(days * DAY_MS)] as const

describe('thresholds', () => {
  test.each([
    [90, 30, 7],
    [365, 30, 7],
    [47, 47 / 3, 4.7],
    [200, 30, 7],
    [6, 2, 0.6]
  ])('a %p-day certificate warns under %p days and fails under %p', (lifetime, warn, fail) => {
    const t = expiryThresholds(...span(lifetime), {})
    expect(t.warnDays).toBeCloseTo(warn, 5)
    expect(t.failDays).toBeCloseTo(fail, 5)
  })

  test('fixed inputs override, and the basis says which', () => {
    const t = expiryThresholds(...span(47), { warnDays: 21, failDays: 3 })
    expect(t).toEqual({
      warnDays: 21,
      failDays: 3,
      basis: 'warn under 21 days (expiry-warning-days); fail under 3 days (expiry-error-days)'
    })
    expect(expiryThresholds(...span(90), {}).basis).toBe(
      'warn under 30 days (a third of a 90-day lifetime, at most 30); fail under 7 days (a tenth of the lifetime, at most 7)'
    )
  })
})

let lab: Lab
beforeAll(async () => {
  lab = await createLab()
})
afterAll(() => lab.close())

async function expiryOf(
  validFromDays: number,
  validToDays: number,
  inputs: Record<string, string> = {}
) {
  const leaf = await createLeaf(lab.intermediate, {
    commonName: 'e.lab.test',
    names: ['e.lab.test'],
    validFromDays,
    validToDays
  })
  const server = await lab.serve(leaf)
  const result = await check(`wss://e.lab.test:${server.port}/`, {
    'ca-file': lab.caFile,
    ...inputs
  })
  return result.findings.filter(f => f.check === 'expiry')
}

describe('a 47-day certificate', () => {
  test('with 20 days left passes (a fixed 30-day threshold would have warned)', async () => {
    const [leaf] = await expiryOf(-26.5, 20.5)
    expect(leaf).toMatchObject({
      status: 'pass',
      title: expect.stringMatching(/\(20 days left\)$/)
    })
    const [fixed] = await expiryOf(-26.5, 20.5, { 'expiry-warning-days': '30' })
    expect(fixed).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(/^Certificate expires in 20 days, on /)
    })
  })

  test('with 10 days left warns, with 4 days left fails, with 1 day left says "1 day"', async () => {
    expect((await expiryOf(-36.5, 10.5))[0]).toMatchObject({
      status: 'warn',
      title: expect.stringMatching(/^Certificate expires in 10 days/)
    })
    const [fails] = await expiryOf(-42.5, 4.5)
    expect(fails).toMatchObject({
      status: 'fail',
      title: expect.stringMatching(/^Certificate expires in 4 days/),
      cause: 'The certificate is about to expire and renewal has not happened'
    })
    expect(fails.details).toContain(
      'Thresholds: warn under 15.7 days (a third of a 47-day lifetime, at most 30); fail under 4.7 days (a tenth of the lifetime, at most 7).'
    )
    expect((await expiryOf(-45.5, 1.5))[0].title).toMatch(/^Certificate expires in 1 day, on /)
  })

  test('expiry-error-days overrides the failure threshold', async () => {
    expect((await expiryOf(-42.5, 4.5, { 'expiry-error-days': '2' }))[0].status).toBe('warn')
  })
})

describe('the rest of the chain', () => {
  test('an intermediate that expires before the leaf warns with its date', async () => {
    const shortLived = await createIntermediate(lab.root, {
      commonName: 'Short Intermediate',
      validToDays: 20
    })
    const leaf = await createLeaf(shortLived, {
      commonName: 'chain.lab.test',
      names: ['chain.lab.test'],
      validToDays: 80
    })
    const server = await lab.serve(leaf, [shortLived])
    const result = await check(`wss://chain.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const warning = result.findings.find(f => f.check === 'expiry' && f.status === 'warn')
    const date = shortLived.certificate.notAfter.toISOString().slice(0, 10)
    expect(warning).toMatchObject({
      title: `Intermediate certificate "CN=Short Intermediate" expires on ${date}, before the leaf (${leaf.certificate.notAfter.toISOString().slice(0, 10)})`
    })
    expect(result.findings.find(f => f.check === 'expiry' && f.status === 'pass')).toBeDefined()
  })

  test('an expired intermediate fails while the leaf is valid; openssl: 10', async () => {
    const expired = await createIntermediate(lab.root, {
      commonName: 'Expired Intermediate',
      validFromDays: -400,
      validToDays: -5
    })
    const leaf = await createLeaf(expired, {
      commonName: 'stale.lab.test',
      names: ['stale.lab.test']
    })
    const server = await lab.serve(leaf, [expired])
    const result = await check(`wss://stale.lab.test:${server.port}/`, { 'ca-file': lab.caFile })
    const failure = result.findings.find(f => f.check === 'expiry' && f.status === 'fail')
    expect(failure).toMatchObject({
      title: `Intermediate certificate "CN=Expired Intermediate" expired on ${expired.certificate.notAfter.toISOString().slice(0, 10)}`,
      cause: 'A CA certificate in the chain has expired'
    })
    expect(result.status).toBe('fail')
    expect((await opensslVerify(server.port, 'stale.lab.test', lab.caFile)).code).toBe(10)
  })
})
