/** Small DOM helpers for reading the add-in manifest with @xmldom/xmldom (no Office.js, no browser DOM). */
import { DOMParser, type Element as XmlElement } from '@xmldom/xmldom';

export type { XmlElement };

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    public line?: number,
  ) {
    super(message);
    if (line === 0) this.line = undefined;
  }
}

/** Parses XML; throws XmlSyntaxError with the line for anything that isn't well-formed. */
export function parseXml(xml: string): XmlElement {
  let firstError: XmlSyntaxError | undefined;
  const parser = new DOMParser({
    onError: (level, message, context) => {
      if (level === 'warning' || firstError) return;
      const line = (context as { locator?: { lineNumber?: number } } | undefined)?.locator?.lineNumber;
      firstError = new XmlSyntaxError(message.replace(/\s*@#\[line:\d+,col:\d+\]/, '').trim(), line);
    },
  });
  try {
    const document = parser.parseFromString(xml, 'text/xml');
    if (firstError) throw firstError;
    if (!document.documentElement) throw new XmlSyntaxError('no root element');
    return document.documentElement;
  } catch (error) {
    if (error instanceof XmlSyntaxError) throw error;
    const parseError = error as { message?: string; locator?: { lineNumber?: number } };
    throw (
      firstError ?? new XmlSyntaxError(String(parseError.message ?? error), parseError.locator?.lineNumber)
    );
  }
}

export function childElements(element: XmlElement): XmlElement[] {
  const children: XmlElement[] = [];
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === node.ELEMENT_NODE) children.push(node as XmlElement);
  }
  return children;
}

export function child(element: XmlElement | undefined, localName: string): XmlElement | undefined {
  return element ? childElements(element).find((c) => c.localName === localName) : undefined;
}

/** Every element below `root` (document order) whose local name is one of `localNames`. */
export function descendants(root: XmlElement, ...localNames: string[]): XmlElement[] {
  const found: XmlElement[] = [];
  const visit = (element: XmlElement): void => {
    for (const c of childElements(element)) {
      if (localNames.length === 0 || localNames.includes(c.localName ?? '')) found.push(c);
      visit(c);
    }
  };
  visit(root);
  return found;
}

/** `xsi:type` (any prefix bound to the XML Schema instance namespace). */
export function xsiType(element: XmlElement): string | undefined {
  const value = element.getAttributeNS('http://www.w3.org/2001/XMLSchema-instance', 'type');
  return value || undefined;
}

export function text(element: XmlElement | undefined): string {
  return (element?.textContent ?? '').trim();
}

export function lineOf(element: XmlElement | undefined): number | undefined {
  return (element as { lineNumber?: number } | undefined)?.lineNumber;
}
