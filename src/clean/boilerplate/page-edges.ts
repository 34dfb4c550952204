// The edges of a scraped page: above the first paragraph of prose sit section labels,
// author names and share buttons ("Asia Pacific", "Olena Marchenko", "Save"), and the
// headline again; below the last one, under the page's furniture, topic labels and headlines
// of other stories. A label is a short line with no full stop; list items are left alone.
import type { Removed } from '../../doc/model.js';
import { type Line, neighbour, trimmed } from '../../doc/lines.js';
import { isBullet, isHeadline, isLabel, isProse, words } from './line-shape.js';
import { findArticleSpan, isParagraph, MAX_GAP } from './article-span.js';
import { isAuthorBio } from './bylines.js';

/** Stamps and times also open a list of dates: they do not mark the page's foot. */
const WEAK = new Set(['date-stamp', 'liveblog-timestamp', 'posted-dateline']);

const FURNITURE = new Set(['byline', 'credit', 'caption', 'navigation']);

/** The page's widgets, which a run of the article's paragraphs does not cross (captions and bylines it does). */
const WIDGET = new Set(['related', 'promo', 'navigation']);

const COMMENT_AUTHOR = /\s(?:says|said|wrote|writes|replied|commented)\s*:$/i;

/**
 * The heading of readers' comments or of the form to write one: "Leave a Reply", "167 comments",
 * "[ 12 comments ]", "Comments (4)", "Top Rated Comments", "Comments are closed.", "Join the
 * conversation". Below the article, everything after it is the page's.
 */
