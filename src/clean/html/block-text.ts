// Turns an element of the extracted article into plain text: one paragraph per block
// (p, li, h2-h6, blockquote, pre, table row ...), paragraphs separated by a blank line,
// runs of spaces inside a paragraph collapsed to one.

/** Elements that start and end a paragraph of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul', 'html',
]);
/** Elements whose text is never prose. */
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'select', 'button', 'head', 'title']);

const ELEMENT = 1;
const TEXT = 3;
// Every Unicode space except the line breaks, which only <br> and <pre> make.
const SPACES = /[\s\u00a0\u2000-\u200a\u202f\u205f\u3000\ufeff]+/g;

/** The structural surface of a DOM node used here (linkedom and browsers both provide it). */
interface TreeNode {
  nodeType: number;
  localName?: string;
  nodeValue: string | null;
  firstChild: TreeNode | null;
  nextSibling: TreeNode | null;
}

class ParagraphWriter {
  readonly paragraphs: string[] = [];
  private line = '';
  private lines: string[] = [];

  text(s: string): void {
    this.line += s;
  }
  /** A <br>: a new line; two in a row end the paragraph. */
  lineBreak(): void {
    const line = this.line.replace(SPACES, ' ').trim();
    this.line = '';
    if (line) this.lines.push(line);
    else if (this.lines.length > 0) this.flush();
  }
  /** Preformatted text keeps its line breaks; spaces inside a line are collapsed. */
  preformatted(s: string): void {
    const rows = s.split(/\r?\n/);
    rows.forEach((row, i) => {
      if (i > 0) this.lineBreakKeepingBlank();
      this.line += row;
    });
  }
  private lineBreakKeepingBlank(): void {
    const line = this.line.replace(SPACES, ' ').trim();
    this.line = '';
    if (line) this.lines.push(line);
  }
  /** Ends the current paragraph, if it has any text. */
  flush(): void {
    const line = this.line.replace(SPACES, ' ').trim();
    this.line = '';
    if (line) this.lines.push(line);
    if (this.lines.length > 0) this.paragraphs.push(this.lines.join('\n'));
    this.lines = [];
  }
}

function walk(node: TreeNode, out: ParagraphWriter, inPre: boolean): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT) {
      const value = child.nodeValue ?? '';
      if (inPre) out.preformatted(value);
      else out.text(value);
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const name = child.localName ?? '';
    if (SKIP.has(name)) continue;
    if (name === 'br') {
      out.lineBreak();
      continue;
    }
    if (name === 'td' || name === 'th') {
      // Cells of a row stay on one line, set apart so their words do not run together.
      out.text(' | ');
      walk(child, out, inPre);
      continue;
    }
    if (BLOCK.has(name)) {
      out.flush();
      walk(child, out, inPre || name === 'pre');
      out.flush();
      continue;
    }
    walk(child, out, inPre);
  }
}

/** The paragraphs of an element's text, in document order. */
export function paragraphsOf(root: TreeNode): string[] {
  const out = new ParagraphWriter();
  walk(root, out, false);
  out.flush();
  // A row's leading cell separator is not text.
  return out.paragraphs.map((p) => p.replace(/^\|\s*/, '').replace(/\s*\|$/, '')).filter((p) => p.length > 0);
}
