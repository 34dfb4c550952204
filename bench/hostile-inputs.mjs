// Inputs built to hurt the text pipeline, of any size, the same every time (a fixed-seed
// generator): shared by bench/hostile.mjs (the time curve) and test/hostile.test.ts (the bound).

/** A small linear congruential generator: the same letters on every run and machine. */
function letters(seed) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return String.fromCharCode(97 + (s % 26));
  };
}

/** Cycles through `parts` until `n` characters. */
function repeatTo(parts, n) {
  let out = '';
  for (let i = 0; out.length < n; i++) out += parts[i % parts.length];
  return out.slice(0, n);
}

const NEWS = ['Putin', 'said', 'the', 'talks', 'in', 'Geneva', 'would', 'resume', 'on', 'Monday', 'after', 'Russian', 'drones', 'struck',
  'Kyiv', 'according', 'to', 'Ukrainian', 'officials', 'ceasefire', 'demands', 'NATO', 'troops', 'killed', 'three', 'village', 'of'];

const KINDS = {
  /** One line of letters with no space: one "word" the size of the input. */
  letters: (n) => { const next = letters(1); let s = ''; while (s.length < n) s += next(); return s; },
  /** One line of words with spaces and no punctuation: one sentence the size of the input. */
  'words-line': (n) => { const next = letters(2); let s = ''; let i = 0; while (s.length < n) s += NEWS[(next().charCodeAt(0) + i++) % NEWS.length] + ' '; return s.slice(0, n); },
  /** The same punctuation mark over and over, no space. */
  dots: (n) => '.'.repeat(n),
  /** Mixed punctuation, no space. */
  punctuation: (n) => repeatTo(['!?,;:-"(’”)…'], n),
  /** Punctuation with spaces: a token and a sentence every two characters. */
  'dots-spaced': (n) => repeatTo(['. '], n),
  /** One short sentence repeated. */
  'said-repeat': (n) => repeatTo(['Putin said. '], n),
  /** A news sentence repeated, paragraphs of three, a title on top. */
  'news-repeat': (n) => 'Talks resume in Geneva\n\n' + repeatTo(['Russian drones struck Kyiv on Monday, Ukrainian officials said. ',
    'Putin said the talks in Geneva would resume after the ceasefire, according to the Kremlin. ', 'Zelensky demands that NATO troops stay.\n\n'], n),
  /** A quote of three sentences with its speaker after it, repeated: each inner sentence is a claim the quote's claim covers. */
  'quotes-repeat': (n) => repeatTo(['"The talks will go on. We will not give up. We never will," Zelensky said. '], n),
  /** Line breaks with a lower-case word on each line: hard-wrapped text that never ends a sentence. */
  'wrapped-lines': (n) => repeatTo(['and the talks\n', 'in geneva\n'], n),
  /** Capitalised words: every one could start a name. */
  'capitals': (n) => repeatTo(['Kyiv Moscow Geneva Putin Zelensky Minister President Foreign '], n),
  /** Quotes opened and never closed. */
  'open-quotes': (n) => repeatTo(['“Putin said ', '"we ', '‘no ', '('], n),
};

export const HOSTILE_KINDS = Object.keys(KINDS);

/** The input of `kind` at `n` UTF-16 code units (about n bytes: they are ASCII but for a few marks). */
export function hostileText(kind, n) {
  const make = KINDS[kind];
  if (!make) throw new Error(`unknown hostile input kind: ${kind}`);
  return make(n);
}
