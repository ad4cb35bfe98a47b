// Paraphrases learned from the annotated fixtures: for a rule whose findings are a kind of sentence rather than a
// phrase (a lesson that fits any story), a linear model over the sentence's words and word pairs, trained offline by
// `npm run learn` from every sentence the fixtures annotate for that rule and every sentence they leave alone, and
// kept here as data (`learned.json`). At run time it is a sum of weights: deterministic and offline; which words
// weighed most can be read in the data. A rule asks it only where its own reading found nothing, and only in its
// sections.
import type { StorySentence } from '../story';
import type { SectionKind } from '../story';
import MODELS from './learned.json';

export interface LearnedModel {
  /** What the model stands for, in a sentence. */
  doc: string;
  /** The sections whose sentences it reads (and was trained on). */
  sections: SectionKind[];
  /** The score (0–1) from which a sentence is flagged. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
}

export interface LearnedModels {
  /** The fixture folders the models were trained on, and how the held-out figures were measured. */
  trainedOn: string[];
  /** Leave-one-set-out figures of each model at its threshold, from the training script. */
  heldOut: Record<string, { flagged: number; right: number; positives: number }>;
  models: Record<string, LearnedModel>;
}

export const LEARNED = MODELS as unknown as LearnedModels;

/** The weights as maps, made once: a lookup per feature is most of what a model costs. */
const WEIGHTS = new Map(Object.entries(LEARNED.models).map(([rule, m]) => [rule, new Map(Object.entries(m.weights))]));

/**
 * The features a sentence is read by: its words in lower case (a quoted word marked with `"`, a number as `#`), each
 * pair of neighbours, and the section. The same function trains and reads.
 */
export function sentenceFeatures(tokens: StorySentence['tokens'], section: SectionKind): string[] {
  const words: string[] = [];
  for (const t of tokens) {
    if (t.kind === 'number') words.push('#');
    else if (t.kind === 'word') words.push(t.quoted ? `"${t.lower}` : t.lower);
  }
  const out = new Set<string>([`§${section}`]);
  for (let i = 0; i < words.length; i++) {
    out.add(words[i]);
    if (i + 1 < words.length) out.add(`${words[i]} ${words[i + 1]}`);
  }
  return [...out];
}

/** The model's score for a sentence, 0–1. */
export function learnedScore(bias: number, weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let z = bias;
  for (const f of features) z += weights.get(f) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Each sentence's features, made once however many rules ask. */
const FEATURES = new WeakMap<StorySentence, string[]>();

/** Whether the rule's learned model flags this sentence (false where the rule has none or the section is not its). */
export function learnedFlags(rule: string, sentence: StorySentence): boolean {
  const model = Object.hasOwn(LEARNED.models, rule) ? LEARNED.models[rule] : undefined;
  if (!model || !model.sections.includes(sentence.section.kind)) return false;
  let features = FEATURES.get(sentence);
  if (!features) FEATURES.set(sentence, (features = sentenceFeatures(sentence.tokens, sentence.section.kind)));
  return learnedScore(model.bias, WEIGHTS.get(rule)!, features) >= model.threshold;
}
