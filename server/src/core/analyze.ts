// The engine: text and options in; the story, its timing and its diagnostics (with fixes) out.
import { resolveOptions, type StarCoachConfig } from './config';
import { RULES } from './rules';
import { LEVELS, parseStory, type Level, type Story } from './story';
import { suppressor } from './suppress';
import { computeTiming, type StoryTiming } from './timing';
import type { Diagnostic, ResolvedOptions, RuleContext } from './types';
import { WPM_RANGE } from './config';
import { clip } from './rules/helpers';

export interface Analysis {
  story: Story;
  timing: StoryTiming;
  options: ResolvedOptions;
  diagnostics: Diagnostic[];
}

/** Options for this story: the configuration, then what the story's front matter says (level, wpm). */
export function storyOptions(story: Story, config: StarCoachConfig = {}): ResolvedOptions {
  const options = resolveOptions(config);
  const data = story.frontMatter?.data ?? {};
  if (typeof data.level === 'string' && (LEVELS as readonly string[]).includes(data.level.toLowerCase())) options.level = data.level.toLowerCase() as Level;
  if (typeof data.wpm === 'number' && data.wpm >= WPM_RANGE.min && data.wpm <= WPM_RANGE.max) options.wpm = data.wpm;
  return options;
}

export function analyze(text: string, config: StarCoachConfig = {}): Analysis {
  const story = parseStory(text);
  const options = storyOptions(story, config);
  const timing = computeTiming(story, options.wpm, options.level);
  const context: RuleContext = { story, timing, options };
  const suppressed = suppressor(story);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const configured = options.rules[rule.id];
    if (configured === 'off' || (rule.enabledByDefault === false && configured === undefined)) continue;
    let findings;
    try {
      findings = rule.check(context);
    } catch (error) {
      // One broken rule must not take the others down; say so where the author will see it.
      findings = [{ span: { start: 0, end: 0 }, severity: 'info' as const, message: `Star Coach could not run ${rule.id}: ${clip(String((error as Error)?.message ?? error))}` }];
    }
    for (const f of findings) {
      if (suppressed(rule.id, f.span.start)) continue;
      const severity = configured ?? f.severity ?? rule.severity;
      diagnostics.push({
        rule: rule.id,
        severity,
        message: f.message,
        span: f.span,
        range: story.lines.range(f.span),
        fixes: (f.fixes ?? []).map((fix, i) => ({
          title: fix.title,
          snippet: fix.snippet,
          preferred: i === 0,
          edits: fix.edits.map((e) => ({ range: story.lines.range(e.span), newText: e.newText })),
        })),
      });
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return { story, timing, options, diagnostics };
}
