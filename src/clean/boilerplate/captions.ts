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
const TRAILING_CREDIT = new RegExp(`\\b(?:${CREDIT_LEAD}|Photo credit)\\s*:\\s*[^\\n]{1,80}$`);
/** Lines that announce themselves as captions: "Image caption, ...". */
const CAPTION_LEAD = /^\s*(?:image|photo|video|media)\s+caption\b|^\s*(?:caption|pictured|above|below|left|right|top|bottom)\s*:/i;

/** A line that is only a credit: "AFP via Getty Images", "Sergei Supinsky/AFP", "Reuters/Alina Smutko". */
const CREDIT_LINE = new RegExp(`^(?:[\\p{L}.' -]{0,40}[/|]\\s*)?(?:${AGENCIES})(?:\\s*(?:via|/|-|–)\\s*(?:${AGENCIES}))*(?:\\s+Images|\\s+Photo|\\s+Pictures)?(?:\\s*[/|]\\s*[\\p{L}.' -]{0,40})?$`, 'u');

export function findCaptions(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    if (line.text.trim().length <= 80 && CREDIT_LINE.test(line.text.trim())) {
      out.push({ ...trimmed(line), reason: 'credit', rule: 'credit-line' });
      continue;
    }
    const span = trimmed(line);
    const credits = [...line.text.matchAll(PAREN_CREDIT)].filter((m) => isCreditAtEnd(line.text, m.index! + m[0].length));
    const trailing = TRAILING_CREDIT.exec(line.text);
    const isCaption = credits.length > 0 || trailing !== null || CAPTION_LEAD.test(line.text);
    if (!isCaption) continue;
    const creditStart = credits.length ? line.start + credits[0].index! : trailing ? line.start + trailing.index : span.end;
    if (creditStart > span.start) {
      out.push({ start: span.start, end: trimEnd(line, creditStart), reason: 'caption', rule: 'caption-with-credit' });
    }
    if (creditStart < span.end) out.push({ start: creditStart, end: span.end, reason: 'credit', rule: 'photo-credit' });
    const label = neighbour(lines, line.index, -1);
    if (label && isNameLabel(label.text) && label.index >= line.index - 2) {
      const s = trimmed(label);
      out.push({ start: s.start, end: s.end, reason: 'caption', rule: 'caption-name-label' });
    }
  }
  return out;
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
