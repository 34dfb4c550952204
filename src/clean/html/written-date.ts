// Turns the date strings pages write in their metadata into YYYY-MM-DD, keeping the date as
// written: "2019-11-19T23:30:00-05:00" is 2019-11-19, not the UTC day after.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function ymd(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthOf = (name: string): number | undefined => MONTHS[name.slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[name.slice(0, 3).toLowerCase()];

/** The calendar date a metadata string states, as YYYY-MM-DD, or null when it states none. */
export function writtenDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = value.trim();
  // 2019-11-19, 2019-11-19T10:00:00Z, 2019/11/19, 2019.11.19
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  // 20191119 (compact ISO 8601)
  m = /^(\d{4})(\d{2})(\d{2})(?:T|$)/.exec(s);
  if (m) return ymd(+m[1], +m[2], +m[3]);
  // Tue, 19 Nov 2019 ... / 19 November 2019
  m = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m && monthOf(m[2])) return ymd(+m[3], monthOf(m[2])!, +m[1]);
  // November 19, 2019 / Tuesday, Nov. 19 2019
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m && monthOf(m[1])) return ymd(+m[3], monthOf(m[1])!, +m[2]);
  return null;
}
