/**
 * How the pieces of the add-in are wired: one shared runtime (the task pane page) runs the custom functions,
 * the ribbon commands and the pane, so the Runtime, the functions' Page, the FunctionFile and the
 * ShowTaskpane action must all name the same resid.
 */
import type { ManifestIssue } from './issues';
import type { Resource } from './resources';
import { child, childElements, descendants, lineOf, text, xsiType, type XmlElement } from './xml';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VERSION = /^\d{1,5}(\.\d{1,5}){0,3}$/;
const PERMISSIONS = ['Restricted', 'ReadDocument', 'ReadAllDocument', 'WriteDocument', 'ReadWriteDocument'];
const REQUIRED_ICON_SIZES = ['16', '32', '80'];

function issue(
  check: ManifestIssue['check'],
  element: XmlElement | undefined,
  message: string,
  messageEn: string,
): ManifestIssue {
  return {
    check,
    severity: 'error',
    line: lineOf(element),
    element: element ? `<${element.nodeName}>` : undefined,
    message,
    messageEn,
  };
}

export function checkIdentity(root: XmlElement): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const id = child(root, 'Id');
  if (id && !GUID.test(text(id))) {
    issues.push(
      issue('identity', id, `<Id> «${text(id)}» er ikke en GUID.`, `<Id> "${text(id)}" is not a GUID.`),
    );
  }
  const version = child(root, 'Version');
  if (version && !VERSION.test(text(version))) {
    issues.push(
      issue(
        'identity',
        version,
        `<Version> «${text(version)}» skal ha formen n.n.n.n.`,
        `<Version> "${text(version)}" must look like n.n.n.n.`,
      ),
    );
  }
  const permissions = child(root, 'Permissions');
  if (permissions && !PERMISSIONS.includes(text(permissions))) {
    issues.push(
      issue(
        'identity',
        permissions,
        `<Permissions> «${text(permissions)}» er ukjent. Gyldige: ${PERMISSIONS.join(', ')}.`,
        `<Permissions> "${text(permissions)}" is unknown. Valid: ${PERMISSIONS.join(', ')}.`,
      ),
    );
  }
  const hosts = child(root, 'Hosts');
  if (hosts && !childElements(hosts).some((host) => host.getAttribute('Name') === 'Workbook')) {
    issues.push(
      issue(
        'identity',
        hosts,
        '<Hosts> mangler <Host Name="Workbook"> (Excel).',
        '<Hosts> lacks <Host Name="Workbook"> (Excel).',
      ),
    );
  }
  return issues;
}

function residOf(element: XmlElement | undefined): string | undefined {
  return element?.getAttribute('resid') || undefined;
}

function hasSharedRuntimeRequirement(root: XmlElement): boolean {
  return descendants(root, 'Set').some((set) => {
    if (set.getAttribute('Name') !== 'SharedRuntime') return false;
    const version =
      set.getAttribute('MinVersion') || (set.parentNode as XmlElement).getAttribute('DefaultMinVersion');
    return Number.parseFloat(version || '0') >= 1.1;
  });
}

export function customFunctionsExtension(root: XmlElement): XmlElement | undefined {
  return descendants(root, 'ExtensionPoint').find((point) => xsiType(point) === 'CustomFunctions');
}

export function showTaskpaneActions(root: XmlElement): XmlElement[] {
  return descendants(root, 'Action').filter((action) => xsiType(action) === 'ShowTaskpane');
}

export function checkSharedRuntime(root: XmlElement): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  if (!hasSharedRuntimeRequirement(root)) {
    issues.push(
      issue(
        'shared-runtime',
        child(root, 'Requirements') ?? root,
        'Kravet <Set Name="SharedRuntime" MinVersion="1.1"/> mangler; uten det får ikke funksjonene og panelet felles kjøretid.',
        'The requirement <Set Name="SharedRuntime" MinVersion="1.1"/> is missing; without it the functions and the pane get no shared runtime.',
      ),
    );
  }
  const runtime = descendants(root, 'Runtime')[0];
  if (!runtime) {
    issues.push(
      issue(
        'shared-runtime',
        root,
        '<Runtimes><Runtime resid="…" lifetime="long"/></Runtimes> mangler i <Host>.',
        '<Runtimes><Runtime resid="…" lifetime="long"/></Runtimes> is missing from <Host>.',
      ),
    );
    return issues;
  }
  if (runtime.getAttribute('lifetime') !== 'long') {
    issues.push(
      issue(
        'shared-runtime',
        runtime,
        `<Runtime> har lifetime="${runtime.getAttribute('lifetime') ?? ''}"; skal være "long", ellers stopper funksjonene når panelet lukkes.`,
        `<Runtime> has lifetime="${runtime.getAttribute('lifetime') ?? ''}"; it must be "long", or the functions stop when the pane closes.`,
      ),
    );
  }
  const runtimeResid = residOf(runtime);
  const functions = customFunctionsExtension(root);
  const wired: Array<[string, XmlElement | undefined]> = [
    ['CustomFunctions <Page><SourceLocation>', child(child(functions, 'Page'), 'SourceLocation')],
    ['<FunctionFile>', descendants(root, 'FunctionFile')[0]],
    ...showTaskpaneActions(root).map((action): [string, XmlElement | undefined] => [
      'ShowTaskpane <SourceLocation>',
      child(action, 'SourceLocation'),
    ]),
  ];
  for (const [label, element] of wired) {
    if (!element) continue;
    const resid = residOf(element);
    if (resid === runtimeResid) continue;
    issues.push(
      issue(
        'shared-runtime',
        element,
        `${label} bruker resid «${resid ?? ''}», men <Runtime> (linje ${lineOf(runtime)}) bruker «${runtimeResid ?? ''}». I felles kjøretid må <Runtime>, funksjonenes <Page>, <FunctionFile> og ShowTaskpane bruke samme resid.`,
        `${label} uses resid "${resid ?? ''}" but <Runtime> (line ${lineOf(runtime)}) uses "${runtimeResid ?? ''}". In a shared runtime <Runtime>, the functions' <Page>, <FunctionFile> and ShowTaskpane must use the same resid.`,
      ),
    );
  }
  if (!descendants(root, 'FunctionFile')[0]) {
    issues.push(
      issue(
        'shared-runtime',
        root,
        '<FunctionFile> mangler i <DesktopFormFactor>.',
        '<FunctionFile> is missing from <DesktopFormFactor>.',
      ),
    );
  }
  return issues;
}

