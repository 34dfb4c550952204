// Strings the rules' regular expressions read fastest.
//
// A slice of a text holding one character above U+00FF (a curly quote, a dash: most news
// copy) is stored by V8 in two bytes a character, as its parent is, even when the slice itself
// is plain ASCII; V8 then runs each expression in its two-byte form, which measured two to
// three times slower in the pipeline (the case-insensitive expressions that test what stands
// before a cue). A copy of such a slice in one byte a character is the same string to every
// JavaScript operation, and is read faster.

/** `s` itself, or (when all its characters are Latin-1) the same characters stored one byte each. */
export function oneByte(s: string): string {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0xff) return s;
  return Buffer.from(s, 'latin1').toString('latin1');
}
