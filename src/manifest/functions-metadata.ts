/**
 * functions.json (generated from the JSDoc) and functions-nb.json (the nb-NO overlay) must describe the same
 * functions: Excel keys saved formulas by id, so ids are uppercase, unique and identical in both files.
 */
import type { ManifestIssue } from './issues';

export interface FunctionsMetadata {
  functions: Array<{ id: string; name: string }>;
}

const ID = /^[A-Z0-9_.]+$/;

function issue(message: string, messageEn: string): ManifestIssue {
  return { check: 'functions-metadata', severity: 'error', message, messageEn };
}

function duplicates(values: string[]): string[] {
  return [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
}

function checkOne(metadata: FunctionsMetadata, file: string): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  if (!Array.isArray(metadata?.functions)) {
    return [issue(`${file} har ingen «functions»-liste.`, `${file} has no "functions" list.`)];
  }
  const ids = metadata.functions.map((f) => f.id);
  for (const id of ids.filter((id) => !ID.test(id ?? ''))) {
    issues.push(
      issue(
        `${file}: id «${id}» skal bare ha store bokstaver, sifre, punktum og _.`,
        `${file}: id "${id}" must be uppercase letters, digits, dots and underscores only.`,
      ),
    );
  }
  for (const id of duplicates(ids)) {
    issues.push(
      issue(`${file}: id «${id}» finnes mer enn én gang.`, `${file}: id "${id}" occurs more than once.`),
    );
  }
  for (const name of duplicates(metadata.functions.map((f) => (f.name ?? '').toUpperCase()))) {
    issues.push(
      issue(
        `${file}: navnet «${name}» finnes mer enn én gang.`,
        `${file}: name "${name}" occurs more than once.`,
      ),
    );
  }
  return issues;
}

export function checkFunctionsMetadata(
  functions: FunctionsMetadata,
  functionsNb?: FunctionsMetadata,
): ManifestIssue[] {
  const issues = checkOne(functions, 'functions.json');
  if (!functionsNb) return issues;
  issues.push(...checkOne(functionsNb, 'functions-nb.json'));
  if (!Array.isArray(functions?.functions) || !Array.isArray(functionsNb?.functions)) return issues;
  const ids = new Set(functions.functions.map((f) => f.id));
  const nbIds = new Set(functionsNb.functions.map((f) => f.id));
  const missing = [...ids].filter((id) => !nbIds.has(id));
  const extra = [...nbIds].filter((id) => !ids.has(id));
  if (missing.length > 0) {
    issues.push(
      issue(
        `functions-nb.json mangler ${missing.join(', ')} som finnes i functions.json.`,
        `functions-nb.json lacks ${missing.join(', ')}, which functions.json has.`,
      ),
    );
  }
  if (extra.length > 0) {
    issues.push(
      issue(
        `functions-nb.json har ${extra.join(', ')} som ikke finnes i functions.json (id-er må aldri endres).`,
        `functions-nb.json has ${extra.join(', ')}, which functions.json lacks (ids must never change).`,
      ),
    );
  }
  return issues;
}
