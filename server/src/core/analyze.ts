// The engine: text and options in; the story, its timing and its diagnostics (with fixes) out.
import { readAim, type StoryAim } from './aim';
import { resolveOptions, type StarCoachConfig } from './config';
import { RULES } from './rules';
import { LEVELS, parseStory, type Level, type Story } from './story';
import { suppressor } from './suppress';
import { LineIndex } from './text';
import { computeTiming, type StoryTiming } from './timing';
import type { Diagnostic, ResolvedOptions, RuleContext } from './types';
import { WPM_RANGE } from './config';

export interface Analysis {
  story: Story;
  /** What the story is for, read from its front matter: every rule and view coaches by it. */
  aim: StoryAim;
  timing: StoryTiming;
  options: ResolvedOptions;
  diagnostics: Diagnostic[];
  /** Set when Star Coach failed on this story (see `ANALYSIS_FAULT`). */
  failed?: true;
}

/** Options for this story: the configuration, then what the story's front matter says (level, wpm). */
export function storyOptions(story: Story, config: StarCoachConfig = {}): ResolvedOptions {
  const options = resolveOptions(config);
  const data = story.frontMatter?.data ?? {};
  if (typeof data.level === 'string' && (LEVELS as readonly string[]).includes(data.level.toLowerCase())) options.level = data.level.toLowerCase() as Level;
  const wpm = storyWpm(story);
  if (wpm !== undefined) options.wpm = wpm;
  return options;
}

/** The speaking rate the story's own `wpm:` gives, when it gives one in range: it wins over the settings everywhere. */
export function storyWpm(story: Story): number | undefined {
  const wpm = story.frontMatter?.data.wpm;
  return typeof wpm === 'number' && wpm >= WPM_RANGE.min && wpm <= WPM_RANGE.max ? wpm : undefined;
}

/** What a failed analysis's one diagnostic says. */
const ANALYSIS_FAULT = 'Star Coach could not check this story because of a fault of its own; please report the fault.';

/** Never throws: a fault of ours in one story costs that story one diagnostic, never the other stories or a request. */
export function analyze(text: string, config: StarCoachConfig = {}): Analysis {
  try {
    return analyzeStory(text, config);
  } catch {
    return failedAnalysis(text, config);
  }
}

/** The analysis of a story Star Coach failed on: no sections, no time, one diagnostic at its start. */
function failedAnalysis(text: string, config: StarCoachConfig): Analysis {
  const blank = text.replace(/[^\r\n]/g, ' ');
  const story: Story = { text, lines: new LineIndex(text), sections: [], comments: [], spoken: blank, spokenLower: blank, sentences: [], placeholders: [] };
  const options = resolveOptions(config);
  const span = { start: 0, end: 0 };
  const diagnostic: Diagnostic = { rule: 'internal-error', severity: 'error', message: ANALYSIS_FAULT, span, range: story.lines.range(span), fixes: [] };
  return { story, aim: readAim(story), timing: computeTiming(story, options.wpm, options.level), options, diagnostics: [diagnostic], failed: true };
}

function analyzeStory(text: string, config: StarCoachConfig): Analysis {
  const story = parseStory(text);
  const options = storyOptions(story, config);
  const timing = computeTiming(story, options.wpm, options.level);
  const aim = readAim(story);
  const context: RuleContext = { story, aim, timing, options };
  const suppressed = suppressor(story);
  const diagnostics: Diagnostic[] = [];
  for (const rule of RULES) {
    const configured = options.rules[rule.id];
    if (configured === 'off' || (rule.enabledByDefault === false && configured === undefined)) continue;
    let findings;
    let faulted = false;
    try {
      findings = rule.check(context);
    } catch {
      faulted = true;
      // One broken rule must not take the others down; say so where the author will see it, in words.
      findings = [{ span: { start: 0, end: 0 }, severity: 'info' as const, message: `Star Coach could not run ${rule.id} on this story because of a fault of its own; please report the fault.` }];
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
          ...(fix.claims ? { claims: true as const } : {}),
          edits: fix.edits.map((e) => ({ range: story.lines.range(e.span), newText: e.newText })),
        })),
        ...(rule.unnecessary && !faulted ? { unnecessary: true as const } : {}),
      });
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.rule.localeCompare(b.rule));
  return { story, aim, timing, options, diagnostics };
}
