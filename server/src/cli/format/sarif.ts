// `--format sarif`: SARIF 2.1.0, so stories can be checked in code-scanning tools. A story `--fix` wrote is an artifact
// with the role "modified", and what was fixed in its property bag.
import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, type Severity } from '../../core';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/**
 * A path as SARIF wants it, a URI reference: a file URL when absolute, else each segment percent-encoded (`#`, `?`, `%`,
 * `:` and, where it is no separator, `\\` too), so that it resolves against the folder it is relative to.
 */
export function artifactUri(path: string): string {
  if (isAbsolute(path)) return pathToFileURL(path).href;
  return path.split(sep === '\\' ? /[\\/]/ : '/').map(encodeURIComponent).join('/');
}

/** `helpUri` gives each rule's page as an absolute URI (SARIF wants one), or undefined where the page is not shipped. */
export function formatSarif(reports: FileReport[], version: string, helpUri: (rule: string) => string | undefined): string {
  const index = new Map(RULES.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    (r.analysis?.diagnostics ?? []).map((d) => ({
      ruleId: d.rule,
      ruleIndex: index.get(d.rule),
      level: LEVEL[d.severity],
      message: { text: d.message },
      locations: [{
        physicalLocation: {
          artifactLocation: { uri: artifactUri(r.path) },
          region: { startLine: d.range.start.line + 1, startColumn: d.range.start.character + 1, endLine: d.range.end.line + 1, endColumn: d.range.end.character + 1 },
        },
      }],
    })),
  );
  const notifications = reports.filter((r) => r.error).map((r) => ({ level: 'error', message: { text: `${r.path}: ${r.error}` } }));
  const modified = reports
    .filter((r) => !r.error && r.diff === undefined && r.fixed?.length)
    .map((r) => ({ location: { uri: artifactUri(r.path) }, roles: ['analysisTarget', 'modified'], properties: { fixed: r.fixed!.map(({ rule, message }) => ({ rule, message })) } }));
  return JSON.stringify({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'star-coach',
          version,
          rules: RULES.map((r) => ({
            id: r.id,
            shortDescription: { text: r.summary },
            ...(helpUri(r.id) ? { helpUri: helpUri(r.id) } : {}),
            defaultConfiguration: { level: LEVEL[r.severity] },
            properties: { sections: r.sections },
          })),
        },
      },
      columnKind: 'utf16CodeUnits',
      ...(modified.length ? { artifacts: modified } : {}),
      // The bar raiser's reading of each story (docs/review.md): SARIF results are findings, a reading is not one.
      properties: { reviews: reports.filter((r) => r.analysis).map((r) => ({ uri: artifactUri(r.path), ...r.analysis!.review })) },
      results,
      invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
    }],
  }, null, 2) + '\n';
}
