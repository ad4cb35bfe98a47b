// Built-in example stories, in the project's own words: what the quiz and the drill practise on when the user has no
// story of their own yet. Their paths are not files; they name the example wherever a story's path is shown.

export interface ExampleStory {
  /** Shown where a story's path is: `examples/…`, never a file on disk. */
  path: string;
  text: string;
}

/** Where the examples' paths start: no story of the user's is read from here. */
export const EXAMPLES_FOLDER = 'examples';

export const EXAMPLE_STORIES: readonly ExampleStory[] = [
  {
    path: `${EXAMPLES_FOLDER}/invoice-export.star.md`,
    text: `---
question: Tell me about a time you improved something nobody asked you to
level: mid
competencies: [Ownership]
---

# The invoice export

## Situation
Our finance team exported invoices every month, and the export had broken twice that quarter.

## Task
We needed the export to stop breaking before the audit.

## Action
- We looked at the logs and found the export timed out on large months.
- We split the export into batches and added a retry.
- I think we also told finance about the change.

## Result
The export worked, and the finance team was happy.

## Reflection
I learned that communication is important.

## Follow-ups
### What did you do yourself?
I wrote the batching change and the retry, and I tested them on the March data.
`,
  },
];
