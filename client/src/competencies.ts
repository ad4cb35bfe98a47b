// The competencies New Story from Template offers: the sixteen the coach has notes for. No vscode import, so the
// suite checks each against the core (test/guards.test.ts): a known competency, with an aim the rules coach by.
export const TEMPLATE_COMPETENCIES = [
  'Ownership', 'Dive Deep', 'Deliver Results', 'Customer Obsession', 'Bias for Action', 'Invent and Simplify',
  'Failure and Resilience', 'Leadership and Influence', 'Have Backbone; Disagree and Commit', 'Earn Trust',
  'Hire and Develop the Best', 'Insist on the Highest Standards', 'Frugality', 'Learn and Be Curious', 'Think Big',
  'Are Right, A Lot',
];
