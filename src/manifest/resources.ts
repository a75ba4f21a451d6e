/** The manifest's <Resources> table and the resid references into it. */
import type { ManifestIssue } from './issues';
import { child, childElements, descendants, lineOf, type XmlElement } from './xml';

export type ResourceKind = 'image' | 'url' | 'shortString' | 'longString';

export interface Resource {
  id: string;
  kind: ResourceKind;
  defaultValue: string;
  overrides: Array<{ locale: string; value: string; line?: number }>;
  line?: number;
}

const GROUPS: Record<string, ResourceKind> = {
  Images: 'image',
  Urls: 'url',
  ShortStrings: 'shortString',
  LongStrings: 'longString',
};

const KIND_NAMES: Record<ResourceKind, string> = {
  image: 'bt:Image',
  url: 'bt:Url',
  shortString: 'bt:String (ShortStrings)',
  longString: 'bt:String (LongStrings)',
};

/** The schema's limit on resource ids (ShortResourceReference/LongResourceReference/…). */
const MAX_RESID_LENGTH = 32;

export function readResources(
  versionOverrides: XmlElement | undefined,
  issues: ManifestIssue[],
): Map<string, Resource> {
  const resources = new Map<string, Resource>();
  const table = child(versionOverrides, 'Resources');
  for (const group of table ? childElements(table) : []) {
    const kind = GROUPS[group.localName ?? ''];
    if (!kind) continue;
    for (const element of childElements(group)) {
      const id = element.getAttribute('id') ?? '';
      const line = lineOf(element);
      if (resources.has(id)) {
        issues.push({
          check: 'resource',
          severity: 'error',
          line,
          element: `<${element.nodeName}>`,
          message: `Ressurs-id «${id}» er brukt mer enn én gang (første på linje ${resources.get(id)?.line}).`,
          messageEn: `Resource id "${id}" is used more than once (first on line ${resources.get(id)?.line}).`,
        });
        continue;
      }
      const overrides = childElements(element)
        .filter((o) => o.localName === 'Override')
        .map((o) => ({
          locale: o.getAttribute('Locale') ?? '',
          value: o.getAttribute('Value') ?? '',
          line: lineOf(o),
        }));
      resources.set(id, {
        id,
        kind,
        defaultValue: element.getAttribute('DefaultValue') ?? '',
        overrides,
        line,
      });
    }
  }
  return resources;
}

/** Which kind of resource a resid on this element must point at. */
function expectedKind(element: XmlElement): ResourceKind | undefined {
  const parent = element.parentNode as XmlElement | null;
  switch (element.localName) {
    case 'Image':
      return 'image';
    case 'SourceLocation':
    case 'FunctionFile':
    case 'Runtime':
    case 'LearnMoreUrl':
      return 'url';
    case 'Label':
    case 'Title':
    case 'Namespace':
      return 'shortString';
    case 'Description':
      return parent?.localName === 'Supertip' || parent?.localName === 'GetStarted'
        ? 'longString'
        : undefined;
    default:
      return undefined;
  }
}

/** Every resid resolves, to the right kind of resource; unused resources are reported as warnings. */
export function checkResids(root: XmlElement, resources: Map<string, Resource>): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const used = new Set<string>();
  for (const element of descendants(root)) {
    if (!element.hasAttribute('resid')) continue;
    const resid = element.getAttribute('resid') ?? '';
    const name = `<${element.nodeName}>`;
    const line = lineOf(element);
    used.add(resid);
    if (resid.length > MAX_RESID_LENGTH) {
      issues.push({
        check: 'resid',
        severity: 'error',
        line,
        element: name,
        message: `resid «${resid}» er ${resid.length} tegn; høyst ${MAX_RESID_LENGTH} er lov.`,
        messageEn: `resid "${resid}" is ${resid.length} characters; at most ${MAX_RESID_LENGTH} are allowed.`,
      });
    }
    const resource = resources.get(resid);
    if (!resource) {
      issues.push({
        check: 'resid',
        severity: 'error',
        line,
        element: name,
        message: `resid «${resid}» finnes ikke i <Resources>.`,
        messageEn: `resid "${resid}" does not resolve: no resource with that id in <Resources>.`,
      });
      continue;
    }
    const expected = expectedKind(element);
    if (expected && expected !== resource.kind) {
      issues.push({
        check: 'resid',
        severity: 'error',
        line,
        element: name,
        message: `resid «${resid}» peker på en ${KIND_NAMES[resource.kind]}, men ${name} trenger en ${KIND_NAMES[expected]}.`,
        messageEn: `resid "${resid}" points at a ${KIND_NAMES[resource.kind]}, but ${name} needs a ${KIND_NAMES[expected]}.`,
      });
    }
  }
  for (const resource of resources.values()) {
    if (used.has(resource.id)) continue;
    issues.push({
      check: 'resource',
      severity: 'warning',
      line: resource.line,
      element: `<${KIND_NAMES[resource.kind].split(' ')[0]}>`,
      message: `Ressursen «${resource.id}» brukes ikke.`,
      messageEn: `Resource "${resource.id}" is not used.`,
    });
  }
  return issues;
}
