/**
 * functions.json is generated from the JSDoc in functions.ts (custom-functions-metadata exits 0 even when it
 * found errors, so the errors are asserted here); functions-nb.json is its nb-NO twin, which the manifest's
 * nb-no override points at.
 */
import * as path from 'path';
import nbMetadata from '../../src/functions/functions-nb.json';
import * as functionsModule from '../../src/functions/functions';
import { ARGS } from '../../src/functions/args';
import { EXCEL_BUILTINS_EN, EXCEL_BUILTINS_NB } from './excelBuiltins';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { generateCustomFunctionsMetadata } = require('custom-functions-metadata');

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}
interface Metadata {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
}

/** The ids Excel stores in every workbook that uses the functions: changing one breaks those workbooks. */
const IDS = ['GOALCURVE', 'GOAL', 'GAP', 'ALLOCATE', 'FRAME', 'REMAINING', 'SUMMARY'];

const NB_NAMES: Record<string, string> = {
  GOALCURVE: 'MÅLKURVE',
  GOAL: 'MÅLTALL',
  GAP: 'AVVIK',
  ALLOCATE: 'FORDEL',
  FRAME: 'RAMME',
  REMAINING: 'RESTRAMME',
  SUMMARY: 'OPPSUMMERING',
};

let generated: { metadataJson: string; associate: { id: string; functionName: string }[]; errors: string[] };
let metadata: Metadata;
const nb = nbMetadata as Metadata;
const byId = (meta: Metadata, id: string) => meta.functions.find((f) => f.id === id) as FunctionMetadata;

beforeAll(async () => {
  generated = await generateCustomFunctionsMetadata(path.join(__dirname, '../../src/functions/functions.ts'));
  metadata = JSON.parse(generated.metadataJson || '{"functions":[]}');
});

describe('functions.json (generated from the JSDoc)', () => {
  it('is generated without errors', () => {
    expect(generated.errors).toEqual([]);
  });

  it('has exactly the expected ids, in English, with the English name equal to the id', () => {
    expect(metadata.functions.map((f) => f.id)).toEqual(IDS);
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it('marks the results that spill as matrix, the others as scalar', () => {
    const matrix = metadata.functions.filter((f) => f.result.dimensionality === 'matrix').map((f) => f.id);
    expect(matrix).toEqual(['GOALCURVE', 'ALLOCATE', 'SUMMARY']);
  });

  it('takes ranges where ranges belong', () => {
    const ranges = Object.fromEntries(
      metadata.functions.map((f) => [
        f.id,
        f.parameters.filter((p) => p.dimensionality === 'matrix').map((p) => p.name),
      ]),
    );
    expect(ranges).toEqual({
      GOALCURVE: [],
      GOAL: [],
      GAP: [],
      ALLOCATE: ['weights', 'holds'],
      FRAME: ['plan'],
      REMAINING: ['areas', 'amounts', 'years', 'plan'],
      SUMMARY: ['years', 'categories', 'areas', 'amounts', 'statuses', 'plan'],
    });
  });

  it('has the optional parameters of the issue, and only those', () => {
    const optional = Object.fromEntries(
      metadata.functions.map((f) => [f.id, f.parameters.filter((p) => p.optional).map((p) => p.name)]),
    );
    expect(optional).toEqual({
      GOALCURVE: ['rounding'],
      GOAL: ['rounding'],
      GAP: ['rounding'],
      ALLOCATE: ['unit', 'holds'],
      FRAME: ['year', 'plan'],
      REMAINING: ['years', 'year', 'plan'],
      SUMMARY: ['plan'],
    });
  });

  it('describes every function and parameter', () => {
    for (const f of metadata.functions) {
      expect(f.description).toBeTruthy();
      for (const p of f.parameters) expect(p.description).toBeTruthy();
    }
  });

  it('associates every id with a function exported from functions.ts, which the webpack plugin wires', () => {
    expect(generated.associate.map((a) => a.id)).toEqual(IDS);
    for (const { functionName } of generated.associate) {
      expect(typeof (functionsModule as Record<string, unknown>)[functionName]).toBe('function');
    }
  });

  it('uses the parameter names the error messages use', () => {
    const english = new Set(Object.values(ARGS).map((arg) => arg.en));
    for (const f of metadata.functions) for (const p of f.parameters) expect(english).toContain(p.name);
  });
});

describe('functions-nb.json (the nb-NO overlay)', () => {
  it('has one entry per id, with the Norwegian names', () => {
    expect(nb.functions.map((f) => f.id)).toEqual(IDS);
    expect(Object.fromEntries(nb.functions.map((f) => [f.id, f.name]))).toEqual(NB_NAMES);
  });

  it('is the generated metadata with only names and descriptions translated', () => {
    const shape = (meta: Metadata) => ({
      ...meta,
      functions: meta.functions.map(({ name: _name, description: _description, parameters, ...rest }) => ({
        ...rest,
        parameters: parameters.map(({ name: _p, description: _d, ...kept }) => kept),
      })),
    });
    expect(shape(nb)).toEqual(shape(metadata));
  });

  it('translates every description and names each parameter as the Norwegian messages do', () => {
    const byEnglish = new Map(Object.values(ARGS).map((arg) => [arg.en, arg.nb]));
    for (const id of IDS) {
      const en = byId(metadata, id);
      const no = byId(nb, id);
      expect(no.description).toBeTruthy();
      expect(no.description).not.toBe(en.description);
      no.parameters.forEach((p, i) => {
        expect(p.name).toBe(byEnglish.get(en.parameters[i].name));
        expect(p.description).toBeTruthy();
        expect(p.description).not.toBe(en.parameters[i].description);
      });
    }
  });

  it('has names Excel accepts (a letter first, then letters, digits, . or _) and no duplicates', () => {
    const names = nb.functions.map((f) => f.name);
    for (const name of names) expect(name).toMatch(/^\p{L}[\p{L}0-9._]*$/u);
    expect(new Set(names.map((n) => n.toUpperCase())).size).toBe(names.length);
  });
});

describe('no name clashes with an Excel built-in, in either language', () => {
  const builtins = new Set([...EXCEL_BUILTINS_EN, ...EXCEL_BUILTINS_NB].map((name) => name.toUpperCase()));

  it('knows the built-ins (the list is not empty or mistyped)', () => {
    expect(EXCEL_BUILTINS_EN.length).toBeGreaterThanOrEqual(150);
    expect(EXCEL_BUILTINS_NB.length).toBeGreaterThanOrEqual(150);
    for (const name of ['SUM', 'VLOOKUP', 'IF', 'GROWTH']) expect(EXCEL_BUILTINS_EN).toContain(name);
    for (const name of ['SUMMER', 'FINN.RAD', 'HVIS', 'VEKST', 'AVVIK.KVADRERT'])
      expect(EXCEL_BUILTINS_NB).toContain(name);
  });

  it.each(IDS)('%s', (id) => {
    expect(builtins.has(byId(metadata, id).name.toUpperCase())).toBe(false);
    expect(builtins.has(byId(nb, id).name.toUpperCase())).toBe(false);
  });
});
