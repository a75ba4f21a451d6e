import { parseArgs } from '../../src/cli/args';
import { COMMANDS } from '../../src/cli/commandList';

function parsed(...argv: string[]) {
  const result = parseArgs(argv);
  if (!result.ok) throw new Error(`expected a parse, got ${JSON.stringify(result.problem)}`);
  return result.args;
}

describe('parseArgs', () => {
  it.each([
    ['sjekk', 'check'],
    ['check', 'check'],
    ['oppsummer', 'summary'],
    ['summary', 'summary'],
    ['kurve', 'curve'],
    ['curve', 'curve'],
    ['fordel', 'allocate'],
    ['allocate', 'allocate'],
    ['mal', 'template'],
    ['template', 'template'],
    ['oppfolging', 'followUp'],
    ['oppfølging', 'followUp'],
    ['follow-up', 'followUp'],
    ['SJEKK', 'check'],
  ])('reads the command %s as %s', (word, id) => {
    expect(parsed(word).command?.id).toBe(id);
  });

  it('gives every command a bokmål name and a different English alias', () => {
    for (const command of COMMANDS) expect(command.nb).not.toBe(command.en);
  });

  it('takes the bokmål option names and the English aliases alike', () => {
    const nb = parsed(
      'kurve',
      '--grunnlag',
      '12928',
      '--fra',
      '2012',
      '--til=2017',
      '--vekst',
      '0,5',
      '--avrunding',
      'slutt',
    );
    const en = parsed(
      'curve',
      '--base',
      '12928',
      '--from',
      '2012',
      '--to=2017',
      '--rate',
      '0,5',
      '--rounding',
      'slutt',
    );
    expect(nb.options).toEqual({ base: '12928', from: '2012', to: '2017', rate: '0,5', rounding: 'slutt' });
    expect(en.options).toEqual(nb.options);
  });

  it('reads negative numbers as values and positionals, not as options', () => {
    expect(parsed('kurve', '--vekst', '-0,5').options.rate).toBe('-0,5');
    expect(parsed('fordel', '-100', '1', '−2').positionals).toEqual(['-100', '1', '−2']);
  });

  it('reads --json, --lang en and --help anywhere on the line', () => {
    const args = parsed('--json', 'sjekk', 'fil.xlsx', '--lang', 'en', '-h');
    expect(args).toMatchObject({ json: true, lang: 'en', help: true, positionals: ['fil.xlsx'] });
    expect(parsed('hjelp', 'mal')).toMatchObject({ help: true, command: { id: 'template' } });
  });

  it('keeps a file name that looks like an option after --', () => {
    expect(parsed('sjekk', '--', '--rar.xlsx').positionals).toEqual(['--rar.xlsx']);
  });

  it.each([
    [['sjekkk', 'fil.xlsx'], { kind: 'unknown-command', word: 'sjekkk' }],
    [['sjekk', 'fil.xlsx', '--vekst', '1'], { kind: 'unknown-option', option: '--vekst' }],
    [['kurve', '--grunnlag'], { kind: 'missing-value', option: '--grunnlag' }],
    // The next word is another option, not this one's value.
    [['oppfolging', 'fil.xlsx', '--dato', '--lang', 'en'], { kind: 'missing-value', option: '--dato' }],
    [['sjekk', 'fil.xlsx', '--oppsummering', '--json'], { kind: 'missing-value', option: '--oppsummering' }],
    [['mal', 'ut.xlsx', '--eksempel=ja'], { kind: 'unexpected-value', option: '--eksempel' }],
    [['kurve', '--lang', 'de'], { kind: 'bad-lang', value: 'de' }],
  ])('says what is wrong with %j', (argv, problem) => {
    const result = parseArgs(argv);
    expect(result).toMatchObject({ ok: false, problem });
  });

  it('says a usage problem in English when --lang en is on the line, even after the problem', () => {
    expect(parseArgs(['sjekkk', '--lang', 'en'])).toMatchObject({ ok: false, lang: 'en' });
  });
});
