// `npm run inputs:write`: rewrites action.yml's `inputs:` block and the README's Inputs table
// from the input table (src/inputs.ts), formatted with the project's Prettier settings.
// __tests__/inputs.test.ts fails when either differs from the table.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import * as prettier from 'prettier'
import { INPUTS, wrap, type InputSpec } from '../src/inputs.js'

const inputs: readonly InputSpec[] = INPUTS

function yamlQuoted(text: string): string {
  return `'${text.replace(/'/g, "''")}'`
}

/** The `inputs:` block, each description a folded scalar (`>-`) wrapped at 100 columns. */
export function renderActionInputs(): string {
  const lines = ['inputs:']
  for (const input of inputs) {
    lines.push(
      `  ${input.name}:`,
      '    description: >-',
      ...wrap(input.description, 100 - 6).map(line => `      ${line}`),
      '    required: false',
      `    default: ${yamlQuoted(input.default)}`
    )
  }
  return lines.join('\n')
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|')
}

export function renderReadmeTable(): string {
  return [
    '| Input | Default | Description |',
    '| --- | --- | --- |',
    ...inputs.map(
      i => `| \`${i.name}\` | \`${i.default === '' ? "''" : i.default}\` | ${cell(i.description)} |`
    )
  ].join('\n')
}

/** Replaces the text from `start` (included) to `end` (excluded); both must be found. */
function replaceBetween(text: string, start: string, end: string, replacement: string): string {
  const from = text.indexOf(start)
  const to = text.indexOf(end, from + start.length)
  if (from < 0 || to < 0)
    throw new Error(`cannot find ${JSON.stringify(start)}…${JSON.stringify(end)}`)
  return text.slice(0, from) + replacement + text.slice(to)
}

async function rewrite(relative: string, edit: (text: string) => string): Promise<void> {
  const file = fileURLToPath(new URL(`../${relative}`, import.meta.url))
  const options = (await prettier.resolveConfig(file)) ?? {}
  const before = readFileSync(file, 'utf8')
  const after = await prettier.format(edit(before), { ...options, filepath: file })
  if (after !== before) writeFileSync(file, after)
  console.log(`${relative}: ${after === before ? 'unchanged' : 'rewritten'}`)
}

await rewrite('action.yml', text =>
  replaceBetween(text, '\ninputs:\n', '\n\noutputs:', `\n${renderActionInputs()}`)
)
await rewrite('README.md', text => {
  const heading = '\n### Inputs\n\n'
  const start = text.indexOf(heading) + heading.length
  if (start < heading.length) throw new Error('README.md has no "### Inputs" section')
  const end = text.indexOf('\n\n', start)
  return text.slice(0, start) + renderReadmeTable() + text.slice(end)
})
