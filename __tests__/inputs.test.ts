// The input table is the one declaration: action.yml, the README table and `--help` must say
// what it says (regenerate with `npm run inputs:write`).
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

/** The rows of the table under "### Inputs", cells split at unescaped pipes. */
function readmeInputs(readme: string): Declared[] {
  const lines = readme.slice(readme.indexOf('\n### Inputs\n')).split('\n')
  const first = lines.findIndex(line => line.startsWith('|'))
  const table = lines.slice(
    first,
    lines.findIndex((line, i) => i > first && !line.startsWith('|'))
  )
  const cells = (row: string) =>
    row
      .split(/(?<!\\)\|/)
      .slice(1, -1)
      .map(cell => cell.trim().replace(/\\\|/g, '|'))
  expect(cells(table[0])).toEqual(['Input', 'Default', 'Description'])
  const code = (cell: string) => /^`(.*)`$/.exec(cell)?.[1] ?? cell
  return table.slice(2).map(row => {
    const [name, value, description] = cells(row)
    return {
      name: code(name),
      default: code(value) === "''" ? '' : code(value),
      description
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

  test('the README Inputs table is the table (npm run inputs:write)', () => {
    expect(readmeInputs(read('README.md'))).toEqual(expected)
  })

  test('the readers notice a difference', () => {
    const yml = read('action.yml').replace("default: '10000'", "default: '30000'")
    expect(actionInputs(yml)).not.toEqual(expected)
    const readme = read('README.md').replace('`10000`', '`30000`')
    expect(readmeInputs(readme)).not.toEqual(expected)
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
