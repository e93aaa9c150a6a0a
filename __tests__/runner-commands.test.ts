// The runner-like parser the workflow-command tests rely on, checked on a hand-made transcript.
import { describe, expect, test } from '@jest/globals'
import { runnerCommands } from './fixtures/runner-commands.js'

describe('the runner-like command parser', () => {
  test('reads `::` commands at the start of a trimmed line, with escaped properties and data', () => {
    const commands = runnerCommands(
      [
        '::error title=a%3Ab%2Cc,file=x.txt,line=4::broken%0Anext %25',
        '   \t::add-mask::hunter2',
        'text ::warning::not at the start',
        '::unknown::not a command',
        '::NOTICE::names are case-insensitive',
        '::warning'
      ].join('\n')
    )
    expect(commands).toEqual([
      {
        name: 'error',
        properties: { title: 'a:b,c', file: 'x.txt', line: '4' },
        data: 'broken\nnext %'
      },
      { name: 'add-mask', properties: {}, data: 'hunter2' },
      { name: 'NOTICE', properties: {}, data: 'names are case-insensitive' }
    ])
  })

  test('reads the legacy `##[` form anywhere in a line, first occurrence only', () => {
    const commands = runnerCommands(
      'cert CN=##[error file=README.md;line=1]forged %5D ##[add-mask]second\r\nx ##[add-mask]wss\rno ##[bracket'
    )
    expect(commands).toEqual([
      {
        name: 'error',
        properties: { file: 'README.md', line: '1' },
        data: 'forged ] ##[add-mask]second'
      },
      { name: 'add-mask', properties: {}, data: 'wss' }
    ])
  })

  test('stop-commands silences everything until its token, in either form', () => {
    const names = (stdout: string): string[] => runnerCommands(stdout).map(c => c.name)
    expect(
      names(
        [
          '::stop-commands::tok1',
          '::error::ignored',
          'x ##[add-mask]ignored',
          '::stop-commands::nested-ignored',
          '::tok1::',
          '::warning::after',
          'y ##[stop-commands]tok2',
          '::error::ignored',
          'z ##[TOK2]',
          '::notice::after'
        ].join('\n')
      )
    ).toEqual(['stop-commands', 'tok1', 'warning', 'stop-commands', 'TOK2', 'notice'])
  })

  test('a word joiner keeps `##[` and `::` inert even where .NET skips ignorable characters', () => {
    const wj = '\u2060'
    expect(runnerCommands(`a #${wj}#[error]x\n:${wj}:error::y\n  :${wj}:add-mask::z`)).toEqual([])
    // Where .NET skips the joiner, so does the parser: here it finds the `::` separator.
    expect(runnerCommands(`::error:${wj}:x`).map(c => c.name)).toEqual(['error'])
  })
})
