// Photo captions and their credits: "Experts say ... are met (Image: Getty Images)".
// A line that ends in a credit is a caption; the short name line just above it (a photo's
// label, "Vladimir Putin") is part of it. The credit itself is reported as `credit`.
import type { Removed } from '../../doc/model.js';
import { type Line, neighbour, trimmed } from '../../doc/lines.js';
import { matchesOf } from '../../doc/matches.js';

const AGENCIES = 'Getty|AFP|Reuters|REUTERS|AP|EPA|Shutterstock|Alamy|PA|Anadolu|Bloomberg|SOPA|NurPhoto|Sipa|Xinhua|TASS|Sputnik|Pool|Handout|Press Association|Associated Press';
/** Agencies known by letters a sentence also ends in ("the Anadolu Agency (AA)."): credits only as a line of their own. */
const LINE_AGENCIES = `${AGENCIES}|AA|EFE`;
const CREDIT_LEAD = '(?:Image|Images|Photographer|Photo|Photos|Photograph|Picture|Pictures|Pic|Credit|Source|Video|Footage|Illustration)s?';
/** "(Image: Getty Images)", "(Photo: AFP via Getty Images)". */
const PAREN_LEAD_CREDIT = new RegExp(`[(\\[]\\s*(?:${CREDIT_LEAD}|[Pp]hoto [Cc]redit|[Ii]mage [Cc]redit)\\s*:[^()\\[\\]\\n]{1,80}[)\\]]`, 'g');
/**
 * "[Reuters]", "(AFP via Getty Images)" at the end of a line. The blanks after the bracket are taken
 * whole ("(?=(\\s*))\\1"): given back one by one to the 40 characters before the agency, they made
 * the match quadratic in a run of blanks.
 */
