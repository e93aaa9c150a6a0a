// A malformed entry (bad URL, bad resolve line, over max-targets) is a finding like any other.
import type { Probe } from './probe.js'

export const inputProbe: Probe = {
  check: 'input',
  applies: ctx => ctx.target.problem !== undefined,
  run: ctx => [
    {
      check: 'input',
      code: 'input-invalid-target',
      status: 'fail',
      title: ctx.target.problem ?? 'Invalid target',
      cause: 'The target list has an entry wss-doctor cannot check',
      fix: { text: 'Correct or remove this entry in the target list.' }
    }
  ]
}