const COMMENTS_HEAD = /^[[(]?\s*(?:\d[\d,.]*k?\s+(?:comments?|responses?|replies|reactions)|comments?(?:\s*[([]\d[\d,.]*k?)?|(?:top|most) (?:rated|recent|popular|liked) comments|(?:show|view|read|see) (?:all )?(?:\d+ )?comments|(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)(?: cancel reply)?|laisser un commentaire|laisser une réponse|deja un comentario|dejar un comentario|comments? (?:are )?closed|join the (?:conversation|discussion|debate)|reader(?:s'|s)? comments|conversation|discussion(?:\s*\(\d+)?|(?:\d+ )?thoughts? on \S.{0,119}|tell us what you think|what do you think)$/i;

/** Only a comments section opens with these, never a share bar at the article's top ("12 Comments"). */
const COMMENTS_OPEN = /^(?:(?:top|most) (?:rated|recent|popular|liked) comments|(?:leave|post|add|write|submit) (?:a|your) (?:reply|comment|response)(?: cancel reply)?|laisser un commentaire|laisser une réponse|deja un comentario|dejar un comentario|comments? (?:are )?closed|join the (?:conversation|discussion|debate)|reader(?:s'|s)? comments|\d+ thoughts? on \S.{0,119})$/i;

/** A copyright line of the page, not a photo's "© Agency / Name": its year, its rights or the word. */
const PAGE_COPYRIGHT = /\b(?:19|20)\d\d\b|\brights reserved\b|\bcopyright\b/i;

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * `pruned`: the text comes from an HTML page whose furniture the DOM rules already took
 * (clean/html), so a short line at its edges is more likely the article's own (a list, a
 * table); only labels next to furniture that is still there go.
 */
/** An item of a dated or numbered list: "June 17 – Nashville", "3. Release the detainees", "12) ...". */
const LIST_ITEM = /^(?:(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2}\b|\d{1,2}[.)] \S)/;

export function findPageEdges(lines: Line[], taken: readonly Removed[], titleEnd: number, title: string | null, pruned: boolean): Removed[] {
  // Taken: every character but white space lies in spans of other rules (a caption and its credit).
  const takenLines = new Map<number, boolean>();
  const isTaken = (l: Line) => {
    let yes = takenLines.get(l.index);
    if (yes === undefined) {
      yes = [...l.text].every((ch, k) => /\s/.test(ch) || taken.some((r) => r.start <= l.start + k && l.start + k < r.end));
      takenLines.set(l.index, yes);
    }
    return yes;
  };
  const body = lines.filter((l) => !l.blank && l.start >= titleEnd && l.end > titleEnd);
  const open = body.filter((l) => !isTaken(l));
  const out: Removed[] = [];
  const push = (l: Line, rule: string) => out.push({ ...trimmed(l), reason: 'navigation', rule });
  // The page's head ends at the first line of prose (on text from HTML, also at any line of
  // eight words or more), and within ten lines.
  const titleNorm = title ? norm(title) : null;
  const head = open.slice(0, 10).filter((l) => {
    if (titleNorm && norm(l.text) === titleNorm) push(l, 'repeated-headline');
    else return true;
    return false;
  });
  const found = head.findIndex((l) => isProse(l.text) || (pruned && words(l.text).length >= 8));
  const headEnd = found < 0 ? (head.length ? head[head.length - 1].end : titleEnd) : head[found].start;
  // Labels above the page's furniture (a byline, a stamp, a credit): "Asia Pacific" over "By ...".
  const furniture = taken.filter((r) => r.start < headEnd && FURNITURE.has(r.reason)).map((r) => r.start);
  const lastFurniture = furniture.length ? Math.max(...furniture) : -1;
  for (const l of head.slice(0, found < 0 ? head.length : found)) if ((!pruned || l.start < lastFurniture) && isLabel(l.text)) push(l, 'page-head-label');
  // Below the last paragraph of prose, after a line another rule took ("Related Topics",
  // "Comments (12)", a copyright line): labels and headlines. A list that ends the article
  // with nothing of the page's furniture above it stays.
  let lastProse = open.length - 1;
  while (lastProse >= 0 && !isProse(open[lastProse].text)) lastProse--;
  const tailStart = lastProse >= 0 ? open[lastProse].end : titleEnd;
  const firstTaken = taken.filter((r) => r.start >= tailStart && !WEAK.has(r.rule)).map((r) => r.start).sort((a, b) => a - b)[0];
  for (const l of open.slice(lastProse + 1)) {
    // A dated or numbered list that ends the article ("June 17 – Nashville, TN @ ...", "3. Release the
    // detainees") stays up to the page's first furniture below it, on a file as scraped as well (boiler23:
    // with a debris sentence under it taken, the list had become the lines below the last prose).
    if (!pruned && (firstTaken === undefined || l.start < firstTaken) && LIST_ITEM.test(l.text.trim())) continue;
    if ((!pruned || (firstTaken !== undefined && l.start > firstTaken)) && (isLabel(l.text) || isHeadline(l.text) || isMenuItem(l.text))) push(l, 'page-foot-label');
  }
  out.push(...footTeasersAndNames(open, out));
  if (!pruned) out.push(...betweenFurniture(lines, open, taken));
  if (!pruned) out.push(...outletBlurbs(open));
  if (!pruned) out.push(...outsideArticle(lines, open, titleEnd, isTaken, taken, out, titleNorm));
  return out;
}

/**
 * On a page scraped whole, the menus and headlines above the article's first paragraph and below
 * its last (article-span.ts), however many: "Home", "World", "Plea deal set for gunman's friend";
 * in the page's foot also the teasers of other stories and readers' comments.
 */
function outsideArticle(lines: Line[], open: Line[], titleEnd: number, isTaken: (l: Line) => boolean, taken: readonly Removed[], done: readonly Removed[], titleNorm: string | null): Removed[] {
  const furniture = (l: Line) => {
    if (COMMENTS_OPEN.test(bareHeading(l.text)) || isCommentHeader(l.text)) return 'comments';
    // (A rule line, "___", also parts the article's sections: it ends no run of prose.)
    const r = taken.find((x) => x.start >= l.start && x.start < l.end && WIDGET.has(x.reason) && x.rule !== 'rule-line');
    return !r ? null : r.rule === 'copyright' || r.rule === 'end-mark' ? 'foot' : COMMENTS_HEAD.test(bareHeading(l.text)) ? 'comments-heading' : 'widget';
  };
  const span = findArticleSpan(lines, titleEnd, (l) => !isTaken(l), furniture);
  const body = lines.filter((l) => !l.blank && l.start >= titleEnd);
  if (!span) return [];
  // Below the article, the page's foot starts at the first of its furniture another rule took
  // ("Related", "Share", a copyright line); the lines before it are left to the rule above.
  const lastEnd = lines[span.last].end;
  const footStart = taken.filter((r) => r.start >= lastEnd && !WEAK.has(r.rule)).map((r) => r.start).sort((a, b) => a - b)[0] ?? Infinity;
  // Right above the first paragraph, lines in sentence case are the article's own (a standfirst,
  // a paragraph the page left without its full stop): "Talks resumed in Geneva after a pause".
  // The headline again, however far down the menus put it, is no standfirst: "Colombian government
  // and ELN resume peace talks in Caracas" over the article's first paragraph.
  const isHeadlineAgain = (l: Line) => titleNorm !== null && Math.abs(l.text.trim().length - titleNorm.length) <= 8 && norm(l.text) === titleNorm;
  let first = span.first;
  for (let l = neighbour(lines, span.first, -1); l && l.start >= titleEnd && !isTaken(l) && isSentenceCase(l.text) && !isHeadlineAgain(l); l = neighbour(lines, l.index, -1)) first = l.index;
  const stamps = taken.filter((r) => r.reason === 'byline');
  // Whether the line next to l is one of the page's widgets another rule took from its start ("Subscribe", a newsletter's plug).
  const widgetNext = (l: Line, dir: 1 | -1) => {
    const n = neighbour(lines, l.index, dir);
    return n !== null && isTaken(n) && taken.some((r) => r.start === trimmed(n).start && WIDGET.has(r.reason));
  };
  // Whether the line next to l holds a date or byline another rule took ("November 19, 2019 at 6:34 am", "2h ago").
  const stampNext = (l: Line, dir: 1 | -1) => {
    const n = neighbour(lines, l.index, dir);
    return n !== null && stamps.some((r) => r.start < n.end && r.end > n.start);
  };
  // Readers' comments: from their heading below the article on, nothing is the article's.
  const commentsHead = body.find((l) => l.index > span.last && COMMENTS_HEAD.test(bareHeading(l.text)));
  // The page's own end below the article: a copyright line with its year or rights, a press
  // release's "- ENDS -". The paragraphs under it are the page's (a portal's note on its sources,
  // the sender's "About us").
  const endMark = body.find((l) => l.index > span.last && isTaken(l) && taken.some((r) => r.start >= l.start && r.start < l.end && (r.rule === 'end-mark' || (r.rule === 'copyright' && PAGE_COPYRIGHT.test(l.text)))));
  // A line the page shows twice outside the article is a teaser or a menu entry repeated
  // ("Download free themes", a list of headlines in the sidebar and again in the foot).
  // (Counted over the lines outside the article only: the article's own lines are never taken
  // here, and normalising them all cost 2% of the pipeline.)
  const outside = (l: Line) => l.index < first || l.index > span.last;
  const seen = new Map<string, number>();
  const keys = new Map<number, string>();
  for (const l of open) {
    if (!outside(l)) continue;
    const key = norm(l.text);
    keys.set(l.index, key);
    if (key.indexOf(' ', key.indexOf(' ') + 1) > 0) seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const out: Removed[] = [];
  for (const l of open) {
    if (commentsHead && l.index >= commentsHead.index) {
      if (!done.some((r) => r.start <= l.start && l.start < r.end)) out.push({ ...trimmed(l), reason: 'navigation', rule: 'comments-section' });
      continue;
    }
    if (outside(l) && (seen.get(keys.get(l.index)!) ?? 0) >= 2 && !done.some((r) => r.start <= l.start && l.start < r.end)) {
      out.push({ ...trimmed(l), reason: 'related', rule: 'repeated-outside-article' });
      continue;
    }
    // An author's bio right under a credit ("Hwaida Saad contributed reporting from Beirut." /
    // "Euan Ward is a Times reporter covering Lebanon."), even where the article's span takes it in.
    if (l.index > span.first && isAuthorBio(l.text) && stampNext(l, -1) && !done.some((r) => r.start <= l.start && l.start < r.end)) {
      out.push({ ...trimmed(l), reason: 'byline', rule: 'page-foot-bio' });
      continue;
    }
    if (l.index >= first && l.start < footStart) continue;
    if (done.some((r) => r.start <= l.start && l.start < r.end)) continue;
    const inFoot = l.start >= footStart;
    if (isParagraph(l.text)) {
      // In the page's foot, a paragraph alone next to a stamp is the summary of another story or a
      // reader's comment, not the article's. One that follows the article with a widget or two
      // between is its last paragraph ("ALSO READ | ..." above it).
      const alone = !paragraphNext(lines, l, -1, isTaken) && !paragraphNext(lines, l, 1, isTaken);
      if (endMark && l.index > endMark.index) {
        out.push({ ...trimmed(l), reason: 'promo', rule: 'page-foot-after-end' });
        continue;
      }
      // The author's bio under the page's furniture, however far from the page's end the scraper put it.
      if (inFoot && isAuthorBio(l.text)) {
        out.push({ ...trimmed(l), reason: 'byline', rule: 'page-foot-bio' });
        continue;
      }
      // (After a list of other stories set inside the article, "... / end of list", the article goes on.)
      if (inFoot && alone && linesBetween(lines, span.last, l.index) > MAX_GAP && (stampNext(l, -1) || stampNext(l, 1)) && !afterListEnd(lines, l)) {
        out.push({ ...trimmed(l), reason: 'related', rule: 'page-foot-teaser' });
      }
      continue;
    }
    // A reader's name over the time of a comment: "harbourwatcher says:" / "November 19 at 6:34 am".
    if (inFoot && words(l.text).length <= 6 && COMMENT_AUTHOR.test(l.text.trim()) && stampNext(l, 1)) {
      out.push({ ...trimmed(l), reason: 'navigation', rule: 'comment-author' });
      continue;
    }
    // A widget's tagline between two of its lines in the page's foot: "The Real Russia. Today." between "Join our daily newsletter" and "Subscribe".
    if (inFoot && words(l.text).length <= 6 && widgetNext(l, -1) && widgetNext(l, 1)) {
      out.push({ ...trimmed(l), reason: 'promo', rule: 'widget-tagline' });
      continue;
    }
    if (isLabel(l.text) || isHeadline(l.text) || isMenuItem(l.text)) {
      out.push({ ...trimmed(l), reason: 'navigation', rule: l.index < span.first ? 'page-head-menu' : 'page-foot-menu' });
    }
  }
  return out;
}

/** A teaser of another story cut by the page: "... poses a direct threat…", "... accusing the government of... writes...". */
const CUT_TEASER = /(?:…|\.\.\.)\s*$/;
/** A name of an outlet or a place on a line of its own: "The Tribune", "Hindustan Times", "Sentinel Assam". */
const NAME_LINE = /^(?:[\p{Lu}][\p{L}\p{N}'’.&-]*)(?: (?:[\p{Lu}][\p{L}\p{N}'’.&-]*|of|the|de|al|el))*$/u;

/**
 * The end of the page below the article, read from its last line up: teasers of other stories cut
 * with an ellipsis (two or more, with their headlines and stamps between: "Aden – The UN envoy has
 * warned that ...…" / "Human rights reports have revealed that ...…"), or a list of names alone on
 * their lines (four or more: an aggregator's outlets "The Tribune" / "Livemint" / "Hindustan Times").
 * A last paragraph trailing off in a quote is one line; a list the article announces ends a line
 * with a colon, and its items are no run of names to the page's end. The names are reported as
 * credits (the sources an aggregator names): their words name no actor of the story.
 */
function footTeasersAndNames(open: Line[], done: readonly Removed[]): Removed[] {
  const isDone = (l: Line) => done.some((r) => r.start <= l.start && l.start < r.end);
  const teasers: Line[] = [];
  const between: Line[] = [];
  let k = open.length - 1;
  for (; k >= 0; k--) {
    const t = open[k].text.trim();
    if (CUT_TEASER.test(t) && words(t).length >= 8) teasers.push(open[k]);
    else if (isHeadline(t) && !isProse(t)) between.push(open[k]);
    else break;
  }
  const out: Removed[] = [];
  if (teasers.length >= 2) {
    const top = teasers[teasers.length - 1].index;
    for (const l of [...teasers, ...between.filter((b) => b.index > top)]) if (!isDone(l)) out.push({ ...trimmed(l), reason: 'related', rule: 'foot-cut-teasers' });
    return out;
  }
  const names: Line[] = [];
  for (let j = open.length - 1; j >= 0; j--) {
    const t = open[j].text.trim();
    if (t.length <= 40 && words(t).length <= 4 && NAME_LINE.test(t)) names.push(open[j]);
    else {
      // Above the names, a paragraph of the article (not a colon that announces them).
      if (names.length >= 4 && isProse(t) && !t.endsWith(':')) for (const l of names) if (!isDone(l)) out.push({ ...trimmed(l), reason: 'credit', rule: 'foot-name-list' });
      break;
    }
  }
  return out;
}

/**
 * A label of three words or fewer between two lines of the page's furniture (a caption, a credit,
 * a byline or a stamp), wherever it lies: the section's name over the date ("Politics" between a
 * photo's caption and "03 mar 2026 - 06:15 p. m.").
 */
function betweenFurniture(lines: Line[], open: Line[], taken: readonly Removed[]): Removed[] {
  // A line another rule took as furniture from its first character (a caption, then its credit).
  const starts = new Set(taken.filter((r) => FURNITURE.has(r.reason)).map((r) => r.start));
  const furniture = (l: Line | null) => l !== null && starts.has(trimmed(l).start);
  return open.filter((l) => isLabel(l.text, 3) && furniture(neighbour(lines, l.index, -1)) && furniture(neighbour(lines, l.index, 1)))
    .map((l) => ({ ...trimmed(l), reason: 'navigation' as const, rule: 'label-between-furniture' }));
}

/** Six words or more, a third of them in lower case: a sentence, not a title-cased headline or menu. */
function isSentenceCase(text: string): boolean {
  const w = words(text);
  return w.length >= 6 && w.filter((x) => /^\p{Ll}/u.test(x)).length * 3 >= w.length;
}

/** Whether the nearest line before (-1) or after (1) `l` is a paragraph no rule took. */
function paragraphNext(lines: Line[], l: Line, dir: 1 | -1, isTaken: (l: Line) => boolean): boolean {
  const n = neighbour(lines, l.index, dir);
  return n !== null && !isTaken(n) && isParagraph(n.text);
}

/** Non-blank lines strictly between lines a and b. */
function linesBetween(lines: Line[], a: number, b: number): number {
  let n = 0;
  for (let i = a + 1; i < b; i++) if (!lines[i].blank) n++;
  return n;
}

/** Outside the article, what menus and forms also hold: "- Boys Tennis" (a bulleted entry), "Search:" (a field's label). */
function isMenuItem(text: string): boolean {
  const t = text.trim();
  const n = words(t).length;
  return t.length <= 40 && ((isBullet(t) && n <= 4 && !/[.!?;,]$/.test(t)) || (n <= 3 && t.endsWith(':')));
}

/** A heading without the spaces, stops and closing brackets around it: "[ 167 comments ]" -> "[ 167 comments". */
function bareHeading(text: string): string {
  const t = text.trim();
  let end = t.length;
  while (end > 0 && ' .!?:…)]'.includes(t[end - 1])) end--;
  return t.slice(0, end);
}

/** A reader's comment's header with its date: "Milan on September 12, 2018 at 4:47 pm said:". */
function isCommentHeader(text: string): boolean {
  const t = text.trim();
  return words(t).length <= 12 && COMMENT_AUTHOR.test(t) && /\d/.test(t) && /\b(?:19|20)\d\d\b|\d:\d\d|\b(?:ago|yesterday|today)\b/i.test(t);
}

/** The line above `l` (blank lines aside) closes a list of other stories: "end of list". */
function afterListEnd(lines: readonly Line[], l: Line): boolean {
  for (let k = l.index - 1; k >= 0; k--) if (!lines[k].blank) return /^end of list$/i.test(lines[k].text.trim());
  return false;
}

/**
 * A paragraph the page shows twice in a row at its head: the standfirst a scraper took from the
 * page's summary and the article's first paragraph under it ("Tehran — Iran's foreign minister said
 * ..." twice). The first copy is the page's; the second, in the run of the article, stays.
 */
export function findRepeatedStandfirst(lines: Line[]): Removed[] {
  // Only at the head of the page: the first copy is the first paragraph of prose on it.
  let prev: Line | null = null;
  for (const l of lines) {
    if (l.blank) continue;
    const t = l.text.trim();
    if (prev && t.length >= 40 && (prev.text.trim() === t || nearCopy(prev.text, t))) return [{ ...trimmed(prev), reason: 'navigation', rule: 'repeated-standfirst' }];
    if (prev && isProse(prev.text) && prev.text.trim().length >= 80) return repeatedBelow(lines, prev);
    prev = l;
  }
  return [];
}

/**
 * Two paragraphs of 80 characters or more, one the other with up to three words left out: the
 * page's summary over the article's first paragraph ("... announced a ceasefire on Friday after
 * months of conflict ..." / "... announced a ceasefire after months of conflict ...").
 */
function nearCopy(a: string, b: string): boolean {
  const x = norm(a).split(' ');
  const y = norm(b).split(' ');
  if (Math.min(a.trim().length, b.trim().length) < 80 || Math.abs(x.length - y.length) > 3) return false;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  let i = 0;
  for (const w of long) if (i < short.length && short[i] === w) i++;
  return i === short.length && short.length >= 12;
}

/**
 * The page's first paragraph of prose shown again a few lines below, past the byline, the stamp
 * and the photo ("TAIPEI -- Taiwan will ..." / "JOHN HSU, staff writer" / "March 17" / a caption /
 * "TAIPEI -- Taiwan will ..."), with no paragraph of prose between: the first copy is the page's
 * summary of the story.
 */
function repeatedBelow(lines: Line[], first: Line): Removed[] {
  const t = first.text.trim();
  let seen = 0;
  for (let i = first.index + 1; i < lines.length && seen < 8; i++) {
    if (lines[i].blank) continue;
    seen++;
    const u = lines[i].text.trim();
    if (u === t) return [{ ...trimmed(first), reason: 'navigation', rule: 'repeated-standfirst' }];
    // Only the page's furniture lies between the copies, no paragraph of the article.
    if (isProse(u) && u.length >= 80) return [];
  }
  return [];
}

/** "Sarajevo Times is a leading news portal in English ...": the outlet describing itself (its subject, a name, then what it is). */
const SELF_DESCRIPTION = /^((?:[\p{Lu}][\p{L}\p{N}.&'’-]*\s){1,5})(?:is|are) (?:a|an|the) (?:[\p{L}-]+ ){0,4}(?:news |media |online |information )?(?:portal|website|web ?site|outlet|agency|newspaper|daily|weekly|magazine|publication|platform|broadcaster|network)\b/u;

/**
 * The outlet's note on itself, whose subject the page also shows alone on a line (its name in the
 * masthead or the foot): a story's sentence about another outlet ("The Island Herald is an
 * independent news portal that was raided ...") names no line of the page.
 */
function outletBlurbs(open: Line[]): Removed[] {
  const out: Removed[] = [];
  let names: Set<string> | null = null;
  for (const l of open) {
    const t = l.text.trim();
    if (t.length > 400) continue;
    const m = SELF_DESCRIPTION.exec(t);
    if (!m) continue;
    names ??= new Set(open.filter((x) => words(x.text).length <= 5).map((x) => norm(x.text)));
    if (names.has(norm(m[1]))) out.push({ ...trimmed(l), reason: 'promo', rule: 'outlet-blurb' });
  }
  return out;
}
