// Lines and paragraphs of a text, as spans: the unit most boilerplate rules look at.
import type { Span } from './model.js';
import { oneByte } from './one-byte.js';

export interface Line extends Span {
  /** The line's text without its newline. */
  text: string;
  /** Index of the line in the text. */
  index: number;
  blank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      const t = oneByte(text.slice(start, i));
      lines.push({ start, end: i, text: t, index: lines.length, blank: t.trim() === '' });
      start = i + 1;
    }
  }
  return lines;
}

/** The span of a line without its leading and trailing white space. */
export function trimmed(line: Line): Span {
  const lead = line.text.length - line.text.trimStart().length;
  const trail = line.text.length - line.text.trimEnd().length;
  return { start: line.start + lead, end: line.end - trail };
}

/** The nearest non-blank line before (dir -1) or after (dir 1) line `i`, or null. */
export function neighbour(lines: Line[], i: number, dir: 1 | -1): Line | null {
  for (let j = i + dir; j >= 0 && j < lines.length; j += dir) if (!lines[j].blank) return lines[j];
  return null;
}

export function sortSpans<T extends Span>(spans: T[]): T[] {
  return [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
}


export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
