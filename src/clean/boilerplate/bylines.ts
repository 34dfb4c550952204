// Bylines and desk credits: "Reporting by Dmitry Antonov; Editing by Andrew Osborn",
// "By Jane Smith, BBC News", "Posted Monday, 2 Mar 2026 by Anna Novak",
// "Additional reporting by Tom Price in Kyiv", and live-blog time stamps ("14:05 GMT").
import type { Removed } from '../../doc/model.js';
import { type Line, trimmed } from '../../doc/lines.js';
import { matchesOf } from '../../doc/matches.js';

const NAME = "[\\p{Lu}][\\p{L}'’.-]+(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|al|el|bin|da|di|le))*";
const DESK = /^[([]?\s*(?:(?:additional |further )?reporting|writing|editing|edited|written|compiled|graphics|research|translated|translation|production|contributing|additional contributions?)(?: and [a-z]+)? by\b/i;
/** The lead of a byline: "By", "Words by", "Written by". */
const BY_LEAD = '^(?:[Bb]y|BY|[Ww]ords by|[Ss]tory by|[Ww]ritten by)\\s+';
const BY_LEAD_RE = new RegExp(BY_LEAD);
const BY_LINE = new RegExp(`${BY_LEAD}${NAME}(?:(?:,| and|&)\\s*${NAME})*(?:\\s*[,|–-]\\s*[\\p{L} ]{1,40})?\\s*$`, 'u');
/** A byline with the author's handle after the name: "By Amina Yusuf @aminayusufnews" (the handle cut off before BY_LINE reads it). */
const HANDLE_END = / @\w{2,30}$/;
const byLine = (t: string) => BY_LINE.test(t) || (HANDLE_END.test(t) && BY_LINE.test(t.replace(HANDLE_END, '')));
const POSTED = /^(?:posted|published|updated|issued on|last updated|first published|originally (?:published|posted)|modified)\b.{0,80}(?:\d{1,2}[:.]\d{2}|\b(?:19|20)\d{2}\b|\bby\b|ago)/i;
const TIMESTAMP = /^(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|BST|UTC|CET|CEST|EET|EEST|EST|EDT|PST|PDT|MSK|IST)?|\d{1,2}\s*(?:[ap]\.?m\.?)\s*(?:GMT|BST|UTC|CET|EST|EDT)?|\d+\s*(?:m|min|mins|minutes|h|hr|hrs|hours?|d|days?)\s+ago|just now)$/i;
/** "Associated Press writer Jo Lee in Kyiv contributed to this report.", "Lee contributed reporting from Cairo." */
const CONTRIBUTED = /\bcontributed (?:(?:additional )?reporting|to (?:this|the|our) (?:report|story|article|reporting|coverage))\b/i;
/** AP's short form: "Associated Press writer Jo Lee in Kinshasa, Congo, contributed." (a writer named, the line ends in the word). */
const CONTRIBUTED_END = /\bcontributed\.?$/;
const CONTRIBUTED_WHO = /\b(?:writers?|reporters?|correspondents?|journalists?|staff)\b/i;
function contributedShort(t: string): boolean {
  const who = CONTRIBUTED_WHO.exec(t);
  return who !== null && CONTRIBUTED_END.test(t) && !/[.!?]/.test(t.slice(who.index, t.length - 1)) && !/\b(?:said|says|told)\b/.test(t);
}
/** "Some information for this report came from Agence France-Presse and Reuters." (VOA). */
const INFORMATION_FROM = /^(?:some )?(?:information|material|reporting) (?:for|in) this (?:report|story|article) (?:came|comes|was provided) (?:from|by)\b/i;
/** The lead of "(With inputs from agencies)", "With files from Reuters", "Source: Al Jazeera and news agencies" (see withInputs). */
const INPUTS_LEAD = /^[([]?\s*(?:[—–-]\s*)?(?:with (?:inputs|input|files|reporting|additional reporting) from|source\s*:)/iu;
const INPUTS_NAMES = /^[\p{L} ,&.'’/-]*$/iu;
/** An agency's desk slug at the foot of a story: "pmn/bc/des", "sst/jj". */
/** A desk credit with a colon and names (boiler23): "Additional reporting: Tomas Velander", "Editing: Mira Tal and Jo Lee". */
const DESK_COLON_LEAD = /^[([]?\s*(?:(?:[Aa]dditional |[Ff]urther )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Tt]ranslation)\s?:\s?/u;
function deskColon(t: string): boolean {
  const m = DESK_COLON_LEAD.exec(t);
  if (!m) return false;
  let end = t.length;
  while (end > m[0].length && ').]'.includes(t[end - 1])) end--;
  const names = t.slice(m[0].length, end).split(/,? (?:and )?|, /);
  return names.length >= 1 && names.length <= 6 && names.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}
const DESK_SLUG = /^(?:[a-z]{2,4}|[A-Z]{2,5})(?:[-/][a-z]{2,4}){1,6}$/;
/** A credit's label, a colon and the names: "Translation: Maria Bonnici", "Edition: Karl Azzopardi", "Editing: A. Lee and B. Cole". */
const CREDIT_LABEL = new RegExp(`^(?:[Tt]ranslation|[Tt]ranslated by|[Ee]dition|[Ee]diting|[Ee]dited by|[Ee]ditor|[Rr]eporting|[Ww]riting|[Tt]ext|[Pp]roofreading|[Ss]ub-editing|[Ll]ayout|[Gg]raphics|[Pp]roduction|[Cc]amera|[Vv]ideo editing)\\s*:\\s*${NAME}(?:\\s*(?:,|and|&)\\s*${NAME}){0,3}\\.?$`, 'u');
// After the agency, "| Kyiv, Moscow" places: each place with its blanks up to the next separator
// (or the end) is taken whole by a look-ahead, so the blanks around a place are not shared out
// again on failure, which was exponential in the number of places.
/** "By AFP", "By Al Jazeera Staff", "By TOI Staff", "Reuters", "AFP": the agency as the byline. */
const AGENCY_BYLINE = /^(?:by\s+)?(?:(?:the )?associated press|reuters|afp|agence france[- ]presse|ap|dpa|xinhua|anadolu(?: agency)?|ani|pti|ians|efe|[\p{L}' ]{2,30} (?:staff|desk|news desk|web desk|world desk|correspondent|reporter|bureau)|agencies|news agencies)(?:\s*[|,/·•-](?:(?=(\s*[\p{L} .]{2,30})$)\1|(?=(\s*[\p{L} .]{2,30}\s*)[|,/·•-])\2))*$/iu;
/** An editorial team as the byline: "La rédaction", "Par la rédaction", "Editorial Team". */
const TEAM_BYLINE = /^(?:(?:par )?la rédaction|redacción|(?:the )?editorial (?:team|staff|desk|board))$/iu;
/** An author's bio at the foot of a story: "Jo Lee is a reporter at the Kyiv Independent covering ...", "Jo Lee covers politics from Delhi." */
const AUTHOR_BIO = new RegExp(`^${NAME} (?:(?:is|was|has been) (?:(?:a|an|the)\\b(?:[^.]|\\.(?=\\w)){0,100}|(?:[\\p{L}-]+ ){0,3})\\b(?:reporter|correspondent|journalist|editor|writer|producer|columnist|contributor|photographer|videographer|photojournalist|freelancer|news editor|bureau chief)s?\\b|(?:covers|reports on|reports from|writes about|writes on|has reported (?:from|on)|has covered|has written (?:about|on|for))\\b)`, 'u');
/**
 * "Jane Smith, Kyiv correspondent", "Jo Lee | senior editor at large": two to four names, a
 * separator, then one to nine words, one of the first five a role and at most four after it. It was
 * one expression ("^NAMES\s*[,|–-]\s*(?:\p{L}+\s+){0,4}ROLE(?:\s+\p{L}+){0,4}$", iu) that
 * recheck could not decide; each separator the line holds is tried in turn (a name may hold "-").
 */
const ROLE_NAMES = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3}$/iu;
const ROLE_WORD = /^(?:correspondent|editor|reporter|writer|journalist|analyst|contributor)$/iu;
const LETTERS = /^\p{L}+$/iu;

/** Reported speech: a bio never tells what someone said ("... is an independent portal, its editor said."). */
const TOLD = /\b(?:said|says|told)\b/;

/** "Jo Lee is a news editor at the Kyiv Independent. ...": an author's bio (at the foot of a story, which the page-edge rule finds on a page scraped whole). */
export function isAuthorBio(text: string): boolean {
  const t = text.trim();
  return t.length <= 400 && AUTHOR_BIO.test(t) && !TOLD.test(t);
}

function isAuthorRole(t: string): boolean {
  for (let at = 0; at < t.length; at++) {
    if (!',|–-'.includes(t[at])) continue;
    if (!ROLE_NAMES.test(t.slice(0, at).trimEnd())) continue;
    const words = t.slice(at + 1).trimStart().split(/\s+/);
    if (words.length > 9 || !words.every((w) => LETTERS.test(w))) continue;
    for (let i = 0; i < words.length && i < 5; i++) if (words.length - 1 - i <= 4 && ROLE_WORD.test(words[i])) return true;
  }
  return false;
}

/**
 * A wire dateline opening a paragraph: "MOSCOW, Feb 10 (Reuters) - ", "Feb 10 (Reuters) - ". Only the dateline goes, not the paragraph.
 * It was one expression, "^(?=(\s*))\1(?:PLACE ,? )?DATE?\s*\(AGENCY\)\s*[-–—]\s*", which recheck
 * reported polynomial (the blanks ending the place or date could go to the "\s*" before the
 * bracket). It is matched in parts: the place and date hold no "(", so the agency's bracket is the
 * first "(" after the opening blanks, and what comes before it is checked without its closing blanks.
 */
const DATELINE_AGENCY = /\((?:Reuters|AP|AFP|Bloomberg|dpa|Xinhua|TASS|Interfax|Anadolu|ANI|PTI|UNI|IANS|APP|WAFA|SANA|ENA|KUNA|WAM|SPA|QNA|MENA|IRNA|APA|Bernama|Yonhap|Kyodo|Antara)\)\s*[-–—:]\s*/y;
/** A date, after a place or not: "MOSCOW, Feb 10", "KYIV, Ukraine, 10 March", "Feb. 10". */
const DATELINE_DATE = /^(?:[A-Z]{2,5}\d{1,3}-\d{1,3} )?(?:(?:[A-Z][A-Z .'’/-]{1,40}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:, [A-Z][a-zA-Z .]{1,30})?,? )?(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})$/;
/** A place alone, before the blank that ends it: "MOSCOW,", "KYIV, Ukraine", "ISLAMABAD/NEW DELHI,", "Beirut" (AFP's style). */
const DATELINE_PLACE = /^(?:[A-Z][A-Z .'’/-]{1,40}|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:, [A-Z][a-zA-Z .]{1,30})?,?$/;

/** Any agency's initials in capitals, after a place and a date: "TEHRAN, Feb. 21 (DID) – ". */
const DATELINE_ANY_AGENCY = /\((?!UTC\)|GMT\)|EST\)|CET\))[A-Z]{2,6}\)\s*[-–—:]\s*/y;
/** An outlet's own name in brackets opening a paragraph: "(The Post News)– ". */
const OUTLET_DATELINE = /^\s*\((?:The )?\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3}\)\s*[-–—]\s*(?=[\p{Lu}"“‘])/u;

/** Where the wire dateline opening `text` ends, or -1. */
export function datelineEnd(text: string): number {
  const lead = /^\s*/.exec(text)![0].length;
  const bracket = text.indexOf('(', lead);
  if (bracket < 0) return -1;
  DATELINE_AGENCY.lastIndex = bracket;
  const agency = DATELINE_AGENCY.exec(text);
  if (!agency) {
    // (An outlet the agency list does not know, in brackets opening the paragraph: "(The Post News)– ".)
    const outlet = bracket === lead ? OUTLET_DATELINE.exec(text) : null;
    if (outlet) return outlet[0].length;
    // An agency the list does not know: only after a place, a comma and a date ("HARBOURTON, Feb. 21").
    DATELINE_ANY_AGENCY.lastIndex = bracket;
    const any = DATELINE_ANY_AGENCY.exec(text);
    const core = text.slice(lead, bracket).trimEnd();
    return any && core.includes(',') && DATELINE_DATE.test(core) ? bracket + any[0].length : -1;
  }
  const end = bracket + agency[0].length;
  const head = text.slice(lead, bracket);
  const core = head.trimEnd();
  if (core === '' || DATELINE_DATE.test(core)) return end;
  // A place alone ends in a blank, after blanks it may hold itself (at most 40): "KYIV  (Reuters)".
  // It is at most 75 characters long.
  if (core.length > 75) return -1;
  const spaces = /^ */.exec(head.slice(core.length))![0].length;
  for (let j = 0; j < Math.min(spaces, 41); j++) if (DATELINE_PLACE.test(core + ' '.repeat(j))) return end;
  return -1;
}

/** The names a "By ..." line gives: "By Olena Hrytsenko and Mark Ellison" -> both (two words or more each). */
function bylineAuthors(lines: Line[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    const t = line.text.trim();
    if (line.blank || t.length > 100 || !byLine(t)) continue;
    const list = t.replace(BY_LEAD_RE, '').split(/[|–]| - /)[0];
    for (const n of list.split(/[,&]|\band\b/)) if (/^[\p{Lu}][\p{L}'’.-]+(?:\s+\S+){1,3}$/u.test(n.trim())) names.push(n.trim());
  }
  return names;
}

export function findBylines(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  const lastLines = lines.filter((l) => !l.blank).slice(-6);
  const authors = bylineAuthors(lines);
  for (const line of lines) {
    if (line.blank) continue;
    const datelineTo = datelineEnd(line.text);
    if (datelineTo >= 0) {
      const dateline = line.text.slice(0, datelineTo);
      const lead = dateline.length - dateline.trimStart().length;
      out.push({ start: line.start + lead, end: line.start + datelineTo, reason: 'byline', rule: 'wire-dateline' });
      continue;
    }
    const t = line.text.trim();
    if (t.length > 300) continue;
    if (DESK.test(t) || (t.length <= 100 && (CREDIT_LABEL.test(t) || deskColon(t)))) out.push({ ...trimmed(line), reason: 'byline', rule: 'desk-credits' });
    else if (t.length <= 100 && byLine(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'by-author' });
    else if (t.length <= 120 && POSTED.test(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'posted-dateline' });
    else if (t.length <= 24 && TIMESTAMP.test(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'liveblog-timestamp' });
    else if (t.length <= 90 && isAuthorRole(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'author-role' });
    else if (t.length <= 300 && (CONTRIBUTED.test(t) || contributedShort(t)) && /^[\p{Lu}(]/u.test(t) && !contributedAfterSentence(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'contributed-reporting' });
    else if (t.length <= 160 && INFORMATION_FROM.test(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'contributed-reporting' });
    else if (t.length <= 120 && withInputs(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'with-inputs-from' });
    else if (t.length <= 400 && (lastLines.includes(line) || authors.some((n) => t.startsWith(`${n} `))) && isAuthorBio(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'author-bio' });
    // The byline's author again on a line of their own, over their bio or in an author box.
    else if (authors.includes(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'author-name' });
    else if (DESK_SLUG.test(t)) out.push({ ...trimmed(line), reason: 'byline', rule: 'desk-slug' });
    // (A full stop after the desk is the page's: "By Libya Herald reporter.")
    else if (t.length <= 60 && (AGENCY_BYLINE.test(t.endsWith('.') ? t.slice(0, -1) : t) || TEAM_BYLINE.test(t))) out.push({ ...trimmed(line), reason: 'byline', rule: 'agency-byline' });
  }
  return out;
}

/**
 * Whether "contributed" comes after a full stop: a "." "!" or "?", blanks, a character, then on
 * the same line the word. What `[.!?]\s+\S.*\bcontributed\b` tests, without scanning the rest of the line
 * from each full stop.
 */
function contributedAfterSentence(t: string): boolean {
  const starts = [...matchesOf(t, /[.!?]\s+(?=\S)/g)].map((m) => m.index + m[0].length);
  if (!starts.length) return false;
  for (const c of matchesOf(t, /\bcontributed\b/g)) {
    // The sentence must start on the line of the word ("." does not cross a line break).
    let lineStart = c.index;
    while (lineStart > 0 && !/[\n\r\u2028\u2029]/.test(t[lineStart - 1])) lineStart--;
    if (starts.some((k) => k >= lineStart && k < c.index)) return true;
  }
  return false;
}

/**
 * "(With inputs from agencies)": the lead, blanks, 2 to 80 characters of names, maybe a closing
 * bracket and a full stop. What `^LEAD\s*[\p{L} ,&.'’/-]{2,80}[)\]]?\.?$` tests; the names may
 * begin with the spaces at the end of the blanks, which the expression shared out in n ways.
 */
function withInputs(t: string): boolean {
  const lead = INPUTS_LEAD.exec(t);
  if (!lead) return false;
  const rest = t.slice(lead[0].length);
  const names = rest.trimStart();
  const blanks = rest.slice(0, rest.length - names.length);
  let spaces = 0;
  while (spaces < blanks.length && blanks[blanks.length - 1 - spaces] === ' ') spaces++;
  return ['', ')', ']', '.', ').', '].'].some((end) => {
    if (!names.endsWith(end)) return false;
    const body = names.slice(0, names.length - end.length);
    return INPUTS_NAMES.test(body) && body.length <= 80 && body.length + spaces >= 2;
  });
}
