/**
 * Offline validation of the XML add-in manifest. `office-addin-manifest validate` needs Microsoft's service;
 * this runs the structural checks that catch what makes Office refuse or half-load the add-in.
 */
import { checkFunctionsMetadata, type FunctionsMetadata } from './functions-metadata';
import { report, type ManifestIssue, type ManifestReport } from './issues';
import { checkElementOrder } from './order';
import { checkResids, readResources } from './resources';
import { checkUrls, type ValidationMode } from './urls';
import { checkCustomFunctions, checkIdentity, checkLocale, checkRibbon, checkSharedRuntime } from './wiring';
import { child, parseXml, XmlSyntaxError } from './xml';

export type { FunctionsMetadata } from './functions-metadata';
export { formatIssue, type ManifestCheck, type ManifestIssue, type ManifestReport } from './issues';
export type { ValidationMode } from './urls';

export const OFFICE_APP_NAMESPACE = 'http://schemas.microsoft.com/office/appforoffice/1.1';
export const FUNCTIONS_NAMESPACE = 'OMSTILLING';

export interface ManifestValidationOptions {
  /** 'production' (default): https only. 'dev': http://localhost is accepted too. */
  mode?: ValidationMode;
  /** The custom functions' namespace; default OMSTILLING. */
  namespace?: string;
  /** functions.json, to check its ids (and against functionsNb). */
  functions?: FunctionsMetadata;
  /** functions-nb.json, the nb-NO overlay. */
  functionsNb?: FunctionsMetadata;
}

export function validateManifest(xml: string, options: ManifestValidationOptions = {}): ManifestReport {
  let root;
  try {
    root = parseXml(xml);
  } catch (error) {
    const syntax = error instanceof XmlSyntaxError ? error : new XmlSyntaxError(String(error));
    return report([
      {
        check: 'well-formed',
        severity: 'error',
        line: syntax.line,
        message: `Manifestet er ikke gyldig XML: ${syntax.message}`,
        messageEn: `The manifest is not well-formed XML: ${syntax.message}`,
      },
    ]);
  }
  if (root.localName !== 'OfficeApp' || root.namespaceURI !== OFFICE_APP_NAMESPACE) {
    return report([
      {
        check: 'root',
        severity: 'error',
        line: 1,
        element: `<${root.nodeName}>`,
        message: `Rotelementet skal være <OfficeApp xmlns="${OFFICE_APP_NAMESPACE}">.`,
        messageEn: `The root element must be <OfficeApp xmlns="${OFFICE_APP_NAMESPACE}">.`,
      },
    ]);
  }
  const issues: ManifestIssue[] = [];
  const resources = readResources(child(root, 'VersionOverrides'), issues);
  issues.push(
    ...checkElementOrder(root),
    ...checkIdentity(root),
    ...checkResids(root, resources),
    ...checkUrls(root, options.mode ?? 'production'),
    ...checkSharedRuntime(root),
    ...checkCustomFunctions(root, resources, options.namespace ?? FUNCTIONS_NAMESPACE),
    ...checkRibbon(root),
    ...checkLocale(root),
  );
  if (options.functions) issues.push(...checkFunctionsMetadata(options.functions, options.functionsNb));
  issues.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return report(issues);
}