const PAREN_AGENCY_CREDIT = new RegExp(`[(\\[](?=(\\s*))\\1[^()\\[\\]\\n]{0,40}\\b(?:${AGENCIES})\\b[^()\\[\\]\\n]{0,40}[)\\]]\\s*$`, 'g');
/** The lead of a credit at the end of a line, up to its colon: "Photograph:" (see trailingCredit). */
const TRAILING_LEAD = new RegExp(`\\b(?:${CREDIT_LEAD}|Photo [Cc]redit|PHOTO)\\s*:`, 'g');
/** A line that is only a credit lead: "Image source, Getty Images". */
const SOURCE_LINE = /^[([]?(?:image|photo|picture|video) (?:source|credit)s?\s*[,:]\s*\S[^\n]{0,60}$|^(?:photo|image|picture)s? (?:via|courtesy(?: of)?) \S[^\n]{0,70}$/i;
/**
 * A credit alone on its line in other words (boiler23): "Image copyright Harbour Agency", "Mariela
 * Ostrova Submitted photo", "Contributed photo", "Photo by Tomas Velander", "Courtesy of Anneli Karsk";
 * no full stop at the end (a sentence opening "Photos by the army showed ..." has one).
 */
const CREDIT_WORDS_LINE = /^(?:(?:[Ii]mage|[Pp]hoto|[Pp]icture) [Cc]opyright\s*[,:]?\s*\S[^\n]{0,60}|(?:[\p{Lu}][\p{L}'’.-]+ ){0,4}(?:[Ss]ubmitted|[Cc]ontributed|[Ss]upplied|[Hh]andout|[Cc]ourtesy) (?:[Pp]hoto|[Ii]mage|[Pp]icture|[Pp]hotograph)s?|(?:[Pp]hotos?|[Pp]hotograph|[Pp]ictures?|[Ii]mages?) by [\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,3}(?:\s?[/|,]\s?[\p{Lu}][\p{L}'’. -]{1,30})?|[Cc]ourtesy(?: of)? [\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){0,4})$/u;
/** Lines that announce themselves as captions: "Image caption, ...", "FILE - ...", "[1/3] ...", "Illustrative: ...". */
const CAPTION_LEAD = /^\s*(?:image|photo|video|media)\s+caption\b|^\s*(?:a )?(?:screenshot|screengrab|screen grab|still|video grab)s? (?:from|of|taken from) (?:an? |the )?(?:video|footage|clip|broadcast|livestream)\b(?![^\n]*\b(?:show(?:s|ed|ing)?|appear(?:s|ed)?|was|were|is|are|has|had|said|says)\b)|^\s*(?:featured?|top|main|header|lead|hero) (?:image|photo|picture|photograph)\s*:|^\s*(?:caption|pictured|above|below|left|right|top|bottom|illustrative(?: photo| image)?|file(?: photo| picture| image)?|representational (?:image|photo|picture)|photo|in this (?:photo|picture|image)(?:[^:]{0,39}[^:\s])?)\s*[:|]|^\s*(?:file )?(?:photo|image|picture)s? (?:(?:is |are )?used )?(?:for|is) (?:representational|representation|illustrative|illustration)|^\s*FILE\s+[-–—]\s|^\s*\[\d+\/\d+\]|^\s*Item \d+ of \d+\s|^\s*(?:this|the above|the) (?:file |undated |handout |archive )?(?:photo|picture|image|photograph)(?:,| shows\b| taken\b| released\b| provided\b)/i;
/** A credit after a dash at the end of a caption: "... in Chaman. — AFP/File", "— Photo courtesy: Foreign Office". */
const DASH_CREDIT = new RegExp(`\\s[—–-]\\s*(?:(?:${AGENCIES}|[\\p{Lu}][\\p{L}.]+ Photo)(?:\\s*/\\s*(?:File|Files|${AGENCIES}))*|(?:File photo|Photo courtesy|Photo|Courtesy|Screengrab|Screenshot|Handout)\\b(?:[^\\n]{0,59}\\S)?)\\s*$`, 'u');
/** A credit in brackets after the caption's full stop: "... February 28, 2025. (Kawnat Haju/AFP)", "(Israel Defense Forces)". */
// (Words are joined by a slash or comma, or by spaces with an optional "via", "of" ...: with the
// joint optional as well, "(ABCDEFGH" could be cut into words in exponentially many ways.)
// The look-behind (after the caption's full stop) is checked in namedCredit: only the last bracket
// of a line can open this expression, which runs to the end of it.
const NAMED_CREDIT = /[(\[]\s*[\p{Lu}][\p{L}'’.&-]*(?:(?:\s*[\/,]\s*|\s+(?:(?:via|of|the|for|and|-)\s*)?)[\p{Lu}][\p{L}'’.&-]*)*\s*[)\]]\s*$/u;

/** A line that is only a credit: "AFP via Getty Images", "Sergei Supinsky/AFP", "Reuters/Alina Smutko". */
const CREDIT_LINE = new RegExp(`^(?:[\\p{L}.' -]{0,40}[/|]\\s*)?(?:${LINE_AGENCIES})(?:\\s*(?:via|/|-|–)\\s*(?:${LINE_AGENCIES}))*(?:\\s+Images|\\s+Photo|\\s+Pictures)?(?:\\s*[/|]\\s*[\\p{L}.' -]{0,40})?$`, 'u');

/** A credit line of a name and its outlet in brackets (Anadolu's form): "( Mira Tal - Harbour Agency )" (boiler23). */
const BRACKET_NAME_CREDIT = /^\(\s?[\p{Lu}][\p{L}'’.]*(?: [\p{Lu}][\p{L}'’.]*){0,3} [-–] [\p{Lu}][\p{L}'’.]*(?: [\p{Lu}][\p{L}'’.]*){0,3} (?:Agency|News|Press|Images|Photos?|TV|Media|Service)\s?\)$/u;
/** A credit line of an outlet and a name: "Harbour Eye/Mira Tal" (two to four capitalised words on each side, no other words). */
const OUTLET_NAME_CREDIT = /^[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3} ?\/ ?[\p{Lu}][\p{L}'’.-]*(?: [\p{Lu}][\p{L}'’.-]*){1,3}$/u;

