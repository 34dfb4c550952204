// The phrase an unnamed source is named by ("a senior Hamas official", "western security
// officials"), and the body it is in ("a source in the Palestinian armed group" -> Hamas).
import { lastMentionBefore, type DocView, type SentenceView } from '../sentence-view.js';
import { quoteAround, type Source } from './find-source.js';

/** The noun phrase around an unnamed-source head: "western security officials", "French sources". */
export function groupPhrase(view: SentenceView, head: number, dv: DocView): Source {
  const ws = view.words;
  let first = head;
  while (first > 0 && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(ws[first - 1].pos) && !/^['’]/.test(ws[first - 1].text) && ws[first - 1].key !== 'the') {
    // A number opens the phrase ("a reception one senior Western diplomat described": from "one");
    // a common noun before a capitalised modifier is not part of it ("the main reasons Russian officials said").
    if (ws[first - 1].pos === 'NUM' || ws[first - 1].key === 'one') { first--; break; }
    if (ws[first - 1].pos === 'NOUN' && /^\p{Lu}/u.test(ws[first].text) && first < head) break;
    first--;
  }
  // "Hostages' families": a plural possessive belongs to the phrase; so does "open-" of "open-source".
  if (first > 1 && /^['’]$/.test(ws[first - 1].text) && /NOUN|PROPN/.test(ws[first - 2].pos)) first -= 2;
  while (first > 1 && ws[first - 1].text === '-' && ws[first - 2].end === ws[first - 1].start && ws[first - 1].end === ws[first].start) first -= 2;
  // "Olena Kovalchuk, a spokeswoman for the ministry, said": the role is an appositive of the name before it.
  const det = /^(?:a|an|the)$/.test(ws[first - 1]?.key ?? '') ? first - 1 : first;
  // Only a role closed by a second comma is an appositive ("X, a spokeswoman for Y, said"); "deal with Israel, a source ... has told" is not.
  if (ws[det - 1]?.text === ',' && /^[^,.;]{0,60},/.test(dv.doc.text.slice(ws[head].end, ws[head].end + 62))) {
    const named = view.mentions.find((m) => m.end === ws[det - 2]?.end);
    if (named) return { actor: named.actor, text: named.text, start: named.start, end: named.end, group: false };
  }
  // "Military spokesman Yahya Saree said ... The spokesman said": "the" and a role noun alone is the
  // person the article last named in that role (by the role the knowledge base or the article gives,
  // or the words right before a mention of the name).
  if (first === head && ws[head - 1]?.key === 'the' && ROLE_BACK.has(ws[head].key)) {
    const person = lastInRole(dv, ws[head].key, ws[head].start);
    if (person) return { actor: person, text: ws[head].text, start: ws[head].start, end: ws[head].end, group: false };
    // ("Hamas rejected the proposal. ... The spokesperson said": with no one named in the role, the body named last speaks through it.)
    if (SPOKESPERSON.test(ws[head].key)) {
      const at = ws[head - 1].start;
      const isBody = (a: string) => ['organisation', 'armed_group', 'coalition'].includes(dv.kindOf(a) ?? '') && !dv.isMedia(a);
      const body = lastMentionBefore(dv.doc.mentions, at, at - 1500, isBody, (m) => quoteAround(dv, m.start) === null);
      if (body) return { actor: body.actor, text: dv.doc.text.slice(at, ws[head].end), start: at, end: ws[head].end, group: false };
    }
  }
  // ("a spokesman for the Hamas-run Civil Defence agency said": a spokesperson speaks as the body it speaks for.)
  if (SPOKESPERSON.test(ws[head].key)) {
    const lead = /^\s+(?:for|of)\s+(?:the\s+)?/i.exec(dv.doc.text.slice(ws[head].end, ws[head].end + 12));
    const at = lead ? ws[head].end + lead[0].length : -1;
    const body = lead ? view.mentions.find((m) => m.start === at) : undefined;
    if (body && ['organisation', 'armed_group', 'coalition', 'state'].includes(dv.kindOf(body.actor) ?? '') && !dv.isMedia(body.actor)) {
      return { actor: body.actor, text: body.text, start: body.start, end: body.end, group: false };
    }
  }
  // "a source in the Palestinian armed group": keep the head and its modifiers only, and the body it is in.
  const start = ws[first].start;
  const end = ws[head].end;
  // ... or named inside it: "a senior Hamas official", "an Israeli official" (then only its country is told).
  const inside = view.mentions.find((m) => m.start >= start && m.end <= end && dv.kindOf(m.actor) !== 'group' && dv.kindOf(m.actor) !== 'person' && !dv.isMedia(m.actor));
  const of = affiliationAfter(view, end, dv) ?? inside?.actor;
  return { actor: null, text: dv.doc.text.slice(start, end), start, end, group: true, ...(of ? { of } : {}) };
}

const SPOKESPERSON = /^(?:spokesman|spokeswoman|spokesperson|representative)$/;

/** A spokesman's role may be written "spokesperson" or "press secretary". */
const SPOKES = /\bspokes(?:man|woman|person)\b|\bpress secretary\b/i;
/** Role nouns that "the" sends back to the person last named in the role ("the spokesman", "the envoy"), with the spellings of each role. */
const ROLE_FORMS: ReadonlyMap<string, RegExp> = new Map([
  ['spokesman', SPOKES], ['spokeswoman', SPOKES], ['spokesperson', SPOKES],
  ...['envoy', 'negotiator', 'mediator', 'ambassador'].map((r): [string, RegExp] => [r, new RegExp(`\\b${r}\\b`, 'i')]),
]);
const ROLE_BACK: ReadonlySet<string> = new Set(ROLE_FORMS.keys());

/** The person mentioned last before `before` whose role, or the words just before a mention of them, name the role. */
function lastInRole(dv: DocView, role: string, before: number): string | null {
  const form = ROLE_FORMS.get(role)!;
  const text = dv.doc.text;
  const fits = (id: string): boolean => {
    const a = dv.doc.actors.find((x) => x.id === id);
    return !!a && a.kind === 'person' && ((a.role != null && form.test(a.role)) || a.mentions.some((m) => m.end <= before && form.test(text.slice(Math.max(0, m.start - 40), m.start))));
  };
  const last = lastMentionBefore(dv.doc.mentions, before, 0, fits);
  // "... A Hamas spokesman said ... The spokesman added": an unnamed one brought in since is the one meant.
  if (!last || unnamedInRole(text.slice(last.start, before), form)) return null;
  return last.actor;
}

/** Whether `span` brings in someone unnamed in the role: "a rebel spokesman", "another envoy" (up to three words between). */
function unnamedInRole(span: string, form: RegExp): boolean {
  const words = span.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    if (!form.test(words.slice(i, i + 2).join(' '))) continue;
    if (words.slice(Math.max(0, i - 4), i).some((w) => INDEFINITE.has(w.toLowerCase()))) return true;
  }
  return false;
}
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'another', 'one']);

