// Every match of a global regular expression, as String.prototype.matchAll gives them, read with
// the expression itself.
//
// matchAll copies its expression at each call (the copy keeps the original's lastIndex untouched),
// and V8 finds the copy's compiled code in a cache it ages at every full collection: an
// expression a batch asks less often than every other full collection was parsed and compiled
// again, twice (to bytecode, then to machine code, at its second use). Over the 181 HTML pages
// that was about a thousand compiles of module constants, some of expressions of a thousand
// characters with \p{L} classes (docs/performance.md, session 22). `exec` on the expression
// itself uses the code it holds.
//
// The same matches in the same order: the search starts at the expression's lastIndex (matchAll
// reads it too), an empty match moves on by one code unit (by a code point with flag "u"), and
// the expression's lastIndex is as it was before. The matches are collected at once (matchAll
// gives them one at a time), so a caller that stops early has had them all searched for.

/** The matches of `re` (flag "g") in `text`, in order; `re.lastIndex` is left as it was. */
export function matchesOf(text: string, re: RegExp): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf needs an expression with flag "g": ${re}`);
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = nextIndex(text, re.lastIndex, re.unicode || re.flags.includes('v'));
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

/** AdvanceStringIndex of ECMA-262: one code unit, or a whole surrogate pair in Unicode mode. */
function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  if (high < 0xd800 || high > 0xdbff) return at + 1;
  const low = text.charCodeAt(at + 1);
  return low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}
