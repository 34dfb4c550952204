// Numbers written in digits or words: "one casualty and three injuries", "nearly 30 nations",
// "over 10 regions", "hundreds of thousands". An approximating word before the number is
// kept apart (`approx`), and the number is the one the text gives.
import type { NumberMention } from '../doc/model.js';
import { matchesOf } from '../doc/matches.js';

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, dozens: 24,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, hundreds: 100, thousands: 1000, millions: 1e6 };
const APPROX = 'nearly|almost|about|around|over|more than|at least|up to|some|roughly|approximately|fewer than|less than|under|close to|as many as|an estimated|estimated';
const WORD = Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an').join('|');
// The number is found in parts, each tried at the start of a word (sticky), in the order of the
// single expression it replaces ("\b(?:(APPROX)\s+)?(DIGITS|WORDS|A_SCALE|PLURAL)\b", global):
// recheck could not decide that one in its time, and it ran over the whole text.
/** "30", "1,200", "2.5 million", "5bn". */
const DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s*(?:million|billion|thousand|m|bn|k)\b)?\b/iy;
/** "three", "twenty-five", "two hundred", "dozen". */
const WORDS = new RegExp(`(?:${WORD})(?:[- ](?:${WORD}))?(?:\\s+(?:hundred|thousand|million|billion))?\\b`, 'iy');
/** "a hundred", "one million". */
const A_SCALE = /(?:a|one)\s+(?:hundred|thousand|million|dozen)\b/iy;
/** "hundreds", "hundreds of thousands". */
const PLURAL = /(?:hundreds|thousands|millions|dozens)(?:\s+of\s+thousands)?\b/iy;
/** The approximating word and the blanks after it. */
const APPROX_LEAD = new RegExp(`(${APPROX})\\s+`, 'iy');
/** The words of the text: a number starts at the start of one. */
const WORD_START = /\w+/g;

/** The number that starts at `at` ("" when none). */
function numberAt(text: string, at: number): string {
  for (const re of [DIGITS, WORDS, A_SCALE, PLURAL]) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m) return m[0];
  }
  return '';
}

export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  let next = 0;
  for (const w of matchesOf(text, WORD_START)) {
    const start = w.index!;
    if (start < next) continue;
    let approx: string | undefined;
    let raw = '';
    APPROX_LEAD.lastIndex = start;
    const lead = APPROX_LEAD.exec(text);
    if (lead) {
      raw = numberAt(text, start + lead[0].length);
      if (raw) approx = lead[1];
    }
    if (!raw) raw = numberAt(text, start);
    if (!raw) continue;
    const matched = text.slice(start, start + (approx === undefined ? 0 : lead![0].length) + raw.length);
    next = start + matched.length;
    const value = parseNumber(raw);
    if (value == null) continue;
    // Years and times are not counts: "in 2022", "at 10.30".
    if (/^(19|20)\d{2}$/.test(raw)) continue;
    // "dozens", "hundreds of thousands": a size, not a count; kept, but marked vague.
    const vague = /^(?:dozens|hundreds|thousands|millions)\b/i.test(raw);
    out.push({ start, end: next, text: matched, value, approx: vague ? 'vague' : approx?.toLowerCase() ?? null });
  }
  return out;
}

export function parseNumber(raw: string): number | null {
  const s = raw.toLowerCase().trim();
  const digits = /^([\d,]+(?:\.\d+)?)\s*(million|billion|thousand|m|bn|k)?$/.exec(s);
  if (digits) {
    const n = Number(digits[1].replace(/,/g, ''));
    const scale = { million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, thousand: 1e3, k: 1e3 }[digits[2] ?? ''] ?? 1;
    return Number.isFinite(n) ? Math.round(n * scale) : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of s.split(/[\s-]+/)) {
    if (w === 'of') continue;
    // "a dozen" is 12 and "two dozen" 24: a dozen multiplies what comes before it.
    if (w === 'dozen') { current = (current || 1) * 12; seen = true; continue; }
    if (w in UNITS) { current += UNITS[w]; seen = true; }
    else if (w in SCALES) { current = (current || 1) * SCALES[w]; if (SCALES[w] >= 1000) { total += current; current = 0; } seen = true; }
    else return null;
  }
  return seen ? total + current : null;
}
