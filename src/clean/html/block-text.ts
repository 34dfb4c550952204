// Turns an element of the extracted article into plain text: one paragraph per block
// (p, li, h2-h6, blockquote, pre, table row ...), paragraphs separated by a blank line,
// runs of spaces inside a paragraph collapsed to one. A single <br> is a line break inside
// the paragraph; two in a row end it. Cells of a table row are joined with " | ".
import { TEXT_NODE, type TreeElement } from './dom.js';

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
/** Elements whose text is never prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'button', 'head', 'title']);

// Any run of Unicode spaces, line breaks included: in HTML a line break in the source is a space.
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;
const CELL_SEPARATOR = ' | ';

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private line = '';
  private lines: string[] = [];

  text(s: string): void {
    this.line += s;
  }
  /** A <br>: a new line; a <br> on an empty line ends the paragraph. */
  lineBreak(): void {
    if (!this.endLine() && this.lines.length > 0) this.flush();
  }
  /** Text of a <pre>: its line breaks are kept, spaces inside a line collapsed. */
  preformatted(s: string): void {
    s.split(/\r?\n/).forEach((row, i) => {
      if (i > 0) this.endLine();
      this.line += row;
    });
  }
  /** Ends the current paragraph, if it has any text. */
  flush(): void {
    this.endLine();
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }
  /** Ends the current line; false when it was empty. */
  private endLine(): boolean {
    const line = trimCells(this.line.replace(SPACES, ' ').trim());
    this.line = '';
    if (!line) return false;
    this.lines.push(line);
    return true;
  }
}

/** A line that starts or ends with a cell separator: the separator is not text. */
function trimCells(line: string): string {
  let out = line;
  while (out.startsWith('|')) out = out.slice(1).trimStart();
  while (out.endsWith(' |')) out = out.slice(0, -2).trimEnd();
  return out;
}

function walk(node: TreeElement, out: ParagraphWriter, inPre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) {
      if (inPre) out.preformatted(child.data);
      else out.text(child.data);
      continue;
    }
    const name = child.localName;
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
    } else if (name === 'td' || name === 'th') {
      out.text(CELL_SEPARATOR);
      walk(child, out, inPre);
    } else if (BLOCK.has(name)) {
      out.flush();
      walk(child, out, inPre || name === 'pre');
      out.flush();
    } else {
      walk(child, out, inPre);
    }
  }
}

/** The paragraphs of an element's text, in document order, none empty. */
export function paragraphsOf(root: TreeElement): string[] {
  const out = new ParagraphWriter();
  walk(root, out, false);
  out.flush();
  return out.paragraphs;
}
