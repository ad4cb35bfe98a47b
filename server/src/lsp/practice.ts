// Practice in the editor: the quiz and the drill over the workspace's stories, as the core's practice.ts and drill.ts
// make them, and a drill grade written to the workspace folder's practice file through fsio (the server's one write).
// Nothing here decides a question, an answer or a schedule: the core does, and this file only gathers the stories.
import { relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  analyze, drillCards, drillId, inTurn, dueCount, dueItems, EXAMPLE_STORIES, gradeItem, nextDue, quiz, whenDue, DRILL_RATINGS,
  type Analysis, type DrillCard, type DrillItem, type DrillRating, type PracticeState, type PracticeStory,
} from '../core';
import { readPractice, updatePractice } from '../fsio';
import type { DrillEntry, DrillGradeParams, DrillGradeResult, DrillResult, QuizResult } from '../protocol';
import { reviewOf } from './stories';
import type { Workspace } from './workspace';

/** A story of the workspace as practice reads it: its folder, its path in that folder, its document and analysis. */
interface PracticeFile {
  folder: string;
  path: string;
  uri: string;
  analysis: Analysis;
}

/** One drill question with the card it comes from. */
interface Question {
  file: PracticeFile;
  item: DrillItem;
  card: DrillCard;
}

const cardsByAnalysis = new WeakMap<Analysis, { path: string; cards: DrillCard[] }>();
/** A story's drill cards, once per analysis: the status bar asks after every change, and only the story changed is new. */
function cardsOf(path: string, analysis: Analysis): DrillCard[] {
  const known = cardsByAnalysis.get(analysis);
  if (known && known.path === path) return known.cards;
  const cards = drillCards(path, analysis);
  cardsByAnalysis.set(analysis, { path, cards });
  return cards;
}

const titleOf = (analysis: Analysis, path: string) => analysis.story.title?.text.trim() || (path.split('/').pop() ?? path).replace(/\.star\.md$/i, '');

export class WorkspacePractice {
  /** The examples, analyzed once per configuration. */
  private examples?: { config: unknown; stories: PracticeStory[] };

  constructor(private readonly workspace: Workspace, private readonly now: () => Date = () => new Date()) {}

  private async files(): Promise<PracticeFile[]> {
    const roots = this.workspace.folders();
    const rootOf = (path: string) => roots.find((r) => path === r || path.startsWith(r.endsWith(sep) ? r : `${r}${sep}`)) ?? roots[0];
    const out: PracticeFile[] = [];
    for (const [path, s] of await this.workspace.stories()) {
      if (s.analysis.failed) continue;
      const folder = rootOf(path);
      if (!folder) continue;
      out.push({ folder, path: relative(folder, fileURLToPath(s.uri)).split(sep).join('/'), uri: s.uri, analysis: s.analysis });
    }
    return out.sort((a, b) => (a.folder === b.folder ? (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) : a.folder < b.folder ? -1 : 1));
  }

  private exampleStories(): PracticeStory[] {
    const config = this.workspace.config();
    if (this.examples?.config !== config) {
      this.examples = {
        config,
        stories: EXAMPLE_STORIES.map((e) => {
          const analysis = analyze(e.text, config);
          return { path: e.path, analysis, review: reviewOf(analysis) };
        }),
      };
    }
    return this.examples.stories;
  }

  /** The quiz over the workspace's stories, or over the examples when it has none. */
  async quiz(): Promise<QuizResult> {
    const files = await this.files();
    if (files.length === 0) return { source: 'examples', questions: quiz(this.exampleStories()).map((q) => ({ ...q, uri: null })) };
    const uris = new Map(files.map((f) => [f.path, f.uri]));
    const stories = files.map((f) => ({ path: f.path, analysis: f.analysis, review: reviewOf(f.analysis) }));
    return { source: 'stories', questions: quiz(stories).map((q) => ({ ...q, uri: uris.get(q.story) ?? null })) };
  }

