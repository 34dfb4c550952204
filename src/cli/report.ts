// One line on stderr for each input that failed or needs a word: "detente: SOURCE: message".
// A file name may hold anything but "/" and NUL, a line break included: such a name is shown
// quoted, with its control characters escaped, so that every report stays one line.

// C0 and C1 controls, DEL, line and paragraph separators, and the replacement character (a
// name that did not decode).
const UNSHOWABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufffd]/;

/** The source as the user can read it and copy it: as given, or JSON-quoted when it holds control characters. */
export function shownSource(source: string): string {
  return UNSHOWABLE.test(source) ? JSON.stringify(source) : source;
}

export function reportLine(source: string, message: string): string {
  return `detente: ${shownSource(source)}: ${message}\n`;
}
