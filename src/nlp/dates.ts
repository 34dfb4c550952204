// Dates resolved against the publication date with chrono-node's default (en-US) parser
// ("March 11" with the GB parser lands in 2011). A weekday alone ("on Wednesday") has two
// readings, the one before and the one after publication: the tense decides later.
// 'chrono-node/en' is the English locale alone: the package's main module is the same
// `en.casual` parser plus fifteen other locales (266 modules in all, about 0.2 s of CPU to
// load in every process and worker thread) that nothing here uses.
import * as chrono from 'chrono-node/en';
import type { DateMention } from '../doc/model.js';


/** Words without which a stretch of text holds no date: chrono runs only where one occurs. */
const DATE_WORD = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|ago|last|next|this|week|month|year|noon|midnight|morning|evening|night|\d)/i;

export function findDates(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  // Line by line: chrono is the slowest step of the nlp stage, and most lines hold no date word.
  let at = 0;
  for (const line of text.split('\n')) {
    for (const piece of piecesOf(line)) {
      if (DATE_WORD.test(piece.text)) for (const d of findDatesIn(piece.text, published)) out.push({ ...d, start: d.start + at + piece.at, end: d.end + at + piece.at });
    }
    at += line.length + 1;
  }
  return out;
}

/**
 * chrono-node reads the whole text before each date it finds ("end of" before "March"), so a line
 * of a million characters with a date every few words is quadratic. A paragraph of news is far
 * shorter: a line longer than this is read in pieces of about half of it, cut after a sentence's
 * final stop, else at a space.
 */
export const MAX_DATE_LINE = 4000;

function piecesOf(line: string): { text: string; at: number }[] {
  if (line.length <= MAX_DATE_LINE) return [{ text: line, at: 0 }];
  const pieces: { text: string; at: number }[] = [];
  let at = 0;
  while (line.length - at > MAX_DATE_LINE) {
    const window = line.slice(at, at + MAX_DATE_LINE / 2);
    const stop = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '));
    const space = window.lastIndexOf(' ');
    const cut = stop > 0 ? stop + 2 : space > 0 ? space + 1 : window.length;
    pieces.push({ text: line.slice(at, at + cut), at });
    at += cut;
  }
  pieces.push({ text: line.slice(at), at });
  return pieces;
}

function findDatesIn(text: string, published: string | null): DateMention[] {
  const ref = published ? new Date(`${published}T12:00:00Z`) : null;
  const results = chrono.parse(text, ref ? { instant: ref, timezone: 0 } : { instant: new Date(0), timezone: 0 });
  const out: DateMention[] = [];
  for (const r of results) {
    // "the night of Nov. 2", "the morning of 3 November": chrono leaves the day uncertain; the day is the one named after "of".
    const partOf = /^(?:night|morning|evening|afternoon|early hours|small hours) of\s+/i.exec(r.text);
    const named = partOf ? chrono.parse(r.text.slice(partOf[0].length), ref ? { instant: ref, timezone: 0 } : { instant: new Date(0), timezone: 0 })[0] : undefined;
    const c = named && named.index === 0 ? named.start : r.start;
    const known = {
      day: c.isCertain('day') ? c.get('day')! : undefined,
      month: c.isCertain('month') ? c.get('month')! : undefined,
      year: c.isCertain('year') ? c.get('year')! : undefined,
      weekday: c.isCertain('weekday') ? c.get('weekday')! : undefined,
    };
    const t = r.text.toLowerCase();
    // "for a week" is a duration, not a date.
    if (/^for\b/.test(t)) continue;
    // chrono fills in the day of relative phrases, but "next week", "last month" name no day, and
    // "three days later" counts from another event, not from the publication.
    const span = /\b(?:weeks?|months?|years?|weekend)\b/.test(t) && !/\bago\b|\d|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/.test(t);
    const fromEvent = /\b(?:later|earlier|after|before|afterwards)\b/.test(t);
    const hasDay = !span && !fromEvent && (known.day !== undefined || known.weekday !== undefined || /\b(today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening))\b/i.test(r.text));
    const weekdayOnly = known.weekday !== undefined && known.day === undefined;
    let date: string | null = null;
    let past: string | null = null;
    let future: string | null = null;
    if (ref && hasDay) {
      date = iso(c.date());
      if (weekdayOnly) {
        const wd = known.weekday!;
        past = iso(shiftToWeekday(ref, wd, -1));
        future = iso(shiftToWeekday(ref, wd, 1));
        date = null;
      } else if (known.year === undefined && known.month !== undefined) {
        // "March 11" with no year: the year of publication, or the one before/after.
        past = date <= published! ? date : iso(addYears(c.date(), -1));
        future = date >= published! ? date : iso(addYears(c.date(), 1));
      }
    } else if (!ref && /\b\d{4}\b/.test(t) && known.year !== undefined && known.month !== undefined && known.day !== undefined) {
      // No publication date: only a date written out in full ("12 March 2024") is known.
      date = iso(c.date());
    }
    if (/^(?:may|march|sun|sat|mon|wed)$/i.test(r.text.trim())) continue; // "may" the modal, bare abbreviations
    out.push({ start: r.index, end: r.index + r.text.length, text: r.text, date, past, future });
  }
  return out;
}

function shiftToWeekday(ref: Date, weekday: number, dir: 1 | -1): Date {
  const d = new Date(ref);
  for (let i = 0; i < 7; i++) {
    if (d.getUTCDay() === weekday) return d;
    d.setUTCDate(d.getUTCDate() + dir);
  }
  return d;
}

function addYears(d: Date, n: number): Date {
  const x = new Date(d);
  x.setUTCFullYear(x.getUTCFullYear() + n);
  return x;
}

export function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

