/** What the offline manifest validator reports. Messages in bokmål first, with an English twin. */

export type ManifestCheck =
  | 'well-formed'
  | 'root'
  | 'required-element'
  | 'element-order'
  | 'unknown-element'
  | 'identity'
  | 'resid'
  | 'resource'
  | 'url'
  | 'shared-runtime'
  | 'custom-functions'
  | 'ribbon'
  | 'locale'
  | 'functions-metadata';

export interface ManifestIssue {
  check: ManifestCheck;
  severity: 'error' | 'warning';
  message: string;
  messageEn: string;
  /** 1-based line in the manifest, where the issue belongs to one element. */
  line?: number;
  /** The element concerned, e.g. `<FunctionFile>`. */
  element?: string;
}

export interface ManifestReport {
  /** True when no issue is an error (warnings don't fail validation). */
  ok: boolean;
  issues: ManifestIssue[];
}

export function report(issues: ManifestIssue[]): ManifestReport {
  return { ok: issues.every((issue) => issue.severity !== 'error'), issues };
}

/** One issue on two lines: `✗ [check] line 12 <Element>: nb` then the English twin. */
export function formatIssue(issue: ManifestIssue): string {
  const mark = issue.severity === 'error' ? '✗' : '!';
  const where = [issue.line === undefined ? '' : `linje/line ${issue.line}`, issue.element ?? '']
    .filter(Boolean)
    .join(' ');
  return `${mark} [${issue.check}] ${where ? `${where}: ` : ''}${issue.message}\n    ${issue.messageEn}`;
}
