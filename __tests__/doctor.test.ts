// A big target list: every entry gets its own finding, naming it, and the run stays bounded.
import { expect, test } from '@jest/globals'
import net, { type AddressInfo } from 'node:net'
import { parseConfig } from '../src/config.js'
import { diagnose } from '../src/doctor.js'

async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  await new Promise<void>(resolve => server.close(() => resolve()))
  return port
}

test('500 refused targets, garbage lines and an over-limit tail each get a finding that names them', async () => {
  const port = await closedPort()
  const urls = [
    ...Array.from({ length: 500 }, (_, i) => `wss://127.0.0.1:${port}/ws/${i}`),
    'wss://',
    '%%%',
    ...Array.from({ length: 20 }, (_, i) => `wss://127.0.0.1:${port}/tail/${i}`)
  ]
  const config = parseConfig(
    { urls: urls.join('\n'), 'max-targets': '502', concurrency: '64', 'timeout-ms': '2000' },
    process.cwd()
  )
  const report = await diagnose(config)
  expect(report.results).toHaveLength(503)
  expect(report.counts).toEqual({ pass: 0, warn: 0, fail: 503 })
  report.results.slice(0, 500).forEach((r, i) => {
    expect(r.target.label).toBe(`wss://127.0.0.1:${port}/ws/${i}`)
    expect(r.findings.find(f => f.check === 'tls')).toMatchObject({
      status: 'fail',
      title: `Connection refused by 127.0.0.1 port ${port}`
    })
  })
  expect(report.results[500].findings[0]).toMatchObject({
    check: 'input',
    title: expect.stringMatching(/^Malformed URL "wss:\/\/"/)
  })
  expect(report.results[501].findings[0]).toMatchObject({
    check: 'input',
    title: expect.stringMatching(/^Malformed URL "%%%"/)
  })
  expect(report.results[502]).toMatchObject({
    target: { label: '20 more targets' },
    findings: [{ check: 'input', status: 'fail' }]
  })
})