export function findCaptions(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  const signoffs = datelineAgencies(lines);
  for (const line of lines) {
    if (line.blank) continue;
    // A credit in other words (boiler23) goes alone: "Photos by X" under an article's last paragraph closes no caption.
    if (creditWordsLine(line.text.trim()) && !CREDIT_LINE.test(line.text.trim()) && !SOURCE_LINE.test(line.text.trim())) {
      out.push({ ...trimmed(line), reason: 'credit', rule: 'credit-line' });
      continue;
    }
    if (OUTLET_NAME_CREDIT.test(line.text.trim()) || BRACKET_NAME_CREDIT.test(line.text.trim())) {
      out.push({ ...trimmed(line), reason: 'credit', rule: 'credit-line' });
      continue;
    }
    if (line.text.trim().length <= 80 && (CREDIT_LINE.test(line.text.trim()) || SOURCE_LINE.test(line.text.trim()))) {
      out.push({ ...trimmed(line), reason: 'credit', rule: 'credit-line' });
      const caption = captionAbove(lines, line.index);
      if (caption) out.push({ ...trimmed(caption), reason: 'caption', rule: 'caption-above-credit' });
      continue;
    }
    const span = trimmed(line);
    // Each match runs from a bracket to the next closing one, so the two lists do not overlap.
    const credits = [...matchesOf(line.text, PAREN_LEAD_CREDIT), ...matchesOf(line.text, PAREN_AGENCY_CREDIT)]
      .filter((m) => isCreditAtEnd(line.text, m.index! + m[0].length)).sort((a, b) => a.index! - b.index!);
    const trailing = trailingCredit(line.text) ?? DASH_CREDIT.exec(line.text) ?? signCredit(line.text) ?? wireCredit(line.text) ?? notSignoff(namedCredit(line.text), signoffs) ?? bareCredit(line.text) ?? FILE_TAG.exec(line.text) ?? courtesyCredit(line.text) ?? gluedCredit(line.text) ?? bracketSourceCredit(line.text);
    const isCaption = credits.length > 0 || trailing !== null || CAPTION_LEAD.test(line.text) || isDatedCaption(line.text);
    if (!isCaption) continue;
    const creditStart = credits.length ? line.start + credits[0].index! : trailing ? line.start + trailing.index : span.end;
    if (creditStart > span.start && isCaptionText(line.text.slice(span.start - line.start, creditStart - line.start))) {
      out.push({ start: span.start, end: trimEnd(line, creditStart), reason: 'caption', rule: credits.length || trailing ? 'caption-with-credit' : 'caption-line' });
    }
    if (creditStart < span.end) out.push({ start: creditStart, end: span.end, reason: 'credit', rule: 'photo-credit' });
    if (creditStart <= span.start && /^[([]?\s*(?:photograph|photos?|images?|pictures?|pic|illustration|credit)\b/i.test(line.text.trim())) {
      // A line that is only its credit ("Photograph: Jo Lee/AFP", "(Photo: Shaul Golan)") closes the caption above it.
      const caption = captionAbove(lines, line.index, /^[([]/.test(line.text.trim()));
      if (caption) out.push({ ...trimmed(caption), reason: 'caption', rule: 'caption-above-credit' });
    }
    const label = neighbour(lines, line.index, -1);
    if (label && isNameLabel(label.text) && label.index >= line.index - 2) {
      const s = trimmed(label);
      out.push({ start: s.start, end: s.end, reason: 'caption', rule: 'caption-name-label' });
    }
  }
  return out;
}

const MONTHS = 'Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|April|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?';
/**
 * A wire photo's caption ends in its place and full date, written as prose never is:
 * "..., Gaza Strip, Monday, March 3, 2025." (AP), "... in Kyiv, Ukraine March 3, 2025." (Reuters).
 */
const DATED_CAPTION = new RegExp(`(?:,\\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\\s*(?:${MONTHS})\\s+\\d{1,2},\\s*\\d{4}|(?<!\\b(?:on|since|until|by|from|in|of|to|and|before|after|between|[Oo]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Ii]n|[Oo]f)) (?<=[\\p{Lu}][\\p{Ll}]+ )(?:${MONTHS})\\s+\\d{1,2},\\s*\\d{4})\\.?$`, 'u');

/** "..., Port Sudan, Sudan, March 3, 2026.": the date after a comma and a capitalised place (VOA, AP without the weekday). */
const PLACE_DATE = new RegExp(`, (?:${MONTHS}) \\d{1,2}, \\d{4}\\.?$`, 'u');

function isDatedCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= 350 && endsWithYear(t) && (DATED_CAPTION.test(t) || placeDated(t)) && isCaptionText(t) && !/\b(?:said|says|told)\b|["“”]/.test(t);
}

function placeDated(t: string): boolean {
  const m = PLACE_DATE.exec(t);
  if (!m) return false;
  const before = t.slice(0, m.index);
  // A caption is in the present ("Smoke rises ..."); "The truce was signed in Doha, Qatar, March 3, 2025." is prose.
  return /^[\p{Lu}][\p{Ll}]+$/u.test(before.slice(before.lastIndexOf(' ') + 1)) && !/\b(?:was|were|had|has been|have been|will)\b/i.test(before);
}

/** The text ends in four digits and perhaps a full stop, as every DATED_CAPTION does: read from the end, not tried at every space. */
function endsWithYear(t: string): boolean {
  const end = t.charCodeAt(t.length - 1) === 46 ? t.length - 1 : t.length;
  if (end < 4) return false;
  for (let k = end - 4; k < end; k++) {
    const c = t.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Widgets between a caption and its credit: "hide caption", "toggle caption". */
const CAPTION_WIDGET = /^(?:hide caption|toggle caption|enlarge this image|expand|view image in fullscreen|show caption|open image in gallery)$/i;

/**
 * The caption a credit line closes: "Rescuers search the rubble in Kharkiv on Friday." above
 * "Sergei Supinsky/AFP via Getty Images". A sentence or two, not reported speech.
 */
function captionAbove(lines: Line[], i: number, bracketed = false): Line | null {
  let above = neighbour(lines, i, -1);
  while (above && CAPTION_WIDGET.test(above.text.trim())) above = neighbour(lines, above.index, -1);
  if (!above) return null;
  const t = above.text.trim();
  if (/\b(?:said|says|told|according to)\b|["“”]/.test(t)) return null;
  // Over a bracketed credit alone ("(Photo: Shaul Golan)"), a caption of a few words with no full stop: "Hostage Square in Tel Aviv".
  if (bracketed && t.length >= 12 && t.length <= 100 && !/[.!?:;,]$/.test(t) && /\p{Ll}/u.test(t)) return above;
  if (t.length < 20 || !/[.!]$|\d{4}$/.test(t)) return null;
  return isCaptionText(t) && t.length <= 300 ? above : null;
}

/** A caption is a sentence or two; a paragraph of prose that ends in "(AFP)" keeps its prose. */
function isCaptionText(text: string): boolean {
  const sentences = text.split(/(?<=[.!?]["”’]?)\s+(?=["“]?[\p{Lu}])/u).filter((x) => x.trim());
  return text.length <= 400 && sentences.length <= 2;
}

/** "(Kawnat Haju/AFP)", "(Israel Defense Forces)", "(IDF)"; not "(More)". */
function namedCredit(text: string): RegExpExecArray | null {
  const m = text.trim().length <= 400 ? NAMED_CREDIT.exec(text) : null;
  if (!m) return null;
  // After the caption's full stop, or after a bracket that follows it: "... test. (For Use Only in the Republic of Korea. No Redistribution) (Yonhap)".
  const at = bracketBefore(text, m.index);
  if (!afterStop(text, m.index, '.!?', '"”’') && !(at >= 0 && afterStop(text, at, '.!?', '"”’'))) return null;
  const inner = m[0].replace(/[()[\]]/g, '').trim();
  if (/\//.test(inner) || inner.split(/\s+/).length >= 2 || /^[\p{Lu}]{2,}$/u.test(inner)) return m;
  // One word, "(Frontier)": the outlet's own photo, on a caption that reports no speech.
  const caption = text.slice(0, m.index);
  return inner.length >= 3 && !ONE_WORD_NOT_CREDIT.test(inner) && !/\b(?:said|says|told|according)\b|["“”]/.test(caption) && caption.trim().length <= 250 ? m : null;
}

/** The agencies the page's datelines name: "VALLETTA, March 18 (ANI): ..." gives ANI. */
function datelineAgencies(lines: Line[]): Set<string> {
  const found = new Set<string>();
  for (const l of lines) {
    if (l.blank) continue;
    const m = DATELINE_SIGN.exec(l.text.slice(0, 120));
    if (m) found.add(m[1]);
  }
  return found;
}
const DATELINE_SIGN = /\d\s?\(([\p{Lu}]{2,6})\)\s?[:–—-]/u;

/** A one-word credit in capitals that the page's dateline names as its agency: "Further details are awaited. (ANI)" is the wire's sign-off, not a photo's credit. */
function notSignoff(m: RegExpExecArray | null, signoffs: Set<string>): RegExpExecArray | null {
  if (!m) return null;
  const inner = m[0].replace(/[()[\]]/g, '').trim();
  return signoffs.has(inner) ? null : m;
}

/** A note in brackets that the photo is old or handed out, ending a caption with or without its full stop: "... in Tripoli (Archive)", "... on Thursday. (File photo)", "(File photo: Social media)", "(Supplied)". */
// (With the agency behind a slash: "... on civilians. [File photo] / AP".)
const FILE_TAG = new RegExp(`[(\\[]\\s*(?:(?:file|archive|handout|representational|illustrative) (?:photo|picture|image|pic)(?::[^()\\[\\]\\n]{0,59}[^()\\[\\]\\s])?|archives?|supplied|handout|(?:photo|picture|image)s? (?:supplied|handout))\\s*[)\\]](?:\\s?/\\s?(?:${AGENCIES}))?\\.?\\s*$`, 'i');

/** Words in brackets at a paragraph's end that are no photo credit: "(More)", "(Updated)", "(Video)". */
const ONE_WORD_NOT_CREDIT = /^(?:more|updated?|corrected|correction|video|audio|photos?|opinion|analysis|explainer|watch|listen|live|end|translated|file|applause|laughter|sic|emphasis|continued|ends?)$/i;

/** Where the bracketed group that ends right before `at` (blanks aside) opens, or -1: "(A. B) (C)" gives the "(" of "(A. B)". */
function bracketBefore(text: string, at: number): number {
  let i = at;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i === 0 || (text[i - 1] !== ')' && text[i - 1] !== ']')) return -1;
  const open = text[i - 1] === ')' ? '(' : '[';
  const k = text.lastIndexOf(open, i - 2);
  return k >= 0 && i - k <= 120 && !/[()[\]]/.test(text.slice(k + 1, i - 1)) ? k : -1;
}

/**
 * "Photograph: Sergei Supinsky/AFP/Getty Images" at the end of a line: the lead, its colon, then
 * 1 to 80 characters to the end of the line (blanks after the colon aside). What
 * `\b(?:LEAD)\s*:\s*[^\n]{1,80}$` finds, without rescanning the end of the line from each lead.
 */
function trailingCredit(text: string): { index: number } | null {
  for (const m of matchesOf(text, TRAILING_LEAD)) {
    const rest = text.slice(m.index + m[0].length);
    const body = rest.trimStart();
    // Blanks only after the colon: the last of them (not a newline) is the credit.
    if (body === '' ? rest !== '' && !rest.endsWith('\n') : body.length <= 80 && !body.includes('\n')) return m;
  }
  return null;
}

/**
 * A credit glued to its caption by a scraper that dropped the break between them: "... outside the
 * port in MayCredit: Harbour Daily/Agency" (boiler23). The word "Credit" right after a small letter
 * or a stop, then a colon and at most 80 characters to the end of the line.
 */
function gluedCredit(text: string): { index: number } | null {
  const t = text.trimEnd();
  const at = t.lastIndexOf('Credit:');
  if (at < 1 || !/[\p{Ll}.!?)’'"”]/u.test(t[at - 1])) return null;
  const rest = t.slice(at + 7).trim();
  return rest.length >= 2 && rest.length <= 80 && /^[\p{Lu}\p{N}@]/u.test(rest) ? { index: at } : null;
}

/** A credit alone on its line in other words (CREDIT_WORDS_LINE): no stop at its end. */
function creditWordsLine(t: string): boolean {
  return t.length <= 80 && !/[.!?:;]$/.test(t) && CREDIT_WORDS_LINE.test(t);
}

/** Whether text[0, at) ends in a character of `stops`, then maybe one of `quotes`, then at most three blanks: `(?<=[STOPS][QUOTES]?\s{0,3})`. */
function afterStop(text: string, at: number, stops: string, quotes = ''): boolean {
  let i = at;
  while (i > 0 && at - i < 3 && /\s/.test(text[i - 1])) i--;
  if (i > 0 && stops.includes(text[i - 1])) return true;
  return i > 1 && quotes.includes(text[i - 1]) && stops.includes(text[i - 2]);
}

const SIGN_TAIL = /[\p{L}'’. ,&/-]/u;
/**
 * A credit after the caption's full stop, behind a © or a slash: "... 2025. © Jo Lee, AFP",
 * "... on July 11. / CJ". What `(?<=[.!]\s{0,3})(?:©|\(c\)|\/)\s*[\p{Lu}][\p{L}'’. ,&/-]{0,60}$`
 * finds: the capital that opens the credit is one of the last 61 characters, and all after it are
 * of the credit's characters; the earliest such capital with a sign before it wins.
 */
function signCredit(text: string): { index: number } | null {
  const end = text.length;
  // (Only the last 61 characters can hold the capital: the walk back stops there, not at the line's start.)
  const from = Math.max(0, end - 61);
  let r = end;
  while (r > from && SIGN_TAIL.test(text[r - 1])) r--;
  for (let q = r; q < end; q++) {
    if (!/\p{Lu}/u.test(text[q])) continue;
    let w = q;
    while (w > 0 && /\s/.test(text[w - 1])) w--;
    const sign = text[w - 1] === '©' || text[w - 1] === '/' ? 1 : text.slice(w - 3, w) === '(c)' && w >= 3 ? 3 : 0;
    if (sign && afterStop(text, w - sign, '.!')) return { index: w - sign };
  }
  return null;
}

const WIRE_AGENCY = /^(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|EPA-EFE)\//;
const WIRE_TAIL = /^[\p{L} .'’-]*$/u;
const WIRE_SUFFIXES = ['/File', '/Pool', '/Handout'].flatMap((x) => [x, `${x} Photo`]);
/**
 * An agency credit in capitals at the end of a caption: "... March 12, 2025. REUTERS/Danish Malik/File Photo".
 * What `(?<=[.!]\s{0,3})\b(?:AGENCY)\/[\p{L} .'’-]{2,60}(?:\/(?:File|Pool|Handout)(?: Photo)?)?\s*$`
 * finds; the credit is at most 83 characters before the blanks that end the line.
 */
function wireCredit(text: string): { index: number } | null {
  const end = text.trimEnd().length;
  let spaces = 0;
  while (text[end + spaces] === ' ') spaces++;
  for (let p = Math.max(0, end - 90); p < end; p++) {
    // Every agency opens on R, A, E or X.
    const first = text.charCodeAt(p);
    if (first !== 82 && first !== 65 && first !== 69 && first !== 88) continue;
    const agency = WIRE_AGENCY.exec(text.slice(p, p + 8));
    if (!agency || !afterStop(text, p, '.!')) continue;
    const tail = text.slice(p + agency[0].length, end);
    // The names, with as many of the blanks after them as they need; or the names, then "/File" ...
    const plain = WIRE_TAIL.test(tail) && tail.length <= 60 && tail.length + spaces >= 2;
    const filed = WIRE_SUFFIXES.some((x) => tail.endsWith(x) && tail.length - x.length >= 2 && tail.length - x.length <= 60 && WIRE_TAIL.test(tail.slice(0, -x.length)));
    if (plain || filed) return { index: p };
  }
  return null;
}

/**
 * A credit after the caption's full stop with no sign before it: "... under siege since 2015. AFP",
 * "... in January 2025. Photo ACTUALITE.CD.", "... Oddar Meanchey province. KT/Chor Sokunthea" (the
 * initials of the outlet, a slash, the photographer). Read in the last 80 characters of the line.
 */
const BARE_CREDIT = new RegExp(`[.!]\\s{1,3}((?:${AGENCIES})(?: Images| Photo)?|(?:Photo|Picture|Image)s? (?:by |courtesy (?:of )?)?[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&'’ -]{1,40}|(?:PHOTOS?|PICTURES?|IMAGES?|Photos?) ?\\| ?[\\p{Lu}][\\p{L}.&'’ -]{1,40}|(?:File|Archive) (?:photo|picture|image) ?: ?[\\p{Lu}][\\p{L}.&'’ /-]{1,40}|\\p{Lu}{2,6}\\/[\\p{Lu}][\\p{L}.'’ -]{1,40})$`, 'u');
/** "... on Tuesday. | Reuters", "... on civilians. / AP": a credit behind a bar or a slash after the caption's stop. */
const PIPE_CREDIT = /[.!]\s{1,3}([|/] ?[\p{Lu}][\p{L}\p{N}.&'’ \/-]{1,40})$/u;

function bareCredit(text: string): { index: number } | null {
  const t = text.trimEnd();
  const from = Math.max(0, t.length - 80);
  const m = BARE_CREDIT.exec(t.slice(from)) ?? PIPE_CREDIT.exec(t.slice(from));
  return m ? { index: from + m.index + m[0].length - m[1].length } : namedAgencyCredit(t);
}

const AGENCY_WORDS = new Set(AGENCIES.split('|'));
const FILE_PHOTO = /^(?:File|Archive|Handout|Illustrative|Representative|Representational) (?:photo|picture|image)\.?$/i;
/**
 * After the caption's last full stop, a photographer and the agency with no sign between ("... on
 * Feb. 27, 2026. Odelyn Joseph AP", "... Getty Images"), or a note that the photo is old ("...
 * Zabihullah Mujahid. File photo."). The tail is read word by word, not by an expression.
 */
function namedAgencyCredit(t: string): { index: number } | null {
  const body = t.endsWith('.') ? t.slice(0, -1) : t;
  let stop = -1;
  for (let k = body.length - 1; k > 0 && k >= body.length - 80; k--) if ((body[k - 1] === '.' || body[k - 1] === '!') && /\s/.test(body[k])) { stop = k; break; }
  if (stop < 0) return null;
  const tail = t.slice(stop).trimStart();
  const index = t.length - tail.length;
  if (FILE_PHOTO.test(tail)) return { index };
  const w = tail.split(' ');
  if (w.length < 2 || w.length > 5) return null;
  const two = w.length >= 3 && AGENCY_WORDS.has(w.slice(-2).join(' '));
  const names = w.slice(0, two ? -2 : -1);
  if (!two && !AGENCY_WORDS.has(w[w.length - 1])) return null;
  return names.length <= 3 && names.every((x) => /^[\p{Lu}][\p{L}'’-]+$/u.test(x)) ? { index } : null;
}

/** "... on March 15, 2026. (Antara/Courtesy of Intan Jaya regency)": a courtesy credit in brackets after the caption's stop. */
const COURTESY_CREDIT = /[(\[]\s?(?:[\p{Lu}][\p{L}.&'’-]*\s?\/\s?)?[Cc]ourtesy\s[^()\[\]\n]{2,60}[)\]]$/u;
/**
 * A bracketed credit of other kinds at the end of a caption (boiler23): "(Courtesy: X)", "(Photo via X)",
 * "(Social media)", "(X/@handle)". The first two may follow a caption with no full stop; the last two
 * only one with its stop.
 */
const BRACKET_VIA = /^(?:courtesy\s?[:,-]?|(?:photo|image|picture|video)s? (?:via|by|courtesy(?: of)?|from)) ?[\p{Lu}@]/iu;
const BRACKET_SOURCE = /^(?:social media|supplied|screengrab|screenshot|video grab|video screenshot|(?:X|Twitter|Facebook|Telegram|Instagram|TikTok) ?\/ ?@[\w.]{1,30}|@[\w.]{1,30})$/iu;
function bracketSourceCredit(text: string): { index: number } | null {
  const t = text.trimEnd().replace(/\.$/, '');
  if (!t.endsWith(')')) return null;
  const open = t.lastIndexOf('(');
  if (open < 1 || t.length - open > 80) return null;
  const inner = t.slice(open + 1, -1).trim();
  if (inner.includes('(')) return null;
  if (BRACKET_VIA.test(inner) && /[\p{L}.!]\s?$/u.test(t.slice(0, open)) && !/\b(?:said|says|told)\b/.test(t.slice(0, open))) return { index: open };
  if (BRACKET_SOURCE.test(inner) && afterStop(t, open, '.!')) return { index: open };
  return null;
}

function courtesyCredit(text: string): { index: number } | null {
  const t = text.trimEnd();
  const m = COURTESY_CREDIT.exec(t.slice(Math.max(0, t.length - 110)));
  if (!m) return null;
  const index = Math.max(0, t.length - 110) + m.index;
  return afterStop(t, index, '.!') ? { index } : null;
}

function isCreditAtEnd(text: string, end: number): boolean {
  const rest = text.slice(end);
  // (The page's byline glued to the credit by a scraper: "... (photo credit: REUTERS/NAME)ByREUTERS".)
  return rest.trim() === '' || /^[\s.]*$/.test(rest) || /^By[\p{Lu}][\p{L}.'’ ]{0,30}$/u.test(rest.trim());
}

function trimEnd(line: Line, at: number): number {
  let end = at;
  while (end > line.start && /\s/.test(line.text[end - line.start - 1])) end--;
  return end;
}

/** A photo label: two to five capitalised words and nothing else ("Donald Trump"). */
export function isNameLabel(text: string): boolean {
  const t = text.trim();
  if (t.length > 60 || /[.!?:;,"“”]$/.test(t)) return false;
  const words = t.split(/\s+/);
  return words.length >= 1 && words.length <= 5 && words.every((w) => /^[\p{Lu}][\p{L}'’.-]*$/u.test(w));
}
