// Trains the learned paraphrase models (learned.ts): logistic regression by plain stochastic gradient descent, in the
// examples' own order, so the same fixtures always give the same model. Pure: examples in, weights out. Used by
// `npm run learn` (scripts/learn-paraphrases.mjs) and by test/learned.test.ts, never at run time.
import type { SectionKind } from '../story';
import { learnedScore } from './learned';

export interface LearnedExample {
  /** The fixture folder the sentence comes from: the unit a held-out figure leaves out. */
  set: string;
  features: string[];
  positive: boolean;
  /** The sentence, for reading a figure's misses. */
  text: string;
}

export const TRAINING = { epochs: 30, rate: 0.2, l2: 1e-4, startBias: -2, minCount: 5, minWeight: 0.2 } as const;

/** A model from examples: features seen fewer than `minCount` times are left out, weights under `minWeight` dropped. */
export function trainModel(examples: readonly LearnedExample[]): { bias: number; weights: Record<string, number> } {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
  const rows = examples.map((e) => ({ f: e.features.filter((f) => (counts.get(f) ?? 0) >= TRAINING.minCount), y: e.positive ? 1 : 0 }));
  const positives = rows.filter((r) => r.y === 1).length;
  // The few positives weigh more, a quarter of the way to balance: the model leans to leaving a sentence alone.
  const positiveWeight = positives ? (rows.length - positives) / positives / 4 : 1;
  const w = new Map<string, number>();
  let bias: number = TRAINING.startBias;
  for (let epoch = 0; epoch < TRAINING.epochs; epoch++) {
    for (const r of rows) {
      let z = bias;
      for (const f of r.f) z += w.get(f) ?? 0;
      const g = (1 / (1 + Math.exp(-z)) - r.y) * (r.y ? positiveWeight : 1);
      bias -= TRAINING.rate * g;
      for (const f of r.f) {
        const old = w.get(f) ?? 0;
        w.set(f, old - TRAINING.rate * (g + TRAINING.l2 * old));
      }
    }
  }
  const weights: Record<string, number> = {};
  for (const [f, v] of [...w].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) if (Math.abs(v) >= TRAINING.minWeight) weights[f] = Math.round(v * 1000) / 1000;
  return { bias: Math.round(bias * 1000) / 1000, weights };
}

/** Leave one set out: each set scored by a model trained on all the others. Flagged, right, and the set's positives. */
export function heldOut(examples: readonly LearnedExample[], threshold: number): { flagged: number; right: number; positives: number; misses: string[]; falseAlarms: string[] } {
  const out = { flagged: 0, right: 0, positives: 0, misses: [] as string[], falseAlarms: [] as string[] };
  for (const set of [...new Set(examples.map((e) => e.set))]) {
    const model = trainModel(examples.filter((e) => e.set !== set));
    const weights = new Map(Object.entries(model.weights));
    for (const e of examples.filter((x) => x.set === set)) {
      const flagged = learnedScore(model.bias, weights, e.features) >= threshold;
      if (e.positive) out.positives++;
      if (flagged) out.flagged++;
      if (flagged && e.positive) out.right++;
      if (flagged && !e.positive) out.falseAlarms.push(`${set}: ${e.text}`);
      if (!flagged && e.positive) out.misses.push(`${set}: ${e.text}`);
    }
  }
  return out;
}

/** The rules that have a learned model, what it stands for, the sections it reads, and the score it flags from. */
export const LEARNED_RULES: Record<string, { doc: string; sections: SectionKind[]; threshold: number }> = {
  'generic-reflection': {
    doc: 'A lesson that would fit any story, in words no list holds ("people rise to the level of trust you place in them").',
    sections: ['reflection', 'followups'],
    threshold: 0.95,
  },
  'activity-not-impact': {
    doc: 'An outcome told as activity or mood, in words no list holds ("the setters loved having it").',
    sections: ['result', 'followups'],
    threshold: 0.96,
  },
  'unverified-result': {
    doc: 'Success assumed rather than measured, in words no list holds ("the totals looked about right").',
    sections: ['result'],
    threshold: 0.95,
  },
};
