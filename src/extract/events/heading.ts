// A subheading inside an article ("- Drone, missile attacks -", "Talks in Geneva") names
// what the next sentences tell; an event found there would be told twice, and without the
// actors the heading leaves out. A line is a heading when it is short and has no full stop.
const MARKED = /^\s*[-–—•*]\s.*\s[-–—]\s*$/;

// "‘Precision strike’": a subheading quoting a phrase of the story is a heading all the same.
const QUOTED = /^(['‘"“])([^'‘’"“”\n]*)(['’"”])$/u;

export function isHeading(sentence: string): boolean {
  const trimmed = sentence.trim();
  const text = trimmed.replace(QUOTED, '$2');
  if (MARKED.test(text)) return true;
  return !/[.!?:;"”’')\]]$/.test(text) && text.split(/\s+/).length < 8 && !text.includes('\n') && /^[\p{Lu}\d-]/u.test(text);
}
