import { readFileSync } from 'fs';
import path from 'path';
import { validateManifestFile } from '../../scripts/validate-manifest';
import { formatIssue, validateManifest, type ManifestIssue } from '../../src/manifest/validate';

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const fixture = (name: string): string => readFileSync(path.join(__dirname, 'fixtures', name), 'utf8');
const errors = (xml: string, mode: 'production' | 'dev' = 'production'): ManifestIssue[] =>
  validateManifest(xml, { mode }).issues.filter((issue) => issue.severity === 'error');

describe('the shipped manifest', () => {
  it('passes every offline check, warnings included', () => {
    const result = validateManifest(manifest);
    expect(result.issues.map(formatIssue)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('wires one shared runtime: Runtime, Page, FunctionFile and ShowTaskpane share a resid', () => {
    const resids = ['Runtime resid', 'FunctionFile resid'].map(
      (tag) => manifest.match(new RegExp(`<${tag}="([^"]+)"`))?.[1],
    );
    expect(resids).toEqual(['Taskpane.Url', 'Taskpane.Url']);
    expect(manifest).toContain('<Page>\n              <SourceLocation resid="Taskpane.Url" />');
    expect(manifest).toMatch(
      /<Action xsi:type="ShowTaskpane">\s*<TaskpaneId>[^<]+<\/TaskpaneId>\s*<SourceLocation resid="Taskpane.Url" \/>/,
    );
  });

  it('points every URL at https://localhost:3000, which the production build rewrites', () => {
    const urls = [...manifest.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((url) => !url.startsWith('https://localhost:3000/'))).toEqual([]);
  });

  it('has the icons it names in assets/', () => {
    const icons = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    for (const icon of icons) expect(() => readFileSync(path.join(ROOT, 'assets', icon))).not.toThrow();
  });
});

describe('broken manifests fail with a reason that names the culprit', () => {
  it('a dangling resid', () => {
    const [issue] = errors(fixture('dangling-resid.xml'));
    expect(issue).toMatchObject({ check: 'resid', element: '<Label>', line: 71 });
    expect(issue.messageEn).toContain('"Group.Lable" does not resolve');
    expect(issue.message).toContain('«Group.Lable» finnes ikke');
  });

  it('an http URL, in production and in dev mode alike when it is not localhost', () => {
    for (const mode of ['production', 'dev'] as const) {
      const [issue] = errors(fixture('http-url.xml'), mode);
      expect(issue).toMatchObject({ check: 'url', element: '<bt:Url>' });
      expect(issue.messageEn).toContain('"http://omstilling.example.no/functions.js" uses http');
    }
  });

  it('http://localhost only with the dev flag', () => {
    const xml = fixture('http-localhost.xml');
    const production = errors(xml, 'production');
    expect(production.length).toBeGreaterThan(5);
    expect(
      production.every((issue) => issue.check === 'url' && issue.messageEn.includes('only with --dev')),
    ).toBe(true);
    expect(errors(xml, 'dev')).toEqual([]);
  });

  it('elements out of order', () => {
    const [issue] = errors(fixture('out-of-order.xml'));
    expect(issue).toMatchObject({ check: 'element-order', element: '<DefaultSettings>', line: 38 });
    expect(issue.messageEn).toContain(
      '<DefaultSettings> comes after <Permissions> (line 37) but must come before it',
    );
  });

  it('elements out of order inside the custom functions extension point', () => {
    const xml = manifest.replace(
      /(<Script>[\s\S]*?<\/Script>)(\s*)(<Page>[\s\S]*?<\/Page>)/,
      (_, script: string, space: string, page: string) => `${page}${space}${script}`,
    );
    expect(errors(xml)).toEqual([expect.objectContaining({ check: 'element-order', element: '<Script>' })]);
  });

  it('the FunctionFile on another resid than the Page', () => {
    const [issue] = errors(fixture('page-functionfile-mismatch.xml'));
    expect(issue).toMatchObject({ check: 'shared-runtime', element: '<FunctionFile>', line: 67 });
    expect(issue.messageEn).toContain(
      '<FunctionFile> uses resid "Commands.Url" but <Runtime> (line 45) uses "Taskpane.Url"',
    );
  });

  it('the Page on another resid than the FunctionFile', () => {
    const xml = manifest.replace(
      '<Page>\n              <SourceLocation resid="Taskpane.Url" />',
      '<Page>\n              <SourceLocation resid="Functions.Script.Url" />',
    );
    const [issue] = errors(xml);
    expect(issue).toMatchObject({ check: 'shared-runtime', element: '<SourceLocation>' });
    expect(issue.messageEn).toContain(
      'CustomFunctions <Page><SourceLocation> uses resid "Functions.Script.Url"',
    );
  });

  it('a short-lived runtime', () => {
    expect(errors(fixture('short-lifetime.xml'))).toEqual([
      expect.objectContaining({
        check: 'shared-runtime',
        element: '<Runtime>',
        messageEn: expect.stringContaining('"long"'),
      }),
    ]);
  });

  it('no SharedRuntime requirement', () => {
    const xml = manifest.replace(
      '<Set Name="SharedRuntime" MinVersion="1.1" />',
      '<Set Name="ExcelApi" MinVersion="1.1" />',
    );
    expect(errors(xml)).toEqual([
      expect.objectContaining({
        check: 'shared-runtime',
        messageEn: expect.stringContaining('SharedRuntime'),
      }),
    ]);
  });

  it('XML that is not well-formed', () => {
    const [issue] = errors(fixture('malformed.xml'));
    expect(issue).toMatchObject({ check: 'well-formed', line: 40 });
    expect(issue.messageEn).toContain('"Permissions" != "Permission"');
  });

  it('a namespace other than OMSTILLING', () => {
    const [issue] = errors(fixture('wrong-namespace.xml'));
    expect(issue).toMatchObject({ check: 'custom-functions', element: '<Namespace>' });
    expect(issue.messageEn).toContain('"CONTOSO"');
  });

  it('a missing required element, an unknown one, a resid of the wrong kind', () => {
    const xml = manifest
      .replace(/\s*<SupportUrl [^>]+\/>/, '\n  <HelpUrl DefaultValue="https://localhost:3000/help" />')
      .replace('<Label resid="Group.Label" />', '<Label resid="Icon.16x16" />');
    expect(errors(xml).map((issue) => [issue.check, issue.element])).toEqual(
      expect.arrayContaining([
        ['required-element', '<OfficeApp>'],
        ['unknown-element', '<HelpUrl>'],
        ['resid', '<Label>'],
      ]),
    );
  });

  it('no ribbon button on Home, no Norwegian name, no nb-NO functions metadata', () => {
    const xml = manifest
      .replace('<OfficeTab id="TabHome">', '<OfficeTab id="TabData">')
      .replace('<Override Locale="nb-NO" Value="Omstilling" />', '')
      .replace(/<bt:Override Locale="nb-NO" Value="[^"]+functions-nb.json" \/>/, '');
    expect(
      errors(xml)
        .map((issue) => issue.check)
        .sort(),
    ).toEqual(['locale', 'locale', 'ribbon']);
  });
});

describe('Norwegian in both written forms', () => {
  it('nynorsk Excel (nn-NO) gets the Norwegian name, description and function names too', () => {
    expect(manifest).toContain('<Override Locale="nn-NO" Value="Omstilling" />');
    const xml = manifest.replace(/\s*<(bt:)?Override Locale="nn-NO" Value="[^"]*" \/>/g, '');
    const locale = errors(xml).filter((issue) => issue.check === 'locale');
    expect(locale.map((issue) => issue.element).sort()).toEqual([
      '<Description>',
      '<DisplayName>',
      '<SourceLocation>',
    ]);
    expect(locale.every((issue) => issue.message.includes('nn-NO'))).toBe(true);
  });
});

describe('functions.json and functions-nb.json agree with the manifest', () => {
  const fn = (id: string, name = id) => ({ id, name });

  it('accepts uppercase, unique ids present in both files', () => {
    const functions = { functions: [fn('MAALKURVE'), fn('FORDEL')] };
    const functionsNb = { functions: [fn('MAALKURVE', 'MÅLKURVE'), fn('FORDEL')] };
    expect(validateManifest(manifest, { functions, functionsNb }).ok).toBe(true);
  });

  it('rejects lowercase and duplicate ids, and ids the overlay lacks or adds', () => {
    const functions = { functions: [fn('maalkurve'), fn('FORDEL'), fn('FORDEL', 'FORDEL2')] };
    const functionsNb = { functions: [fn('FORDEL'), fn('SJEKK')] };
    const messages = validateManifest(manifest, { functions, functionsNb }).issues.map(
      (issue) => issue.messageEn,
    );
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringContaining('id "maalkurve" must be uppercase'),
        expect.stringContaining('id "FORDEL" occurs more than once'),
        expect.stringContaining('functions-nb.json lacks maalkurve'),
        expect.stringContaining('functions-nb.json has SJEKK'),
      ]),
    );
  });
});

describe('npm run validate (the file-level entry point)', () => {
  it('says that schema validation was skipped when the schemas are absent, and still checks the structure', async () => {
    const { report, notes } = await validateManifestFile({
      manifest: path.join(__dirname, 'fixtures', 'dangling-resid.xml'),
      functions: path.join(__dirname, 'fixtures', 'functions.json'),
      functionsNb: path.join(__dirname, 'fixtures', 'functions-nb.json'),
      schemaDirs: [path.join(__dirname, 'no-such-schemas')],
    });
    expect(notes.join('\n')).toContain('Schema validation skipped: the schemas are absent');
    expect(report.ok).toBe(false);
    expect(report.issues.map((issue) => issue.check)).toContain('resid');
  });
});
