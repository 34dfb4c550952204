// Drops the site name that pages glue to their titles: "Talks resume in Geneva | Reuters"
// is "Talks resume in Geneva" when the page's site name is Reuters.
import { matchesOf } from '../../doc/matches.js';

// A separator is surrounded by spaces, so hyphenated words and "10:30" stay whole.
const SEPARATOR = /(?<!\s)\s+[|\-–—:·•»«/]{1,2}\s+/;

const normalise = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^@/, '')
    .replace(/^(https?:\/\/)?(www\.)?/, '')
    .replace(/\.(com|org|net|co\.uk|co|news|info)$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** The title without a leading or trailing segment naming the site; the title as is without a site name. */
export function cleanTitle(raw: string, siteName: string | null): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (!siteName) return title;
  const site = normalise(siteName);
  if (!site) return title;
  const sepGlobal = new RegExp(SEPARATOR.source, 'g');
  const parts: string[] = [];
  const seps: string[] = [];
  let at = 0;
  for (const m of matchesOf(title, sepGlobal)) {
    parts.push(title.slice(at, m.index));
    seps.push(m[0]);
    at = m.index + m[0].length;
  }
  parts.push(title.slice(at));
  let first = 0;
  let last = parts.length - 1;
  while (last > first && normalise(parts[last]) === site) last--;
  while (first < last && normalise(parts[first]) === site) first++;
  let out = parts[first];
  for (let i = first + 1; i <= last; i++) out += seps[i - 1] + parts[i];
  return out.trim() || title;
}
