// The rule pages (docs/rules/*.md), bundled into the server: hover text and links to the page; and the link to docs/review.md.
import pages from 'star-coach:rule-docs';
import { reviewDocUrl, ruleDocUrl } from '../fsio';

export interface RuleDoc {
  why?: string;
  strong?: string;
}

function section(page: string, heading: string): string | undefined {
  const m = new RegExp(`^## ${heading}\\s*\\n([\\s\\S]*?)(?=^## |$(?![\\s\\S]))`, 'm').exec(page);
  return m?.[1].trim() || undefined;
}

export function ruleDoc(rule: string): RuleDoc {
  const page = (pages as Record<string, string>)[rule];
  if (!page) return {};
  return { why: section(page, 'Why it matters'), strong: section(page, 'Strong') };
}

/** A file URL to the rule's page when the page ships beside the server (dist/../docs/rules). */
const hrefs = new Map<string, string | undefined>();

export function docsHref(rule: string): string | undefined {
  if (hrefs.has(rule)) return hrefs.get(rule);
  const href = ruleDocUrl(rule);
  hrefs.set(rule, href);
  return href;
}

let reviewHref: { href?: string } | undefined;

/** A file URL to docs/review.md, how the reading is reached, when it ships beside the server. */
export function reviewDocsHref(): string | undefined {
  reviewHref ??= { href: reviewDocUrl() };
  return reviewHref.href;
}
