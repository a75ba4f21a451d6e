/**
 * Every message catalogue in src (each `defineMessages({ … })`, found by reading the sources with the
 * TypeScript parser): each id has a non-empty bokmål and English template with the same placeholders, and
 * each id is named somewhere in src outside its catalogue — a message nobody says is dead text to translate.
 * Rules' own `messages` are checked the same way in messages.test.ts.
 */
import fs from 'fs';
import path from 'path';
import ts from 'typescript';
import { placeholders } from '../../src/core/messages';
import { voiceProblems } from '../support/voice';

const SRC = path.join(__dirname, '../../src');

interface Entry {
  file: string;
  id: string;
  nb?: string;
  en?: string;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

const files = sourceFiles(SRC).map((file) => ({ file, text: fs.readFileSync(file, 'utf8') }));

/** A string literal, or literals joined with `+`, as its text; anything else undefined. */
function stringValue(node: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return stringValue(node.expression);
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const [left, right] = [stringValue(node.left), stringValue(node.right)];
    return left === undefined || right === undefined ? undefined : left + right;
  }
  return undefined;
}

/** The catalogues' entries, and the sources with each catalogue's literal blanked out (for the "used" check). */
function readCatalogues(): { entries: Entry[]; rest: string } {
  const entries: Entry[] = [];
  const rest: string[] = [];
  for (const { file, text } of files) {
    if (!text.includes('defineMessages(') || file.endsWith(path.join('core', 'messages.ts'))) {
      rest.push(text);
      continue;
    }
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const blanks: [number, number][] = [];
    const visit = (node: ts.Node): void => {
      const literal = ts.isCallExpression(node) && node.arguments[0];
      if (
        ts.isCallExpression(node) &&
        node.expression.getText(source) === 'defineMessages' &&
        literal &&
        ts.isObjectLiteralExpression(literal)
      ) {
        blanks.push([literal.getStart(source), literal.getEnd()]);
        for (const property of literal.properties) {
          if (!ts.isPropertyAssignment(property))
            throw new Error(`${file}: a catalogue entry that is not id: {…}`);
          const id = property.name.getText(source).replace(/^['"]|['"]$/g, '');
          const entry: Entry = { file: path.relative(SRC, file), id };
          const value = property.initializer;
          if (ts.isObjectLiteralExpression(value))
            for (const language of value.properties)
              if (ts.isPropertyAssignment(language)) {
                const name = language.name.getText(source);
                if (name === 'nb' || name === 'en') entry[name] = stringValue(language.initializer);
              }
          entries.push(entry);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    let kept = text;
    for (const [start, end] of blanks.reverse()) kept = kept.slice(0, start) + kept.slice(end);
    rest.push(kept);
  }
  return { entries, rest: rest.join('\n') };
}

const { entries, rest } = readCatalogues();

describe('every message catalogue in src', () => {
  it('is found (the reader still sees them)', () => {
    expect(new Set(entries.map((entry) => entry.file)).size).toBeGreaterThan(20);
  });

  it('has each id in both languages, not empty, with the same placeholders', () => {
    const wrong = entries.filter(
      (entry) =>
        !entry.nb?.trim() ||
        !entry.en?.trim() ||
        placeholders(entry.nb).join() !== placeholders(entry.en).join(),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps one voice per language: «» and the decimal comma in bokmål, "" and the decimal point in English', () => {
    const wrong = entries.flatMap((entry) => [
      ...voiceProblems(entry.nb ?? '', 'nb').map((problem) => `${entry.file}: ${entry.id}: ${problem}`),
      ...voiceProblems(entry.en ?? '', 'en').map((problem) => `${entry.file}: ${entry.id}: ${problem}`),
    ]);
    expect(wrong).toEqual([]);
  });

  it('says each id somewhere in src', () => {
    // An id said by name ('id', "id", `id`, CATALOGUE.id), or made from a suffix (`${id}Label`).
    const suffixes = [...rest.matchAll(/\$\{\w+\}(\w+)`/g)].map((match) => match[1]);
    const said = (id: string) =>
      new RegExp(`['"\`.]${id}(['"\`]|[^\\w'"\`-])`).test(rest) ||
      suffixes.some((suffix) => id.endsWith(suffix));
    const unused = entries.filter((entry) => !said(entry.id)).map((entry) => `${entry.file}: ${entry.id}`);
    expect(unused).toEqual([]);
  });
});
