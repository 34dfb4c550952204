// Human-readable tables for the query commands: columns padded to their widest cell, long
// cells cut with an ellipsis. --json gives the full rows instead.
export type Cell = string | number | null | undefined;

export function formatTable(headers: string[], rows: Cell[][], maxCell = 48): string {
  const text = (c: Cell) => {
    const s = c === null || c === undefined ? '-' : String(c).replace(/\s+/g, ' ');
    return s.length > maxCell ? `${s.slice(0, maxCell - 1)}…` : s;
  };
  const cells = rows.map((r) => r.map(text));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** A path or URL cut from the left: its end names the file. */
export function tail(s: string, max = 40): string {
  return s.length > max ? `…${s.slice(-(max - 1))}` : s;
}
