// The input table is the one declaration: action.yml, the inputs reference in docs/inputs.md and
// `--help` must say what it says (regenerate with `npm run inputs:write`).
import { describe, expect, jest, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { main } from '../src/cli.js'
import { INPUT_NAMES } from '../src/config.js'
import { INPUTS, plainDescription, type InputSpec } from '../src/inputs.js'

interface Declared {
  name: string
  default: string
  description: string
}

const expected: Declared[] = INPUTS.map(({ name, default: value, description }) => ({
  name,
  default: value,
  description
}))
/** The same, each description on one line (docs/inputs.md wraps them). */
const expectedFlat: Declared[] = expected.map(input => ({
  ...input,
  description: input.description.replace(/\s+/g, ' ')
}))

const read = (file: string): string => readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')

/** A YAML scalar as action.yml writes one: plain, 'single' or "double" quoted. */
function scalar(text: string): string {
  if (text.startsWith("'")) return text.slice(1, -1).replace(/''/g, "'")
  if (text.startsWith('"')) return JSON.parse(text) as string
  return text
}

/** The `inputs:` block of action.yml, read line by line: enough YAML for this file. */
function actionInputs(yml: string): Declared[] {
  const lines = yml.split('\n')
  const inputs: Declared[] = []
  let i = lines.indexOf('inputs:') + 1
  expect(i).toBeGreaterThan(0)
  for (; i < lines.length && (lines[i] === '' || lines[i].startsWith(' ')); i++) {
    const input = /^ {2}([a-z0-9-]+):$/.exec(lines[i])
    if (input) {
      inputs.push({ name: input[1], default: '', description: '' })
      continue
    }
    const field = /^ {4}([a-z]+):\s*(.*)$/.exec(lines[i])
    if (!field) continue
    let value = field[2]
    if (/^[>|]-?$/.test(value)) {
      // A block scalar: its lines, folded (>) with spaces or kept (|) with newlines.
      const block: string[] = []
      while (i + 1 < lines.length && lines[i + 1].startsWith('      '))
        block.push(lines[++i].trim())
      value = block.join(value.startsWith('>') ? ' ' : '\n')
    } else {
      value = scalar(value)
    }
    const current = inputs[inputs.length - 1]
    if (field[1] === 'description') current.description = value
    if (field[1] === 'default') current.default = value
  }
  return inputs
}

/**
 * The generated inputs reference of docs/inputs.md: between its markers, a `### \`name\``
 * section per input, then `Default: \`value\`.` (or `Default: none.`), then the description,
 * wrapped (compared with its line breaks as spaces).
 */
function docsInputs(doc: string): Declared[] {
  const start = doc.indexOf('<!-- inputs:start')
  const end = doc.indexOf('<!-- inputs:end -->')
  expect(start).toBeGreaterThan(0)
  expect(end).toBeGreaterThan(start)
  const generated = doc.slice(doc.indexOf('\n', start), end)
  return generated
    .split(/^### /m)
    .slice(1)
    .map(section => {
      const [heading, ...rest] = section.trim().split('\n')
      const paragraphs = rest
        .join('\n')
        .trim()
        .split(/\n{2,}/)
      const value = /^Default: (?:`(.*)`|none)\.$/.exec(paragraphs[0])
      expect(value).not.toBeNull()
      return {
        name: /^`(.*)`$/.exec(heading)?.[1] ?? heading,
        default: value?.[1] ?? '',
        description: paragraphs.slice(1).join('\n\n').replace(/\s+/g, ' ')
      }
    })
}

describe('the input table', () => {
  test('INPUT_NAMES is the table, in order, without duplicates', () => {
    expect(INPUT_NAMES).toEqual(INPUTS.map(i => i.name))
    expect(new Set(INPUT_NAMES).size).toBe(INPUT_NAMES.length)
  })

  test("action.yml's inputs are the table's: names, defaults and descriptions (npm run inputs:write)", () => {
    expect(actionInputs(read('action.yml'))).toEqual(expected)
  })

  test('the inputs reference in docs/inputs.md is the table (npm run inputs:write)', () => {
    expect(docsInputs(read('docs/inputs.md'))).toEqual(expectedFlat)
  })

  test('the readers notice a difference', () => {
    const yml = read('action.yml').replace("default: '10000'", "default: '30000'")
    expect(actionInputs(yml)).not.toEqual(expected)
    const doc = read('docs/inputs.md').replace('`10000`', '`30000`')
    expect(docsInputs(doc)).not.toEqual(expectedFlat)
    const reworded = read('docs/inputs.md').replace('How many targets', 'How many endpoints')
    expect(docsInputs(reworded)).not.toEqual(expectedFlat)
  })

  test('--help lists every input but the action-only ones as a flag (urls: the arguments) with its default and description', async () => {
    const out: string[] = []
    const write = jest
      .spyOn(process.stdout, 'write')
      .mockImplementation(c => (out.push(String(c)), true))
    try {
      expect(await main(['--help'])).toBe(0)
    } finally {
      write.mockRestore()
    }
    // The help's entries, each flattened onto one line.
    const entries = out
      .join('')
      .split(/\n(?= {2}\S)/)
      .map(entry => entry.replace(/\s+/g, ' ').trim())
    const actionOnly = (input: InputSpec): boolean => input.actionOnly === true
    const inputs: readonly InputSpec[] = INPUTS
    for (const input of inputs.filter(actionOnly)) {
      expect(entries.find(e => e.startsWith(`--${input.name} `))).toBeUndefined()
    }
    for (const input of inputs.filter(input => !actionOnly(input))) {
      const head = input.name === 'urls' ? '<wss://url>...' : `--${input.name} ${input.metavar}`
      const entry = entries.find(e => e.startsWith(`${head} `))
      expect(entry).toBeDefined()
      expect(entry).toContain(plainDescription(input).replace(/\s+/g, ' '))
      expect(entry).toContain(`Default: ${input.default || 'none'}.`)
    }
  })
})
