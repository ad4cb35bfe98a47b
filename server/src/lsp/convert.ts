// Core results -> LSP shapes. No analysis here.
import { DiagnosticSeverity, DiagnosticTag, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticFix, Severity } from '../core';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export const SOURCE = 'star-coach';

/** What a diagnostic carries in `data`, so code actions never analyze again. */
export interface DiagnosticData {
  fixes: DiagnosticFix[];
  version: number;
}

export function toLspDiagnostic(d: Diagnostic, version: number, docsHref: (rule: string) => string | undefined): LspDiagnostic {
  const href = docsHref(d.rule);
  return {
    range: d.range,
    severity: SEVERITY[d.severity],
    code: d.rule,
    source: SOURCE,
    message: d.message,
    ...(href ? { codeDescription: { href } } : {}),
    // VS Code fades words tagged Unnecessary (and underlines them in high contrast), at any severity.
    ...(d.unnecessary ? { tags: [DiagnosticTag.Unnecessary] } : {}),
    data: { fixes: d.fixes, version } satisfies DiagnosticData,
  };
}
