// Numbers written in digits or words: "one casualty and three injuries", "nearly 30 nations",
// "over 10 regions", "hundreds of thousands". An approximating word before the number is
// kept apart (`approx`), and the number is the one the text gives.
import type { NumberMention } from '../doc/model.js';

const UNITS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  dozen: 12, dozens: 24,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, hundreds: 100, thousands: 1000, millions: 1e6 };
const APPROX = 'nearly|almost|about|around|over|more than|at least|up to|some|roughly|approximately|fewer than|less than|under|close to|as many as|an estimated|estimated';
const WORD = Object.keys(UNITS).filter((w) => w !== 'a' && w !== 'an').join('|');
const NUMBER = new RegExp(
  `\\b(?:(${APPROX})\\s+)?((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\s*(?:million|billion|thousand|m|bn|k)\\b)?|(?:(?:${WORD})(?:[- ](?:${WORD}))?(?:\\s+(?:hundred|thousand|million|billion))?)|(?:a|one)\\s+(?:hundred|thousand|million|dozen)|(?:hundreds|thousands|millions|dozens)(?:\\s+of\\s+thousands)?)\\b`,
  'gi');

export function findNumbers(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const value = parseNumber(m[2]);
    if (value == null) continue;
    // Years and times are not counts: "in 2022", "at 10.30".
    if (/^(19|20)\d{2}$/.test(m[2])) continue;
    // "dozens", "hundreds of thousands": a size, not a count; kept, but marked vague.
    const vague = /^(?:dozens|hundreds|thousands|millions)\b/i.test(m[2]);
    out.push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value, approx: vague ? 'vague' : m[1]?.toLowerCase() ?? null });
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
    if (w in UNITS) { current += UNITS[w]; seen = true; }
    else if (w in SCALES) { current = (current || 1) * SCALES[w]; if (SCALES[w] >= 1000) { total += current; current = 0; } seen = true; }
    else return null;
  }
  return seen ? total + current : null;
}
