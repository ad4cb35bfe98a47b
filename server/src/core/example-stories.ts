// Built-in example stories, in the project's own words: what the quiz and the drill practise on when the user has no
// story of their own yet. Their paths are not files; they name the example wherever a story's path is shown.
// A mix the quiz can teach from: one strong story and weak ones whose primary weaknesses differ, across competencies,
// each with prepared follow-up answers for the drill. test/example-stories.test.ts holds each to its reading;
// docs/practice.md ("The examples") lists what each one teaches.

export interface ExampleStory {
  /** Shown where a story's path is: `examples/…`, never a file on disk. */
  path: string;
  text: string;
}

/** Where the examples' paths start: no story of the user's is read from here. */
export const EXAMPLES_FOLDER = 'examples';

export const EXAMPLE_STORIES: readonly ExampleStory[] = [
  // Strong: Dive Deep, every step the author's own, a measured Result with what it was worth and who took it up.
  {
    path: `${EXAMPLES_FOLDER}/search-latency.star.md`,
    text: `---
question: Tell me about a time you had to dig deep to find the root cause of a problem
level: sde2
competencies: [Dive Deep]
---

# The search page that slowed down every afternoon

## Situation
I was a backend engineer on the catalog team of an online furniture store. After a framework upgrade in March, our search page slowed down every afternoon: p95 latency climbed from about 600 ms to 2.4 seconds between two and five o'clock, and support started hearing from shoppers who gave up halfway through a search.

## Task
Search was my team's service and I was the engineer on call that week, so I took the slowdown on. I set myself a goal of getting afternoon p95 back under 700 ms before the spring sale, three weeks away.

## Action
- I lined up slow afternoon requests against fast morning ones in our tracing tool and saw that a slow search ran over 200 database queries where a fast one ran twelve.
- I read the upgrade's changelog and found that it had switched the loading of product variants from eager to lazy, so every result row fetched its own variants.
- I replayed an afternoon's traffic against a staging copy, and its query count matched production within five percent, which confirmed the cause.
- I weighed putting a cache in front of search, but a cache would have hidden the extra queries rather than removed them, so I restored eager loading for the two relations search uses and added an index on the variant table.
- I wrote a test that fails whenever one search runs more than twenty queries.
- I rolled the change out to ten percent of traffic for a day, compared the latency curves, then turned it on for everyone.

## Result
Afternoon p95 latency went from 2.4 seconds to 380 ms. Searches ending in an add-to-cart rose 6% the next month, about $14,000 a week in orders. Two other teams copied the query-count test into their own services.

## Reflection
An upgrade can change how our code behaves without touching a line of it, so I now read every changelog for changed defaults and run the query-count test on the upgrade branch before it merges.

## Follow-ups
### How did you know the queries were the cause and not the afternoon traffic itself?
Traffic was only about 30% higher in the afternoon, but latency was four times worse, so load alone did not explain it. The replay settled it: the same requests on staging, with no other load, ran the same 200 queries and were just as slow. After the fix I replayed the same requests once more, and the count dropped to eleven queries a search, with latency back under 400 ms.

### Why didn't you add a cache?
A cache would have made the page fast for popular searches and left every rare search running 200 queries, and it would have added a second thing to keep fresh when prices change. Fixing the loading removed the work instead of hiding it, and it cost one small change rather than a new system to run. I did write the cache down as an option for later, with the traffic level at which it would start to pay for itself.

### How did you measure the effect on orders?
I compared add-to-cart rates from search for the four weeks before and after the fix, on the same weekdays, and left out the sale week itself. Our analyst checked my query, and I used the average order value from finance to turn the 6% into about $14,000 a week. I said in the write-up that the sale might have lifted it too, which is why I left that week out.
`,
  },
  // Weak: Ownership claimed for work a manager handed over (assigned-work, a disqualifier), with no scope boundary.
  {
    path: `${EXAMPLES_FOLDER}/flaky-tests.star.md`,
    text: `---
question: Tell me about a time you took ownership of a problem
level: sde2
competencies: [Ownership]
---

# Taming the flaky test suite

## Situation
I was a backend engineer on a team of fourteen building a booking app for dental clinics. Our integration test suite failed on about one run in five for no reason at all, so engineers had learned to re-run it until it went green. A full run took forty minutes, and a real failure could easily hide among the false ones.

## Task
My manager asked me to take on the flaky tests since I had bandwidth that sprint. I took full ownership of the problem.

## Action
- I collected a month of test results and ranked the tests by how often each one failed and then went green on a re-run of the same commit.
- I found that twelve tests caused almost all the failures, and most of them waited for a fixed two seconds instead of waiting for the page to load.
- I rewrote those twelve tests to wait for the element they needed, and I moved three slow ones into a nightly run, where a forty-second setup did not hold anyone up.
- I added a report to the pipeline that lists any test that goes from red to green on the same commit, so a new flaky test shows up the day it lands.
- I wrote a short page on how to wait for a page in our tests and walked the team through it at our Thursday demo.

## Result
False failures went from one run in five to one in fifty, and a full run from forty minutes to twenty-six. That gave the team back about seven engineering hours a day.

## Reflection
Flaky tests are a cost nobody budgets for, so I now track how often each test flips from red to green on a re-run, and I file the worst ones as bugs with an owner.

## Follow-ups
### Why did you take this on?
Every engineer on the team lost about half an hour a day to re-runs, and twice that quarter a real bug had reached production because its failing test looked like one more flaky one. Once I had a month of results, I could show that fixing twelve tests would give back most of that time, which made it an easy case to put to the team. It also mattered to me personally: I had lost an afternoon to one of those hidden failures myself.

### What did you do about the tests you moved to the nightly run?
I gave each of them an owner on the team that wrote it, with a note on why it was slow and what a fix might look like. I checked the nightly results every morning for the first two weeks so that nobody could say the tests had been hidden. Two of them were fixed within a month and came back into the main run, and the third is still nightly because it needs a full copy of the clinic data.
`,
  },
  // Weak: Disagree and Commit told as "we" from the first step of the Action to the last.
  {
    path: `${EXAMPLES_FOLDER}/schema-migration.star.md`,
    text: `---
question: Tell me about a time you disagreed with a decision and then committed to it
level: sde2
competencies: [Disagree and Commit]
---

# Splitting the orders table

## Situation
I was on the order management team at an online marketplace. Our orders table had grown to 900 million rows, and the nightly finance reports had started to time out. The tech lead proposed splitting the table by month in a single cut-over during a weekend freeze.

## Task
I thought a weekend cut-over was too risky for a table that size: if the copy failed halfway, the site would open on Monday with half its orders missing. I had to decide whether to argue for a slower plan.

## Action
- We raised our concerns in the design review and said the plan had no way back if the copy failed halfway.
- We ran a test copy on staging with a full snapshot of production, and it took eleven hours instead of the four in the plan, with two long pauses while the database rebuilt its indexes.
- We proposed copying the table in batches over a week instead, with a switch to go back to the old table.
- The tech lead heard us out but kept the weekend plan, because the finance team could not wait another month.
- We agreed to go with it, and I wrote the rollback script and a checklist for the night, with a point at hour six where we would decide whether to roll back.
- We watched the copy through the night and ran the checks together before the site opened again.

## Result
The migration finished in nine hours and the reports stopped timing out. The team was relieved that it went smoothly, and the finance team got their reports on time again.

## Reflection
I learned that you can disagree with a plan and still make it succeed, and I now bring a test run to the review instead of an opinion.

## Follow-ups
### What did you do yourself during the review?
I was the one who timed the staging copy, and I brought the eleven-hour figure to the review with a one-page plan for copying the table in batches over a week, with a switch we could flip back. I lost the argument, and in the end the tech lead was right that the finance team could not wait another month for their numbers. What I did win was the rollback switch, which went into the weekend plan.

### How did you commit once the decision went against you?
I stopped arguing the moment it was decided. I wrote the rollback script, rehearsed it twice on staging, and turned my batch plan into a checklist for the night, with a point at hour six where we would decide whether to roll back. I stayed on the call until the last check passed, and afterwards I wrote up the night as notes that the payments team used for their own split.
`,
  },
  // Weak: good work for customers whose Result has no number ("much faster", "a lot happier").
  {
    path: `${EXAMPLES_FOLDER}/refund-queue.star.md`,
    text: `---
question: Tell me about a time you delivered results for your customers
level: sde2
competencies: [Deliver Results, Customer Obsession]
---

# Refunds that waited a week

## Situation
I worked on the billing service for a meal-kit company that delivers about forty thousand boxes a week. Customers who cancelled a box were told their refund would arrive in two days, but many waited a week or more and wrote to support again and again.

## Task
Nobody owned the refund path end to end: billing sent the request and the payments vendor did the rest. I wanted every refund to arrive within the two days we promised before the holiday season, when cancellations double.

## Action
- I read forty of the support tickets about late refunds and called three of the customers to hear what had happened from their side.
- I traced their refunds through our logs and found that any refund over the daily limit was parked in a manual review queue that nobody was watching.
- I asked the payments vendor why the limit existed, and learned it was a fraud rule meant for new payments that had never been tuned for refunds to the card a customer had paid with.
- I agreed a higher limit for those refunds with the vendor's risk team, and I added an alert for anything that still sat in the review queue for more than a day.
- I rewrote the cancellation email with the support lead so that it gave a date customers could hold us to.
- I shipped the job behind a switch and watched the queue for the first week, checking each refund against the vendor's settlement report until the totals matched.

## Result
Refunds arrived much faster after the change, and the customers I heard from were a lot happier. Support said the tickets about refunds went down a lot.

## Reflection
Reading the tickets and calling customers showed me a queue that no dashboard did, so I now start an investigation from the customer's side before I open the logs.

## Follow-ups
### How much faster were the refunds?
I should have led with this. Before the change, refunds over the limit took a median of eight days, and after it, a median of two, which is what we promised. I measured it from our refund requests and the vendor's settlement dates, for the month before and the month after, and support's tickets about refunds fell from about ninety a week to twenty. All of that was in my notes; I simply left it out of the answer.

### What did the customers you called tell you?
Two of them had cancelled because of a late delivery, so the slow refund was their second bad experience in a row. One said she would have come back if the money had arrived when we promised. That is why I also changed the email: a date we keep matters more to them than a fast one we miss, and the email is the promise they remember when they decide whether to order again.
`,
  },
  // Weak: a missed deadline owned plainly, whose lesson would fit any story.
  {
    path: `${EXAMPLES_FOLDER}/launch-slip.star.md`,
    text: `---
question: Tell me about a time you missed a deadline
level: sde2
competencies: [Failure and Resilience]
---

# The mobile release that slipped two weeks

## Situation
I was the engineer leading the new checkout screen for version three of our grocery delivery app. It was the biggest change to checkout in two years. The release was promised to marketing for the first of June, and they had already booked a campaign around that date, with ads paid for in advance.

## Task
The checkout screen was mine, and so was the mistake: I had promised three weeks in the planning meeting before I had tried the new payment form on a real phone. Nobody asked me for a date that early; I offered it myself.

## Action
- In the second week I found that the new payment form needed the vendor's latest SDK, which had a bug on older Android phones: the card field froze after the first digit.
- I told my manager and marketing the same day that the date was at risk, and I gave them two options: ship without the new form, or slip two weeks.
- They chose to wait for the new form, so I wrote a workaround for the SDK bug, tested it on the eight oldest phones in our device lab, and sent the vendor a small sample app that reproduced the bug, so the workaround could come out once their fix shipped.
- I kept a short daily note for marketing with what was finished and what remained, so they could move the campaign with confidence.
- I moved the two smaller screens I owned to the next release, so that all my time went to checkout.

## Result
The release went out two weeks late, on the fifteenth of June. Checkout conversion on the new screen was 4% higher than on the old one, and the campaign ran two weeks later with no extra cost.

## Reflection
I learned a lot from this, and that communication is important.

## Follow-ups
### What would you do differently next time?
I would build a throwaway version of the riskiest part in the first two days, before I give any date. Here the riskiest part was the payment form on an old phone, and one day of testing would have shown the SDK bug while the date could still move for free. Now, when I estimate, I give a range until that first spike is done, and I say which part the range depends on.

### How did marketing take the news?
They were not happy, but they had two weeks of warning and two options to choose from, so the decision was theirs to make. Because the daily note showed them exactly what was left, they moved the campaign without paying for new ad slots. Their lead now gets the same note from every release, and marketing asks for a risk check before it books a campaign on a release date.
`,
  },
  // Weak: developing a new hire, with the one hard problem passed to her manager (routing-not-ownership) and growth told as a mood.
  {
    path: `${EXAMPLES_FOLDER}/new-hire.star.md`,
    text: `---
question: Tell me about a time you helped someone on your team grow
level: sde2
competencies: [Hire and Develop the Best]
---

# Helping a new hire find her feet

## Situation
Priya joined our team as a new grad from a coding bootcamp. Six weeks in, her pull requests took nine days on average to merge, against three for the rest of the team, and she had gone quiet in stand-up. She told me later she thought everyone else was faster because they were smarter.

## Task
I was her onboarding buddy, and I wanted her shipping changes on her own by the end of the quarter.

## Action
- I went through her three open pull requests with her. The code was fine, but each one mixed a fix with a refactor, so reviewers kept asking for changes.
- I showed her how I split a change into small pull requests, one idea each, and I paired with her on the next two.
- When she got stuck on the build system, I let her manager know she was struggling and he handled it.
- I gave her ownership of a small service, the one that sends receipts, so she had something that was hers from design to release.
- I had her present her plan for it at our design review, and I sat with her the day before to rehearse the questions people were likely to ask.
- I asked her to review one of my pull requests each week, so she saw that my changes got comments too, and so she learned the code she would be reviewing.

## Result
Her pull requests merged faster after that, and she seemed a lot more confident by the end of the quarter. The team was glad to have her up to speed.

## Reflection
Someone who goes quiet is often stuck rather than coasting, so now I read a new hire's open pull requests in their first month instead of waiting for them to ask.

## Follow-ups
### What happened with the build system problem?
Her manager set up a session with the build team, and it turned out her laptop had an old version of the toolchain. Looking back, I should have sat with her for half an hour and found it myself: it was exactly the kind of problem a buddy is there for, and she waited four days for that session. Now I fix a new hire's setup with them before I pass anything on.

### How do you know she grew?
By the end of the quarter her pull requests merged in about two days instead of nine, and she shipped the receipts service on her own, a week ahead of the date she set herself. She had also started reviewing other people's changes without being asked, and her comments were often the ones that caught a missing test, and when the next new grad joined in the spring, he asked to have her as his onboarding buddy.
`,
  },
];
