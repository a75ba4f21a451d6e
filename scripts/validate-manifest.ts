/**
 * `npm run validate`: checks the add-in manifest offline (Microsoft's online validator is unreachable here).
 *
 *   npx tsx scripts/validate-manifest.ts [manifest.xml] [--dev] [--functions f.json] [--functions-nb f.json]
 *
 * Without --functions, functions.json is generated from src/functions/functions.ts and compared with
 * src/functions/functions-nb.json. XSD validation runs only where the schemas and xmllint are present.
 */
import { execFileSync, spawnSync } from 'child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import path from 'path';
import {
  formatIssue,
  validateManifest,
  type FunctionsMetadata,
  type ManifestReport,
  type ValidationMode,
} from '../src/manifest/validate';

const ROOT = path.resolve(__dirname, '..');

export interface ValidateFileOptions {
  manifest?: string;
  mode?: ValidationMode;
  /** A functions.json file; default: generated from src/functions/functions.ts. */
  functions?: string;
  functionsNb?: string;
  /** Folders to look for the manifest XSDs in; default OMSTILLING_MANIFEST_SCHEMAS, manifest-schemas/, ../shared/manifest-schemas/. */
  schemaDirs?: string[];
}

export interface ValidateFileResult {
  report: ManifestReport;
  /** What was checked and what was skipped, one line each. */
  notes: string[];
}

function readJson(file: string): FunctionsMetadata {
  return JSON.parse(readFileSync(file, 'utf8')) as FunctionsMetadata;
}

async function generatedFunctions(notes: string[]): Promise<FunctionsMetadata | undefined> {
  const source = path.join(ROOT, 'src/functions/functions.ts');
  if (!existsSync(source)) {
    notes.push(
      'Funksjons-id-er ikke sjekket: src/functions/functions.ts finnes ikke. / Function ids not checked: no functions.ts.',
    );
    return undefined;
  }
  const { generateCustomFunctionsMetadata } = await import('custom-functions-metadata');
  const result = await generateCustomFunctionsMetadata(source, false);
  if (result.errors.length > 0) {
    throw new Error(`custom-functions-metadata: ${result.errors.join('\n')}`);
  }
  notes.push('functions.json generert fra / generated from src/functions/functions.ts.');
  return JSON.parse(result.metadataJson) as FunctionsMetadata;
}

function findXsds(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return findXsds(file);
    return name.toLowerCase().endsWith('.xsd') ? [file] : [];
  });
}

/** XSD validation with xmllint where both the schemas and xmllint exist; otherwise says why it was skipped. */
function schemaCheck(manifest: string, dirs: string[], notes: string[]): string[] {
  const dir = dirs.find((candidate) => existsSync(candidate));
  if (!dir) {
    notes.push(
      `Skjemavalidering hoppet over: XSD-ene finnes ikke (${dirs.join(', ')}). Strukturkontrollene under er kjørt. / ` +
        'Schema validation skipped: the schemas are absent. The structural checks below were run.',
    );
    return [];
  }
  const main = findXsds(dir).find((file) => /offappmanifest/i.test(path.basename(file)));
  const xmllint = spawnSync('xmllint', ['--version']).status === 0;
  if (!main || !xmllint) {
    notes.push(
      `Skjemavalidering hoppet over: ${main ? 'xmllint er ikke installert' : `fant ingen offappmanifest*.xsd i ${dir}`}. / ` +
        `Schema validation skipped: ${main ? 'xmllint is not installed' : `no offappmanifest*.xsd in ${dir}`}.`,
    );
    return [];
  }
  try {
    execFileSync('xmllint', ['--noout', '--schema', main, manifest], { stdio: 'pipe' });
    notes.push(`Skjemavalidert mot / schema-validated against ${path.relative(ROOT, main)}.`);
    return [];
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error)
      .split('\n')
      .filter((line) => line.trim() && !line.endsWith('fails to validate'));
  }
}

export async function validateManifestFile(options: ValidateFileOptions = {}): Promise<ValidateFileResult> {
  const manifest = path.resolve(options.manifest ?? path.join(ROOT, 'manifest.xml'));
  const notes: string[] = [];
  const schemaDirs = options.schemaDirs ?? [
    ...(process.env.OMSTILLING_MANIFEST_SCHEMAS ? [process.env.OMSTILLING_MANIFEST_SCHEMAS] : []),
    path.join(ROOT, 'manifest-schemas'),
    path.join(ROOT, '..', 'shared', 'manifest-schemas'),
  ];
  const schemaErrors = schemaCheck(manifest, schemaDirs, notes);
  const functions = options.functions ? readJson(options.functions) : await generatedFunctions(notes);
  const nbFile = options.functionsNb ?? path.join(ROOT, 'src/functions/functions-nb.json');
  const functionsNb = existsSync(nbFile) ? readJson(nbFile) : undefined;
  if (functions && !functionsNb) notes.push(`Fant ikke / not found: ${path.relative(ROOT, nbFile)}.`);
  const report = validateManifest(readFileSync(manifest, 'utf8'), {
    mode: options.mode ?? 'production',
    functions,
    functionsNb,
  });
  for (const line of schemaErrors) {
    report.issues.unshift({
      check: 'well-formed',
      severity: 'error',
      message: `XSD: ${line}`,
      messageEn: `XSD: ${line}`,
    });
    report.ok = false;
  }
  return { report, notes };
}

function parseArgs(args: string[]): ValidateFileOptions {
  const options: ValidateFileOptions = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--dev') options.mode = 'dev';
    else if (arg === '--functions') options.functions = args[++i];
    else if (arg === '--functions-nb') options.functionsNb = args[++i];
    else if (arg.startsWith('--')) throw new Error(`Ukjent valg / unknown option: ${arg}`);
    else options.manifest = arg;
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const { report, notes } = await validateManifestFile(options);
  const name = path.relative(
    process.cwd(),
    path.resolve(options.manifest ?? path.join(ROOT, 'manifest.xml')),
  );
  console.log(`Manifest: ${name} (${options.mode ?? 'production'})`);
  for (const note of notes) console.log(`· ${note}`);
  for (const issue of report.issues) console.log(formatIssue(issue));
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.length - errors;
  console.log(
    report.ok
      ? `✓ Manifestet er gyldig / the manifest is valid${warnings ? ` (${warnings} advarsler / warnings)` : ''}.`
      : `✗ ${errors} feil / errors, ${warnings} advarsler / warnings.`,
  );
  process.exitCode = report.ok ? 0 : 1;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 2;
  });
}