/** An armed group or movement described by its people: "the Palestinian armed group" (Hamas, in a story naming it). */
const GROUP_DESCRIPTION = /^(?:the\s+)?(\p{Lu}[\p{L}]+)\s+(?:armed|militant|islamist|paramilitary|rebel)\s+(?:group|movement|force|forces|organi[sz]ation)\b/u;

/**
 * The body a group of sources is in, named right after its head: "a source in Hamas", "sources
 * close to the Kremlin", "a source in the Palestinian armed group" (the one armed group of that
 * people the story names).
 */
function affiliationAfter(view: SentenceView, headEnd: number, dv: DocView): string | undefined {
  const text = dv.doc.text;
  const lead = /^\s+(?:in|from|within|inside|close to|at)\s+/i.exec(text.slice(headEnd, headEnd + 20));
  if (!lead) return undefined;
  const at = headEnd + lead[0].length;
  const named = view.mentions.find((m) => (m.start === at || text.slice(at, m.start) === 'the ') && m.start <= at + 4);
  if (named && ['organisation', 'armed_group', 'coalition'].includes(dv.kindOf(named.actor) ?? '') && !dv.isMedia(named.actor)) return named.actor;
  // A state by its seat ("close to the Kremlin"), not by its name: "sources in Russia" are only located there.
  if (named && dv.kindOf(named.actor) === 'state' && /^\p{Lu}/u.test(named.text) && named.text !== dv.nameOf(named.actor) && !dv.stateOfDemonym(named.text)) return named.actor;
  const described = GROUP_DESCRIPTION.exec(text.slice(at, at + 80));
  const country = described ? dv.stateOfDemonym(described[1]) : null;
  if (!country) return undefined;
  const bodies = dv.doc.actors.filter((a) => a.kind === 'armed_group' && a.country === country);
  return bodies.length === 1 ? bodies[0].id : undefined;
}
