/** Every URL in the manifest is absolute https; http is tolerated for localhost in dev mode only. */
import type { ManifestIssue } from './issues';
import { childElements, descendants, lineOf, text, type XmlElement } from './xml';

export type ValidationMode = 'production' | 'dev';

/** Elements whose DefaultValue (and Override Value) is a URL. bt:Image and bt:Url live in <Resources>. */
const URL_ELEMENTS = new Set([
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'SourceLocation',
  'Image',
  'Url',
]);
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

interface UrlValue {
  value: string;
  element: XmlElement;
}

function urlValues(root: XmlElement): UrlValue[] {
  const values: UrlValue[] = [];
  for (const element of descendants(root)) {
    const name = element.localName ?? '';
    if (name === 'AppDomain') values.push({ value: text(element), element });
    if (!URL_ELEMENTS.has(name) || !element.hasAttribute('DefaultValue')) continue;
    values.push({ value: element.getAttribute('DefaultValue') ?? '', element });
    for (const override of childElements(element).filter((o) => o.localName === 'Override')) {
      values.push({ value: override.getAttribute('Value') ?? '', element: override });
    }
  }
  return values;
}

export function checkUrls(root: XmlElement, mode: ValidationMode): ManifestIssue[] {
  const issues: ManifestIssue[] = [];
  for (const { value, element } of urlValues(root)) {
    const name = `<${element.nodeName}>`;
    const line = lineOf(element);
    let url: URL;
    try {
      url = new URL(value);
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      issues.push({
        check: 'url',
        severity: 'error',
        line,
        element: name,
        message: `«${value}» er ikke en fullstendig URL.`,
        messageEn: `"${value}" is not an absolute URL.`,
      });
      continue;
    }
    if (url.protocol === 'https:') continue;
    const localHttp = url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
    if (localHttp && mode === 'dev') continue;
    issues.push({
      check: 'url',
      severity: 'error',
      line,
      element: name,
      message: localHttp
        ? `«${value}» bruker http. Office krever https; http://localhost godtas bare med --dev.`
        : `«${value}» bruker ${url.protocol.replace(':', '')}. Office laster bare tillegg over https.`,
      messageEn: localHttp
        ? `"${value}" uses http. Office requires https; http://localhost is accepted only with --dev.`
        : `"${value}" uses ${url.protocol.replace(':', '')}. Office loads add-ins over https only.`,
    });
  }
  return issues;
}