export function checkCustomFunctions(
  root: XmlElement,
  resources: Map<string, Resource>,
  namespace: string,
): ManifestIssue[] {
  const functions = customFunctionsExtension(root);
  if (!functions) {
    return [
      issue(
        'custom-functions',
        root,
        '<ExtensionPoint xsi:type="CustomFunctions"> mangler i <AllFormFactors>.',
        '<ExtensionPoint xsi:type="CustomFunctions"> is missing from <AllFormFactors>.',
      ),
    ];
  }
  const issues: ManifestIssue[] = [];
  const namespaceElement = child(functions, 'Namespace');
  const actual = resources.get(residOf(namespaceElement) ?? '')?.defaultValue;
  if (namespaceElement && actual !== undefined && actual !== namespace) {
    issues.push(
      issue(
        'custom-functions',
        namespaceElement,
        `Navnerommet er «${actual}», men funksjonene skal hete ${namespace}.…`,
        `The namespace is "${actual}" but the functions are called ${namespace}.…`,
      ),
    );
  }
  const metadata = child(child(functions, 'Metadata'), 'SourceLocation');
  const metadataUrl = resources.get(residOf(metadata) ?? '');
  for (const locale of NORWEGIAN_LOCALES) {
    if (metadataUrl?.kind !== 'url' || metadataUrl.overrides.some((o) => sameLocale(o.locale, locale)))
      continue;
    issues.push(
      issue(
        'locale',
        metadata,
        `Metadata-URL-en «${metadataUrl.id}» mangler <bt:Override Locale="${locale}"> som peker på functions-nb.json.`,
        `The metadata URL "${metadataUrl.id}" lacks a <bt:Override Locale="${locale}"> pointing at functions-nb.json.`,
      ),
    );
  }
  return issues;
}

/** A button on the Home tab that opens the pane, with the icon sizes Office requires. */
export function checkRibbon(root: XmlElement): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  const onHome = showTaskpaneActions(root).some((action) =>
    descendants(root, 'OfficeTab').some(
      (tab) => tab.getAttribute('id') === 'TabHome' && descendants(tab, 'Action').includes(action),
    ),
  );
  if (!onHome) {
    issues.push(
      issue(
        'ribbon',
        root,
        'Ingen knapp på Hjem-fanen (<OfficeTab id="TabHome">) åpner panelet (Action xsi:type="ShowTaskpane").',
        'No button on the Home tab (<OfficeTab id="TabHome">) opens the pane (Action xsi:type="ShowTaskpane").',
      ),
    );
  }
  for (const icon of descendants(root, 'Icon')) {
    const sizes = childElements(icon).map((image) => image.getAttribute('size') ?? '');
    const missing = REQUIRED_ICON_SIZES.filter((size) => !sizes.includes(size));
    if (missing.length === 0) continue;
    issues.push(
      issue(
        'ribbon',
        icon,
        `<Icon> mangler bt:Image i størrelse ${missing.join(', ')} (Office krever 16, 32 og 80).`,
        `<Icon> lacks bt:Image of size ${missing.join(', ')} (Office requires 16, 32 and 80).`,
      ),
    );
  }
  return issues;
}

/**
 * Norwegian Excel comes in bokmål (nb-NO) and nynorsk (nn-NO); both get the Norwegian name, description and
 * function names (functions-nb.json: the functions' names are the same words in nynorsk, and the messages
 * follow the same rule — langOf in src/core/messages.ts reads nn as Norwegian). Without an nn-NO override
 * nynorsk Excel would fall back to the English default.
 */
export const NORWEGIAN_LOCALES = ['nb-NO', 'nn-NO'] as const;

const sameLocale = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Norwegian users see a Norwegian name and description. */
export function checkLocale(root: XmlElement): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const element of ['DisplayName', 'Description'].map((name) => child(root, name))) {
    if (!element) continue;
    for (const locale of NORWEGIAN_LOCALES) {
      const has = childElements(element).some(
        (o) => o.localName === 'Override' && sameLocale(o.getAttribute('Locale') ?? '', locale),
      );
      if (has) continue;
      issues.push(
        issue(
          'locale',
          element,
          `<${element.localName}> mangler <Override Locale="${locale}" Value="…"/>.`,
          `<${element.localName}> lacks <Override Locale="${locale}" Value="…"/>.`,
        ),
      );
    }
  }
  return issues;
}
