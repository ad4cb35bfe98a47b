// How many words a token takes to say aloud: "$8,000" is "eight thousand dollars", "0.3%" is "zero point three percent".
import type { Token } from './tokens';

/** Words to say a whole number: 8000 -> 2 ("eight thousand"), 1234 -> 5, hyphenated tens count once. */
export function integerWords(n: number): number {
  if (!Number.isFinite(n) || n < 0) return 1;
  if (n < 100) return 1;
  if (n < 1000) return 2 + (n % 100 === 0 ? 0 : 1);
  const scales = [1e12, 1e9, 1e6, 1e3];
  for (const scale of scales) {
    if (n >= scale) {
      const head = Math.floor(n / scale);
      const rest = n % scale;
      return integerWords(head) + 1 + (rest === 0 ? 0 : integerWords(rest));
    }
  }
  return 1;
}

const UNIT_WORDS: Record<string, number> = Object.assign(Object.create(null), { '%': 1, '×': 1, x: 1, k: 1, m: 1, b: 1, bn: 1, mm: 1, ms: 1, s: 1, h: 1, hr: 1, hrs: 1, min: 1, gb: 2, mb: 2, tb: 2, kb: 2, st: 0, nd: 0, rd: 0, th: 0 });

function numeralWords(numeral: string): number {
  const clean = numeral.replace(/,/g, '');
  const [whole, fraction] = clean.split('.');
  let words = integerWords(Number(whole));
  if (/^(19|20)\d\d$/.test(whole) && !fraction && !numeral.includes(',')) words = 2; // a year: "twenty nineteen"
  if (fraction) words += 1 + fraction.length; // "point three"
  return words;
}

/** Spoken words for one token of the spoken text. */
export function spokenWords(token: Token): number {
  if (token.kind === 'word') {
    // "p99", "SDE2", "v2": the letters, then the number
    const last = token.text.charCodeAt(token.text.length - 1);
    if (last < 48 || last > 57) return 1;
    const m = /^(\p{L}+)(\d+)$/u.exec(token.text);
    return m ? 1 + numeralWords(m[2]) : 1;
  }
  if (token.kind === 'symbol') return token.text === '&' || token.text === '+' ? 1 : 0;
  if (token.kind !== 'number') return 0;
  let words = 0;
  for (const part of token.text.split(/[-–/]/)) {
    const m = /^[~≈]?([$€£¥])?(\d[\d,]*(?:\.\d+)?)([%×]|[a-zA-Z]+\d*)?$/.exec(part);
    if (!m) {
      words += 1;
      continue;
    }
    const [, currency, numeral, unit] = m;
    words += numeralWords(numeral);
    if (currency) words += 1; // "dollars"
    if (unit) words += UNIT_WORDS[unit.toLowerCase()] ?? 1;
  }
  const parts = token.text.split(/[-–/]/).length;
  return words + (parts - 1); // "two to three"
}
