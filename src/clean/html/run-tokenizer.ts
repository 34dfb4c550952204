// parse5's tokenizer, reading runs of plain characters at once. The WHATWG tokenizer reads a
// page a code point at a time, through a switch on its state; in most states most characters
// do nothing but join the text, comment or attribute value being read ("anything else: emit
// the character"). Here, after a state has handled such a character, the characters that would
// be handled the same way right after it are taken in one step: the scan stops before the first
// one the state treats otherwise (`<` in a script, `&` in text, the closing quote of an
// attribute value, `-` in a comment), and before a carriage return or a NUL, which the
// preprocessor or the state rewrite. What parse5 builds is unchanged, node for node
// (test/run-tokenizer.test.ts compares the two trees on generated markup): only the number of
// turns of its loop is. More than half of a news page is script and style text, which the
// tokenizer read character by character only to find where it ends.
//
// It relies on parse5's protected tokenizer API (the run `[runStart, runEnd)` of the input the
// current text is taken from, and the state methods), pinned at the version package.json names.
import { Parser, Tokenizer, Token, type ParserOptions, type TreeAdapterTypeMap, type DefaultTreeAdapterMap } from 'parse5';

/**
 * A table of the characters that end a run, by code unit up to U+007F; index 128 says whether
 * the characters from U+0080 on do (only in a run of whitespace).
 */
function stops(chars: string): Uint8Array {
  const table = new Uint8Array(129);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  // A CR is read as LF and the LF after it dropped; a NUL is reported and may be replaced.
  table[0x0d] = 1;
  table[0x00] = 1;
  return table;
}

const WHITESPACE = '\t\n\f ';
/** Text between tags, in a run of other than whitespace (parse5 keeps whitespace in tokens of their own). */
const DATA_WORD = stops(`<&${WHITESPACE}`);
/** Text between tags, in a run of whitespace: anything else ends it. */
const DATA_SPACE = (() => {
  const table = new Uint8Array(129).fill(1);
  for (const c of WHITESPACE) table[c.charCodeAt(0)] = 0;
  table[0x0d] = 1;
  return table;
})();
/** The text of a script, a style and the other raw-text elements: only `<` may end them. */
const RAW_TEXT = stops('<');
const COMMENT = stops('-<');
const DOUBLE_QUOTED = stops('"&');
const SINGLE_QUOTED = stops("'&");
const CR = 0x0d;

export class RunTokenizer extends Tokenizer {
  /**
   * Takes the characters after the current one up to the first that `table` stops at into
   * the current run, as if each had been read and handled as the current one was. Only when
   * the current character was joined to the run (it ends it) and was not a CR.
   */
  private takeRun(table: Uint8Array): void {
    const input = this.preprocessor;
    const { html, pos } = input;
    if (this.runEnd !== pos + 1 || html.charCodeAt(pos) === CR) return;
    let end = pos + 1;
    const length = html.length;
    while (end < length) {
      const c = html.charCodeAt(end);
      if (table[c < 128 ? c : 128] === 1) break;
      end++;
    }
    if (end === pos + 1) return;
    this.runEnd = end;
    input.pos = end - 1;
    this.consumedAfterSnapshot += end - pos - 1;
  }

  /** Whether runs may be taken: not when parse5 tracks positions or reports errors, which it does a character at a time. */
  private get plain(): boolean {
    return !this.options.sourceCodeLocationInfo && !this.handler.onParseError;
  }

  /** After a character `table` does not stop at was handled: takes the run that follows it. */
  private runFrom(cp: number, table: Uint8Array): void {
    if (cp > 0 && (cp > 127 || table[cp] === 0) && this.plain) this.takeRun(table);
  }

  protected override _stateData(cp: number): void {
    super._stateData(cp);
    // A character of text ("anything else") was emitted into a character token of its kind.
    if (cp > 0 && (cp > 127 || DATA_WORD[cp] === 0 || DATA_SPACE[cp] === 0) && this.plain) {
      const token = this.currentCharacterToken;
      if (token?.type === Token.TokenType.CHARACTER) this.takeRun(DATA_WORD);
      else if (token?.type === Token.TokenType.WHITESPACE_CHARACTER) this.takeRun(DATA_SPACE);
    }
  }

  protected override _stateRawtext(cp: number): void {
    super._stateRawtext(cp);
    this.runFrom(cp, RAW_TEXT);
  }

  protected override _stateScriptData(cp: number): void {
    super._stateScriptData(cp);
    this.runFrom(cp, RAW_TEXT);
  }

  protected override _stateComment(cp: number): void {
    super._stateComment(cp);
    this.runFrom(cp, COMMENT);
  }

  protected override _stateAttributeValueDoubleQuoted(cp: number): void {
    super._stateAttributeValueDoubleQuoted(cp);
    this.runFrom(cp, DOUBLE_QUOTED);
  }

  protected override _stateAttributeValueSingleQuoted(cp: number): void {
    super._stateAttributeValueSingleQuoted(cp);
    this.runFrom(cp, SINGLE_QUOTED);
  }
}

/** parse5's parser with the tokenizer above. */
export class RunParser<T extends TreeAdapterTypeMap = DefaultTreeAdapterMap> extends Parser<T> {
  constructor(options?: ParserOptions<T>, document?: T['document'], fragmentContext?: T['element'] | null) {
    super(options, document, fragmentContext);
    const inForeignNode = this.tokenizer.inForeignNode;
    this.tokenizer = new RunTokenizer(this.options, this);
    this.tokenizer.inForeignNode = inForeignNode;
  }
}

/** Parses a whole page as parse5's `parse` does. */
export function parseRuns<T extends TreeAdapterTypeMap = DefaultTreeAdapterMap>(html: string, options?: ParserOptions<T>): T['document'] {
  return RunParser.parse<T>(html, options);
}