  /**
   * Each folder's drill questions, dealt story by story in turn (each story's first question, then each one's
   * second…), as `star-coach drill` deals them: the new questions a round takes span the bank, and the editor and the
   * terminal offer the same ones first.
   */
  private questions(files: PracticeFile[]): Map<string, Question[]> {
    const perStory = new Map<string, Question[][]>();
    for (const file of files) {
      const list = perStory.get(file.folder) ?? [];
      list.push(cardsOf(file.path, file.analysis).map((card) => ({ file, card, item: { id: drillId(file.path, card.question), story: file.path, question: card.question } })));
      perStory.set(file.folder, list);
    }
    const byFolder = new Map<string, Question[]>();
    for (const [folder, per] of perStory) byFolder.set(folder, inTurn(per));
    return byFolder;
  }

  /** The drill as it stands: what is due now in every folder, and when the next question comes due. */
  async drill(): Promise<DrillResult> {
    return this.drillOf(this.questions(await this.files()), new Map());
  }

  private drillOf(byFolder: Map<string, Question[]>, known: Map<string, PracticeState>): DrillResult {
    const now = this.now();
    const due: DrillEntry[] = [];
    const problems: string[] = [];
    let count = 0;
    let total = 0;
    let next: { due: Date; item: DrillItem } | undefined;
    for (const [folder, questions] of byFolder) {
      let state = known.get(folder);
      if (!state) {
        const read = readPractice(folder);
        problems.push(...(read.error ? [read.error] : []), ...read.problems);
        state = read.state;
      }
      const items = questions.map((q) => q.item);
      total += items.length;
      count += dueCount(state, items, now);
      const byId = new Map(questions.map((q) => [q.item.id, q]));
      for (const item of dueItems(state, items, now)) due.push(this.entry(folder, byId.get(item.id)!, state, now));
      const n = nextDue(state, items);
      if (n && (!next || n.due < next.due)) next = n;
    }
    const pending = next && next.due.getTime() > now.getTime() ? next : undefined;
    return {
      due,
      dueCount: count,
      total,
      nextDue: pending ? whenDue({ due: pending.due }, now) : null,
      nextQuestion: pending ? { story: pending.item.story, question: pending.item.question } : null,
      problems,
    };
  }

  private entry(folder: string, q: Question, state: PracticeState, now: Date): DrillEntry {
    const next = Object.fromEntries(DRILL_RATINGS.map((r) => [r, whenDue(gradeItem(state, q.item, r, now).cards[q.item.id], now)])) as Record<DrillRating, string>;
    return {
      folder: pathToFileURL(folder).href,
      id: q.item.id,
      story: q.item.story,
      title: titleOf(q.file.analysis, q.file.path),
      uri: q.file.uri,
      question: q.card.question,
      answer: q.card.answer,
      strong: q.card.strong ?? null,
      source: q.card.source,
      fresh: state.cards[q.item.id] === undefined,
      next,
    };
  }

  /**
   * Grades one question and writes its folder's practice file. Only a question the drill has now can be graded: the
   * folder and the id must name one, so a view cannot make the server write anything else.
   */
  async grade(params: DrillGradeParams): Promise<DrillGradeResult> {
    const byFolder = this.questions(await this.files());
    const folder = [...byFolder.keys()].find((f) => pathToFileURL(f).href === params.folder);
    const q = folder ? byFolder.get(folder)!.find((x) => x.item.id === params.id) : undefined;
    if (!folder || !q || !DRILL_RATINGS.includes(params.rating)) {
      return { drill: this.drillOf(byFolder, new Map()), scheduled: null, error: 'That question is no longer in the drill: its story changed or was removed.' };
    }
    const now = this.now();
    const seconds = typeof params.seconds === 'number' && Number.isFinite(params.seconds) && params.seconds >= 0 && params.seconds < 24 * 3600 ? params.seconds : undefined;
    const update = updatePractice(folder, (state) => gradeItem(state, q.item, params.rating, now, seconds));
    const known = new Map<string, PracticeState>(update.error ? [] : [[folder, update.state]]);
    const drill = this.drillOf(byFolder, known);
    drill.problems.unshift(...update.problems);
    if (update.error) return { drill, scheduled: null, error: update.error };
    return { drill, scheduled: whenDue(update.state.cards[q.item.id], now), error: null };
  }
}
