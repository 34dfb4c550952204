// CSV as RFC 4180 says: CRLF line ends, a field quoted when it holds a comma, a quote or a line
// break, quotes doubled. UTF-8 with a byte-order mark, so that a spreadsheet reads the accents.
export type CsvValue = string | number | boolean | null;

export function csvField(v: CsvValue): string {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvLine(values: CsvValue[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

export const CSV_BOM = '\uFEFF';
