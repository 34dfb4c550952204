// Photo captions and their credits: "Experts say ... are met (Image: Getty Images)".
// A line that ends in a credit is a caption; the short name line just above it (a photo's
// label, "Vladimir Putin") is part of it. The credit itself is reported as `credit`.
import type { Removed } from '../../doc/model.js';
import { type Line, neighbour, trimmed } from '../../doc/lines.js';

const AGENCIES = 'Getty|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA|Anadolu|Bloomberg|SOPA|NurPhoto|Sipa|Xinhua|TASS|Sputnik|Pool|Handout|Press Association|Associated Press';
const CREDIT_LEAD = '(?:Image|Images|Photo|Photos|Photograph|Picture|Pictures|Pic|Credit|Source|Video|Footage|Illustration)s?';
/** "(Image: Getty Images)", "(Photo: AFP via Getty Images)", "[Reuters]". */
const PAREN_CREDIT = new RegExp(`[(\\[]\\s*(?:${CREDIT_LEAD})\\s*:[^()\\[\\]\\n]{1,80}[)\\]]|[(\\[]\\s*(?:[^()\\[\\]\\n]{0,40}\\b(?:${AGENCIES})\\b[^()\\[\\]\\n]{0,40})[)\\]]\\s*$`, 'g');
/** "Photograph: Sergei Supinsky/AFP/Getty Images" at the end of a line. */
const TRAILING_CREDIT = new RegExp(`\\b(?:${CREDIT_LEAD}|Photo [Cc]redit|PHOTO)\\s*:\\s*[^\\n]{1,80}$`);
/** A line that is only a credit lead: "Image source, Getty Images". */
const SOURCE_LINE = /^(?:image|photo|picture|video) (?:source|credit)s?\s*[,:]\s*\S[^\n]{0,60}$/i;
/** Lines that announce themselves as captions: "Image caption, ...", "FILE - ...", "[1/3] ...", "Illustrative: ...". */
const CAPTION_LEAD = /^\s*(?:image|photo|video|media)\s+caption\b|^\s*(?:caption|pictured|above|below|left|right|top|bottom|illustrative(?: photo| image)?|file(?: photo| picture| image)?|representational (?:image|photo|picture)|photo|in this (?:photo|picture|image)[^:]{0,40})\s*[:|]|^\s*(?:file )?(?:photo|image|picture)s? (?:(?:is |are )?used )?(?:for|is) (?:representational|representation|illustrative|illustration)|^\s*FILE\s+[-–—]\s|^\s*\[\d+\/\d+\]|^\s*Item \d+ of \d+\s/i;
/** A credit after a dash at the end of a caption: "... in Chaman. — AFP/File", "— Photo courtesy: Foreign Office". */
const DASH_CREDIT = new RegExp(`\\s[—–-]\\s*(?:(?:${AGENCIES}|[\\p{Lu}][\\p{L}.]+ Photo)(?:\\s*/\\s*(?:File|Files|${AGENCIES}))*|(?:File photo|Photo courtesy|Photo|Courtesy|Screengrab|Screenshot|Handout)\\b[^\\n]{0,60})\\s*$`, 'u');
/** A credit after the caption's full stop, behind a © or a slash: "... 2025. © Jo Lee, AFP", "... on July 11. / CJ". */
const SIGN_CREDIT = /(?<=[.!]\s{0,3})(?:©|\(c\)|\/)\s*[\p{Lu}][\p{L}'’. ,&/-]{0,60}$/u;
/** An agency credit in capitals at the end of a caption: "... March 12, 2025. REUTERS/Danish Malik/File Photo". */
const WIRE_CREDIT = /(?<=[.!]\s{0,3})\b(?:REUTERS|AFP|AP|EPA|XINHUA|ANADOLU|EPA-EFE)\/[\p{L} .'’-]{2,60}(?:\/(?:File|Pool|Handout)(?: Photo)?)?\s*$/u;
/** A credit in brackets after the caption's full stop: "... February 28, 2025. (Kawnat Haju/AFP)", "(Israel Defense Forces)". */
// (Words are joined by a slash or comma, or by spaces with an optional "via", "of" ...: with the
// joint optional as well, "(ABCDEFGH" could be cut into words in exponentially many ways.)
const NAMED_CREDIT = /(?<=[.!?]["”’]?\s{0,3})[(\[]\s*[\p{Lu}][\p{L}'’.&-]*(?:(?:\s*[\/,]\s*|\s+(?:(?:via|of|the|for|and|-)\s*)?)[\p{Lu}][\p{L}'’.&-]*)*\s*[)\]]\s*$/u;

/** A line that is only a credit: "AFP via Getty Images", "Sergei Supinsky/AFP", "Reuters/Alina Smutko". */
const CREDIT_LINE = new RegExp(`^(?:[\\p{L}.' -]{0,40}[/|]\\s*)?(?:${AGENCIES})(?:\\s*(?:via|/|-|–)\\s*(?:${AGENCIES}))*(?:\\s+Images|\\s+Photo|\\s+Pictures)?(?:\\s*[/|]\\s*[\\p{L}.' -]{0,40})?$`, 'u');

export function findCaptions(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    if (line.text.trim().length <= 80 && (CREDIT_LINE.test(line.text.trim()) || SOURCE_LINE.test(line.text.trim()))) {
      out.push({ ...trimmed(line), reason: 'credit', rule: 'credit-line' });
      const caption = captionAbove(lines, line.index);
      if (caption) out.push({ ...trimmed(caption), reason: 'caption', rule: 'caption-above-credit' });
      continue;
    }
    const span = trimmed(line);
    const credits = [...line.text.matchAll(PAREN_CREDIT)].filter((m) => isCreditAtEnd(line.text, m.index! + m[0].length));
    const trailing = TRAILING_CREDIT.exec(line.text) ?? DASH_CREDIT.exec(line.text) ?? SIGN_CREDIT.exec(line.text) ?? WIRE_CREDIT.exec(line.text) ?? namedCredit(line.text);
    const isCaption = credits.length > 0 || trailing !== null || CAPTION_LEAD.test(line.text) || isDatedCaption(line.text);
    if (!isCaption) continue;
    const creditStart = credits.length ? line.start + credits[0].index! : trailing ? line.start + trailing.index : span.end;
    if (creditStart > span.start && isCaptionText(line.text.slice(span.start - line.start, creditStart - line.start))) {
      out.push({ start: span.start, end: trimEnd(line, creditStart), reason: 'caption', rule: credits.length || trailing ? 'caption-with-credit' : 'caption-line' });
    }
    if (creditStart < span.end) out.push({ start: creditStart, end: span.end, reason: 'credit', rule: 'photo-credit' });
    if (creditStart <= span.start && /^(?:photograph|photos?|images?|pictures?|pic|illustration|credit)\b/i.test(line.text.trim())) {
      // A line that is only its credit ("Photograph: Jo Lee/AFP") closes the caption above it.
      const caption = captionAbove(lines, line.index);
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

function isDatedCaption(text: string): boolean {
  const t = text.trim();
  return t.length <= 350 && DATED_CAPTION.test(t) && isCaptionText(t) && !/\b(?:said|says|told)\b|["“”]/.test(t);
}

/** Widgets between a caption and its credit: "hide caption", "toggle caption". */
const CAPTION_WIDGET = /^(?:hide caption|toggle caption|enlarge this image|expand|view image in fullscreen|show caption|open image in gallery)$/i;

/**
 * The caption a credit line closes: "Rescuers search the rubble in Kharkiv on Friday." above
 * "Sergei Supinsky/AFP via Getty Images". A sentence or two, not reported speech.
 */
function captionAbove(lines: Line[], i: number): Line | null {
  let above = neighbour(lines, i, -1);
  while (above && CAPTION_WIDGET.test(above.text.trim())) above = neighbour(lines, above.index, -1);
  if (!above) return null;
  const t = above.text.trim();
  if (t.length < 20 || !/[.!]$|\d{4}$/.test(t) || /\b(?:said|says|told|according to)\b|["“”]/.test(t)) return null;
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
  const inner = m[0].replace(/[()[\]]/g, '').trim();
  return /\//.test(inner) || inner.split(/\s+/).length >= 2 || /^[\p{Lu}]{2,}$/u.test(inner) ? m : null;
}

function isCreditAtEnd(text: string, end: number): boolean {
  return text.slice(end).trim() === '' || /^[\s.]*$/.test(text.slice(end));
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
