// What `npm run learn` writes: every learned model, trained on all the annotated fixtures, with its held-out figures.
import type { LearnedModels } from '../../server/src/core/language/learned';
import { heldOut, LEARNED_RULES, trainModel } from '../../server/src/core/language/learned-train';
import { learnedExamples, TRAINED_ON } from './learned-examples';

export function buildLearned(dir?: string): { models: LearnedModels; details: Record<string, ReturnType<typeof heldOut>> } {
  const models: LearnedModels = { trainedOn: TRAINED_ON, heldOut: {}, models: {} };
  const details: Record<string, ReturnType<typeof heldOut>> = {};
  for (const [rule, spec] of Object.entries(LEARNED_RULES)) {
    const examples = learnedExamples(rule, dir);
    const h = heldOut(examples, spec.threshold);
    details[rule] = h;
    models.heldOut[rule] = { flagged: h.flagged, right: h.right, positives: h.positives };
    models.models[rule] = { doc: spec.doc, sections: spec.sections, threshold: spec.threshold, ...trainModel(examples) };
  }
  return { models, details };
}
