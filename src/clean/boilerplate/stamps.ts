// Date, time and reading-time stamps of a page: "Published On 9 Mar 2025",
// "March 21, 2025 9:12 AM 2 min read", "Updated - March 05, 2025 10:32 pm IST - YANGON",
// "AFP · February 12, 2025 · 4 min read". Once the date words, the stamp words and the
// names (an outlet, a desk, a place in capitals) are taken out, nothing of a sentence is left.
import type { Removed } from '../../doc/model.js';
import { type Line, trimmed } from '../../doc/lines.js';

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?';
const DATE = new RegExp(`\\b(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+\\d{4})?|${MONTH}\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4})\\b`, 'gi');
const TIME = /\b\d{1,2}(?::\d{2}|\.\d{2}(?=\s*[ap]\.?m\b))(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|IST|PKT|EAT|CAT|WAT|EET|EEST|CET|CEST|BST|EST|EDT|PST|PDT|MSK|AST|ICT|WIB)(?:\s*[+-]\s*\d{1,2}(?::\d{2})?)?)?|\b\d{1,2}\s*[ap]\.?m\.?\b/gi;
// The units spelt out, longest first as the optional endings would try them (recheck could not
// decide the shorter form in its time).
const READ_TIME = /\b\d+\s*(?:-\s*\d+\s*)?(?:minutes|minute|mins|min|hrs|hr|hours|hour|days|day|weeks|week|months|month|years|year|secs|sec|seconds|second)(?:\s+(?:read|ago|listen|reading time))?\b/gi;
const STAMP_WORDS = new RegExp(`\\b(?:${WEEKDAY}|updated?|published|posted|modified|last|first|created|on|at|in|by|and|read|reading|time|ago|listen|today|yesterday|now|just|about|an?|hour|minute|edition|print|online|gmt|utc|ist|est|edt|am|pm)\\b`, 'gi');

const STAMP_CUE = /\b(?:updated?|published|posted|modified|read|ago|listen|edition|first|last)\b|[|·•]/i;

export function isStamp(text: string): boolean {
  // "06:15 p. m." (Spanish style) is read as "06:15 p.m.".
  const trimmedText = text.trim();
  const t = trimmedText.includes('. m.') ? trimmedText.replace(/\b([ap])\. m\./gi, '$1.m.') : trimmedText;
  if (t.length > 140) return false;
  const dated = DATE.test(t) || TIME.test(t) || /\b\d+\s*min(?:ute)?s?\s+read\b|\breading time(?:\s*:)?\s*\d+\s*min/i.test(t) || /\b\d+\s*(?:min(?:ute)?s?|hours?|days?|weeks?|months?|years?)\s+ago\b/i.test(t);
  DATE.lastIndex = 0; TIME.lastIndex = 0;
  if (!dated) return false;
  const rest = t.replace(DATE, ' ').replace(TIME, ' ').replace(READ_TIME, ' ').replace(STAMP_WORDS, ' ').replace(/\d+/g, ' ');
  const left = rest.split(/[^\p{L}'’.]+/u).filter((w) => /\p{L}/u.test(w));
  // What may be left: an outlet or desk ("Dawn.com", "TOI World Desk"), a place in capitals;
  // a date with more names and no stamp word is an item of a list ("June 9 -- Arena, Tampa, FL").
  const cue = STAMP_CUE.test(t);
  return left.length <= (cue ? 4 : 2) && left.every((w) => /^[\p{Lu}]/u.test(w)) && !/@|--/.test(t);
}

export function findStamps(lines: Line[]): Removed[] {
  return lines.filter((l) => !l.blank && isStamp(l.text)).map((l) => ({ ...trimmed(l), reason: 'byline' as const, rule: 'date-stamp' }));
}
