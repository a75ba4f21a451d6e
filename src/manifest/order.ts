/**
 * Child order and required children of the manifest elements we use, as "How to find the proper order of
 * manifest elements" (learn.microsoft.com, task pane add-ins) lists them. The XSDs ([MS-OWEMXML]) are the
 * authority, but they aren't available offline; out-of-order elements make Office refuse the manifest.
 */
import type { ManifestIssue } from './issues';
import { childElements, lineOf, xsiType, type XmlElement } from './xml';

interface Sequence {
  children: string[];
  required?: string[];
}

const OFFICE_APP_CHILDREN = [
  'Id',
  'AlternateId',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains',
  'Hosts',
  'Requirements',
  'DefaultSettings',
  'Permissions',
  'Dictionary',
  'VersionOverrides',
  'ExtendedOverrides',
];

const OFFICE_APP: Sequence = {
  children: OFFICE_APP_CHILDREN,
  // The reference's must-haves for a task pane add-in plus what a deployable Omstilling needs: all but these.
  required: OFFICE_APP_CHILDREN.filter(
    (child) => !['AlternateId', 'Dictionary', 'ExtendedOverrides'].includes(child),
  ),
};

const CONTROL_CHILDREN = ['OverriddenByRibbonApi', 'Label', 'Supertip', 'Icon', 'Action', 'Enabled', 'Items'];

/** Sequences by the parent's local name (and, for ExtensionPoint, its xsi:type). */
function sequenceFor(parent: XmlElement, path: string[]): Sequence | undefined {
  const name = parent.localName ?? '';
  const inVersionOverrides = path.includes('VersionOverrides');
  switch (name) {
    case 'OfficeApp':
      return OFFICE_APP;
    case 'Requirements':
      return { children: ['Sets', 'Methods'] };
    case 'DefaultSettings':
      return {
        children: ['SourceLocation', 'RequestedWidth', 'RequestedHeight'],
        required: ['SourceLocation'],
      };
    case 'VersionOverrides':
      return {
        children: [
          'Description',
          'Requirements',
          'Hosts',
          'Resources',
          'WebApplicationInfo',
          'EquivalentAddins',
        ],
        required: ['Hosts', 'Resources'],
      };
    case 'Host':
      return inVersionOverrides
        ? { children: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor'] }
        : undefined;
    case 'ExtensionPoint':
      if (xsiType(parent) === 'CustomFunctions') {
        const children = ['Script', 'Page', 'Metadata', 'Namespace'];
        return { children, required: children };
      }
      return undefined;
    case 'DesktopFormFactor':
      return { children: ['GetStarted', 'FunctionFile', 'ExtensionPoint'] };
    case 'GetStarted':
      return { children: ['Title', 'Description', 'LearnMoreUrl'], required: ['Title', 'Description'] };
    case 'Group':
      return { children: ['OverriddenByRibbonApi', 'Label', 'Icon', 'Control'], required: ['Label'] };
    case 'Control':
      return { children: CONTROL_CHILDREN, required: ['Label'] };
    case 'Supertip':
      return { children: ['Title', 'Description'], required: ['Title', 'Description'] };
    case 'Action':
      return { children: ['TaskpaneId', 'SourceLocation', 'Title', 'FunctionName', 'SupportsPinning'] };
    case 'Resources':
      return { children: ['Images', 'Urls', 'ShortStrings', 'LongStrings'] };
    default:
      return undefined;
  }
}

function checkSequence(parent: XmlElement, sequence: Sequence, issues: ManifestIssue[]): void {
  const parentName = `<${parent.localName}>`;
  let furthest = -1;
  let furthestElement: XmlElement | undefined;
  for (const element of childElements(parent)) {
    const name = element.localName ?? '';
    const position = sequence.children.indexOf(name);
    if (position < 0) {
      issues.push({
        check: 'unknown-element',
        severity: 'error',
        line: lineOf(element),
        element: `<${name}>`,
        message: `<${name}> er ikke et gyldig barn av ${parentName}. Gyldige: ${sequence.children.join(', ')}.`,
        messageEn: `<${name}> is not a valid child of ${parentName}. Valid: ${sequence.children.join(', ')}.`,
      });
      continue;
    }
    if (position < furthest && furthestElement) {
      const after = furthestElement.localName;
      issues.push({
        check: 'element-order',
        severity: 'error',
        line: lineOf(element),
        element: `<${name}>`,
        message: `<${name}> står etter <${after}> (linje ${lineOf(furthestElement)}), men skal stå før den i ${parentName}. Rekkefølgen er: ${sequence.children.join(', ')}.`,
        messageEn: `<${name}> comes after <${after}> (line ${lineOf(furthestElement)}) but must come before it in ${parentName}. The order is: ${sequence.children.join(', ')}.`,
      });
      continue;
    }
    if (position > furthest) {
      furthest = position;
      furthestElement = element;
    }
  }
  for (const name of sequence.required ?? []) {
    if (childElements(parent).some((element) => element.localName === name)) continue;
    issues.push({
      check: 'required-element',
      severity: 'error',
      line: lineOf(parent),
      element: parentName,
      message: `${parentName} mangler det påkrevde elementet <${name}>.`,
      messageEn: `${parentName} lacks the required element <${name}>.`,
    });
  }
}

/** Order and required children for every element whose sequence we know, from the root down. */
export function checkElementOrder(root: XmlElement): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const visit = (element: XmlElement, path: string[]): void => {
    const sequence = sequenceFor(element, path);
    if (sequence) checkSequence(element, sequence, issues);
    for (const c of childElements(element)) visit(c, [...path, element.localName ?? '']);
  };
  visit(root, []);
  return issues;
}
