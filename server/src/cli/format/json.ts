// `--format json`: the stable, versioned shape scripts read (fields may be added, never renamed). With `--fix` or
// `--fix-dry-run` each file gets `fixed` (the findings fixed, as they were reported), and with `--fix-dry-run` `diff`.
import type { FileReport } from '../report';

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify({
    version: 1,
    files: reports.map((r) => ({
      path: r.path,
      ...(r.error ? { error: r.error } : {}),
      ...(r.fixed ? { fixed: r.fixed.map(({ rule, message }) => ({ rule, message })) } : {}),
      ...(r.diff !== undefined ? { diff: r.diff } : {}),
      diagnostics: (r.analysis?.diagnostics ?? []).map((d) => ({ rule: d.rule, severity: d.severity, message: d.message, range: d.range })),
      ...(r.analysis
        ? {
            timing: {
              wpm: r.analysis.timing.wpm,
              level: r.analysis.timing.level,
              totalSeconds: r.analysis.timing.totalSeconds,
              range: r.analysis.timing.range,
              sections: r.analysis.timing.sections.map((s) => ({ name: s.name, seconds: s.seconds, ...(s.targetSeconds !== undefined ? { targetSeconds: s.targetSeconds } : {}), words: s.words, status: s.status })),
              probes: r.analysis.timing.probes,
            },
            review: r.analysis.review,
          }
        : {}),
    })),
  }, null, 2) + '\n';
}
