// One event per real happening: the same meeting, swap or strike told again later in the
// article ("Ukraine and Russia held talks in Geneva on Tuesday ..." / "After the talks ended,
// Umerov said ...") is merged into the first telling, which takes the later one's details.
// A strike repeats only nearby, and only when the later telling adds no other date: "the
// 2023 attack" told after an undated "warning shots" is another event. Two places, two dates
// or (for acts of one side on another) two attacking sides make two events.
import type { Actor, Event, Location } from '../../doc/model.js';
import type { DocView } from '../sentence-view.js';

/** Types whose repeats are one event however far apart they are told (a deal, a round of talks, a swap). */
export const ARTICLE_WIDE = new Set(['AGREE', 'CONSULT', 'SANCTION', 'AID', 'COOPERATE', 'RETREAT']);
/** Meeting modes that describe one round of talks from different sides: a call or a visit stays apart. */
const TALKS = new Set(['meeting', 'third-party', 'multilateral']);
/** A toll counted on top of one told before: "another six people", "a further 12 civilians", "five others were killed". */
export const FURTHER_TOLL = /\b(?:another|a further|an additional)\s+(?:\d{1,7}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)\b|(?<![\d,])(?:\d{1,7}|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty))\s+(?:others|more\s+(?:people|civilians|soldiers|children))\s+(?:were|have\s+been|had\s+been)\s+(?:killed|wounded|injured)\b/i;

/** "a separate Israeli strike on a house in Houla killed one", "another drone attack hit ...", "In a separate incident": a telling that marks itself as of another act. */
const SEPARATE_ACT = /\b(?:a|an|in a|another)\s+separate\s+(?:[\w-]+\s+){0,2}(?:attacks?|strikes?|airstrikes?|air strikes?|raids?|bombings?|shelling|incidents?|explosions?|blasts?|clashes|assaults?)\b|\banother\s+(?:[\w-]+\s+){0,2}(?:attack|strike|airstrike|air strike|raid|bombing|explosion|blast|assault)\b|\bseparately\b/i;

const COMES_AFTER = /\b(?:comes?|came|follows?|followed)\s+(?:just\s+)?(?:a|one|two|three|four|five|several|\d+)\s+(?:days?|weeks?|hours?)\s+(?:after|since)\b/i;
/** A sentence opening on the weapons or the attack told just before: "The drones hit ...", "The bombs struck ...". */
const WEAPONS = new Set(['bombs', 'drones', 'missiles', 'shells', 'rockets', 'strikes', 'airstrikes', 'attackers', 'gunmen', 'assailants']);
function theWeapons(sentence: string): boolean {
  const words = sentence.trimStart().split(/\s+/, 3);
  return words[0] === 'The' && (WEAPONS.has(words[1] ?? '') || WEAPONS.has(words[2] ?? ''));
}
/** ASSAULT and the rest: a repeat must be told within this many characters. */
const NEAR = 400;

export function mergeRepeats(events: Event[], dv: DocView): Event[] {
  const out: Event[] = [];
  const index = new RepeatIndex(events);
  const leadAttacks: Event[] = [];
  for (const e of events) {
    const reach = ARTICLE_WIDE.has(e.type) ? Infinity : NEAR;
    // One side's strikes on one day are one attack however far apart the article tells them.
    // ("Bombs hit three houses in Rafah on Monday", no side named, after "Israeli airstrikes killed dozens on Monday ... in Rafah": that day's attack there.)
    const sameDay = (o: Event) => o.date !== null && o.date === e.date && o.source_actor !== null && (e.source_actor !== null || actorlessPlaced(e, o));
    // "seven soldiers were killed on Tuesday" told twice: the same toll on the same day is the same attack.
    const sameToll = (o: Event) => o.date !== null && o.date === e.date && e.quantities.killed !== undefined && o.quantities.killed === e.quantities.killed;
    // ("Another six people were killed ...", "Five others were killed ...": a further toll is a further attack.)
    // ("The attack comes a day after Israel killed a woman ...": the deed the attack is timed by is another.)
    const told = e.type === 'ASSAULT' ? dv.doc.text.slice(e.evidence.start, e.evidence.end) : '';
    const further = e.type === 'ASSAULT' && (FURTHER_TOLL.test(told) || COMES_AFTER.test(told) || SEPARATE_ACT.test(told));
    const isTwin = (o: Event) => !further && o.type === e.type && sameMode(o, e, dv) && sameStatus(o, e) && (e.evidence.start - index.lastTold(o) < reach || sameDay(o) || sameToll(o))
      && (o.date === e.date || e.date === null || (o.date === null && reach === Infinity) || retoldWithDay(o, e, dv))
      && sameSide(o, e, dv) && samePlace(o, e, dv)
      && ((e.actors.length > 0 && e.actors.every((a) => covers(o, a, dv, e.source_actor))) || sameToll(o) || toldBare(o, e, dv.doc.text) || retoldWithDay(o, e, dv));
    // "The drones hit a warehouse ..., the governor said" just after "Russian drones struck Odesa": the weapons named again with
    // "the" are the attack's, whoever the sentence names as speaking.
    const weaponsAgain = (o: Event) => !further && o.type === 'ASSAULT' && e.type === 'ASSAULT' && e.evidence.start - index.lastTold(o) < NEAR
      && (e.date === null || e.date === o.date) && sameMode(o, e, dv) && samePlace(o, e, dv) && theWeapons(dv.doc.text.slice(e.evidence.start, e.evidence.end))
      && (e.quantities.killed === undefined || e.quantities.killed === o.quantities.killed);
    // ("Kabul said Tajik forces had fired mortar shells ..." / "Dushanbe said Afghan guards had opened fire first" after "the two
    // sides' forces clashed overnight": each side's telling of the fight; "said its forces had repelled an attack": the attack's target telling it.)
    const otherSide = (o: Event) => !further && otherSideTelling(o, e, dv, index.lastTold(o));
    // ("A jet fighter bombed the village on Wednesday afternoon, killing 40" after "An air strike on a village ... has killed about 40":
    // the target named with "a" and then with "the", with no other toll or day, is one attack however far down.)
    const targetAgain = (o: Event) => !further && targetRetold(o, e, dv, index.lastTold(o));
    // ("began talks on Tuesday, days after clashes that killed at least 18" ... "On Saturday, fighters attacked a police station, killing
    // 12 police officers and six civilians": the toll of the landmark told again with its own day.)
    const tollAgain = (o: Event) => !further && landmarkToll(o, e, dv);
    // (Both looked for in a bounded set, to keep the merge linear: told within 1500 characters, or an attack of the lead.)
    const near = index.first(out, e, reach, (o) => isTwin(o) || weaponsAgain(o) || otherSide(o)) ?? index.first(out, e, 1500, targetAgain);
    const byLandmark = !near && e.type === 'ASSAULT' ? leadAttacks.find(tollAgain) : undefined;
    const twin = near ?? byLandmark;
    if (twin) {
      // (Only a deed merged for being the landmark's toll told again, and for nothing else, takes the later words as its evidence.)
      const landmarkOnly = byLandmark !== undefined && !isTwin(byLandmark) && !weaponsAgain(byLandmark) && !otherSide(byLandmark) && !targetAgain(byLandmark);
      for (const [k, v] of Object.entries(e.quantities)) if (!(k in twin.quantities)) (twin.quantities as Record<string, number>)[k] = v;
      if ((twin.date === null || (twin.date !== e.date && (retoldWithDay(twin, e, dv) || landmarkToll(twin, e, dv)))) && e.date !== null) { twin.date = e.date; twin.date_text = e.date_text; index.dated(twin); }
      // (A deed told only as another act's landmark is told in full by its own telling, whose words are its evidence.)
      if (landmarkOnly) twin.evidence = e.evidence;
      twin.location ??= e.location;
      // ("an attack on an army base in northern Burkina Faso" told again as "stormed the base in Djibo": the town is the narrower place.)
      if (e.location !== null && twin.location !== e.location && narrower(twin.location, e.location, dv)) twin.location = e.location;
      twin.mode ??= e.mode;
      index.told(twin, e);
      continue;
    }
    index.add(out, e);
    if (e.type === 'ASSAULT' && leadAttacks.length < 8 && inLead(dv.doc.text, e.evidence.start)) leadAttacks.push(e);
  }
  return out;
}

/**
 * Where a repeat can be: the first event kept before it that is a twin. A twin has the later
 * telling's type, and (but for the article-wide types) was told within NEAR characters or on
 * the same day by a named side; so the search looks only at the events of that type told just
 * before and at those of that type and day, not at every event kept (which made a page of
 * repeated paragraphs quadratic). It takes the first in article order of those, as the search
 * through all kept events did. The window relies on evidence ending in article order, as the
 * events stage tells them; if it does not, every kept event is tried.
 */
function tollKey(e: Event): string | null {
  return e.date === null || e.quantities.killed === undefined ? null : `${e.type}\u0000${e.date}\u0000${e.quantities.killed}`;
}

class RepeatIndex {
  /** Positions in the kept list, by type, in order. */
  private byType = new Map<string, number[]>();
  /** Positions of kept events with a date and a source, by type and date. */
  private byDay = new Map<string, number[]>();
  /** Positions of kept events with a date and a death toll, by type, date and toll (the same toll on the same day is one attack at any distance). */
  private byToll = new Map<string, number[]>();
  private position = new Map<Event, number>();
  /** Where the last telling of a kept event ends (a repeat merged into it tells it again). */
  private last = new Map<Event, number>();

  lastTold(e: Event): number {
    return this.last.get(e) ?? e.evidence.end;
  }

  told(first: Event, later: Event): void {
    this.last.set(first, Math.max(this.lastTold(first), later.evidence.end));
  }
  private ordered: boolean;

  constructor(events: readonly Event[]) {
    let ordered = true;
    for (let i = 1; i < events.length; i++) if (!(events[i - 1].evidence.end <= events[i].evidence.end)) { ordered = false; break; }
    this.ordered = ordered;
  }

  add(out: Event[], e: Event): void {
    this.position.set(e, out.length);
    out.push(e);
    const same = this.byType.get(e.type);
    if (same) same.push(out.length - 1); else this.byType.set(e.type, [out.length - 1]);
    this.dated(e);
  }

  /** A kept event's date is known (when it is kept, or when a later telling gives it one). */
  dated(e: Event): void {
    if (e.date === null) return;
    const at = this.position.get(e)!;
    if (e.quantities.killed !== undefined) {
      const toll = tollKey(e)!;
      const same = this.byToll.get(toll);
      if (same) { if (!same.includes(at)) same.push(at); } else this.byToll.set(toll, [at]);
    }
    if (e.source_actor === null) return;
    const key = `${e.type}\u0000${e.date}`;
    const same = this.byDay.get(key);
    if (same) same.push(at); else this.byDay.set(key, [at]);
  }

  first(out: readonly Event[], e: Event, reach: number, isTwin: (o: Event) => boolean): Event | undefined {
    if (!this.ordered) return out.find(isTwin);
    const same = this.byType.get(e.type) ?? [];
    if (reach === Infinity) {
      for (const at of same) if (isTwin(out[at])) return out[at];
      return undefined;
    }
    let best = -1;
    // Told within reach: the events of the type whose evidence ends less than `reach` before this one starts.
    for (let k = same.length - 1; k >= 0 && e.evidence.start - out[same[k]].evidence.end < reach; k--) if (isTwin(out[same[k]])) best = same[k];
    // A kept event told again since (its last telling near this one) is within reach too.
    for (const [kept, end] of this.last) if (kept.type === e.type && e.evidence.start - end < reach && this.position.has(kept) && (best < 0 || this.position.get(kept)! < best) && isTwin(kept)) best = this.position.get(kept)!;
    if (e.date !== null && (e.source_actor !== null || (e.actors.length === 0 && e.location !== null))) {
      for (const at of this.byDay.get(`${e.type}\u0000${e.date}`) ?? []) if ((best < 0 || at < best) && isTwin(out[at])) best = at;
    }
    const toll = tollKey(e);
    if (toll) for (const at of this.byToll.get(toll) ?? []) if ((best < 0 || at < best) && isTwin(out[at])) best = at;
    return best < 0 ? undefined : out[best];
  }
}

/**
 * The modes of one round of talks fit each other; a telling that names no mode fits any
 * ("the assault killed four" after "drones struck", "killed in an attack on Tuesday" before
 * "an explosive device was attached ...").
 */
/** Ways of one raid ("stormed the villages" with guns and machetes) or of one strike's blasts ("explosions" after "warplanes struck"). */
const ONE_RAID = new Set(['ground', 'firearms', 'primitive']);
const BLAST_OF = new Set(['aerial', 'shelling']);
function sameMode(a: Event, b: Event, dv?: DocView): boolean {
  if (a.mode === b.mode || b.mode === null || a.mode === null) return true;
  // ("fought with artillery and rockets": a fight told first holds every weapon told of it after.)
  // (Not an air strike told of a fight that names no weapon from the air: "jets struck Kabul" after "the border clashes".)
  if (dv && a.type === 'ASSAULT' && MUTUAL.test(dv.doc.text.slice(a.evidence.start, a.evidence.end))) return b.mode !== 'aerial' || /\b(?:rockets?|missiles?|drones?)\b/i.test(dv.doc.text.slice(a.evidence.start, a.evidence.end));
  if (a.type === 'ASSAULT' && ONE_RAID.has(a.mode) && ONE_RAID.has(b.mode)) return true;
  // ("A suicide bomber blew himself up at the gate before gunmen stormed in": a raid opened by a blast.)
  if (a.type === 'ASSAULT' && ((a.mode === 'explosion' && ONE_RAID.has(b.mode)) || (b.mode === 'explosion' && ONE_RAID.has(a.mode)))) return true;
  if (a.type === 'ASSAULT' && ((a.mode === 'explosion' && BLAST_OF.has(b.mode)) || (b.mode === 'explosion' && BLAST_OF.has(a.mode)))) return true;
  return a.type === 'CONSULT' && a.mode !== null && TALKS.has(a.mode) && TALKS.has(b.mode);
}

/** "repelled an attack", "had repulsed attacks": the attack told by the side it was made on. */
const REPELLED = /\b(?:repel(?:led|s)?|repuls(?:ed|es)|thwart(?:ed|s)|foil(?:ed|s)|fought off|beat back|beaten back)\s(?:[\w-]+\s){0,3}(?:attacks?|assaults?|raids?|offensive|incursions?)\b/i;
/** A telling that marks itself as of another act. */
const ANOTHER_ACT = /\b(?:separate(?:ly)?|another|second|earlier|later|previous(?:ly)?|also|again|fresh|new)\b/i;
/**
 * One side's telling of a fight told first as mutual ("forces clashed", "exchanged fire"), or the target's telling of an
 * attack ("said its forces had repelled an attack"), told close after it with no day, toll or mark of another act of its own.
 */
function otherSideTelling(first: Event, later: Event, dv: DocView, lastTold: number): boolean {
  if (first.type !== 'ASSAULT' || later.type !== 'ASSAULT' || later.evidence.start - lastTold >= NEAR) return false;
  if (later.date !== null && later.date !== first.date) return false;
  if (later.quantities.killed !== undefined && later.quantities.killed !== first.quantities.killed) return false;
  const told = dv.doc.text.slice(later.evidence.start, later.evidence.end);
  if (ANOTHER_ACT.test(told) || !/\b(?:said|says|told|reported|claimed|according to)\b/i.test(told)) return false;
  // ("The fighting broke out after the head of the SSA was reportedly killed at a meeting": the deed the fight began with is another.)
  if (/\b(?:broke out|erupted|began|started|flared(?: up)?|(?:was|were) (?:triggered|sparked))\s+(?:after|when|following|over)\b/i.test(told)) return false;
  if (!samePlace(first, later, dv) || !sameMode(first, later, dv)) return false;
  return MUTUAL.test(dv.doc.text.slice(first.evidence.start, first.evidence.end)) || REPELLED.test(told);
}

/** "days after clashes ... killed at least 18", "hours after a strike that killed six": a deed told as the landmark of another act. */
const LANDMARK_BEFORE = /\b(?:hours|days|weeks|a day|a week|two days|three days|a few days|shortly|just)\s(?:after|since)\s/i;
/**
 * An attack told in passing as the landmark of another act, dated (if at all) by that act's day, and told again with its own day
 * and the same dead (events20).
 */
function landmarkToll(first: Event, later: Event, dv: DocView): boolean {
  if (first.type !== 'ASSAULT' || later.type !== 'ASSAULT' || later.date === null || later.evidence.start < first.evidence.end) return false;
  const dead = first.quantities.killed;
  if (dead === undefined || dead < 2 || later.quantities.killed !== dead) return false;
  const text = dv.doc.text;
  const ev = text.slice(first.evidence.start, first.evidence.end);
  const m = LANDMARK_BEFORE.exec(ev);
  if (!m) return false;
  const dayAt = first.date_text ? ev.indexOf(first.date_text) : -1;
  if (first.date !== null && first.date !== later.date && !(dayAt >= 0 && dayAt < m.index)) return false;
  return !ANOTHER_ACT.test(text.slice(later.evidence.start, later.evidence.end)) && samePlace(first, later, dv) && sameMode(first, later, dv);
}

/** The attack told first on "a village", told again on "the village" in the same article (events20). */
function targetRetold(first: Event, later: Event, dv: DocView, lastTold: number): boolean {
  if (first.type !== 'ASSAULT' || later.type !== 'ASSAULT' || later.evidence.start - lastTold >= 1500 || later.evidence.start < first.evidence.end) return false;
  if (later.date !== null && first.date !== null && later.date !== first.date) return false;
  for (const k of ['killed', 'injured'] as const) if (later.quantities[k] !== undefined && first.quantities[k] !== undefined && later.quantities[k] !== first.quantities[k]) return false;
  const text = dv.doc.text;
  const told = text.slice(later.evidence.start, later.evidence.end);
  if (ANOTHER_ACT.test(told) || !samePlace(first, later, dv) || !sameMode(first, later, dv)) return false;
  return sameTarget(text.slice(first.evidence.start, first.evidence.end), told);
}

/**
 * A strike told again with no side named (or none of its own place) and no other toll ("Witnesses said two drones struck
 * the market" after "A drone strike on a market in El Fasher killed 27"): the attack told just before.
 */
function toldBare(first: Event, later: Event, text?: string): boolean {
  // (A first telling that names no attacker cannot be told apart from a retelling by the side named after it: "A drone
  // attack on a funeral killed 14 ... It blamed the RSF. Witnesses said three drones hit the area.")
  return later.type === 'ASSAULT' && (later.actors.length === 0 || (first.type === 'ASSAULT' && first.source_actor === null && later.location === null))
    // ("Bombs hit three houses in Rafah on Monday" after "Israeli airstrikes killed dozens on Monday ... in Rafah": its day too.)
    && (later.date === null || (later.actors.length === 0 && later.date === first.date))
    && (later.quantities.killed === undefined || later.quantities.killed === first.quantities.killed || (text !== undefined && otherCount(first, later, text)));
}
/**
 * "He said the attackers killed 15 soldiers" after "Militants killed 12 soldiers ...": another source's count of the attack
 * just told, reported with no side, place or day of its own (not "a separate attack", "another blast").
 */
function otherCount(first: Event, later: Event, text: string): boolean {
  const said = text.slice(later.evidence.start, later.evidence.end);
  return first.type === 'ASSAULT' && later.actors.length === 0 && later.location === null && /\b(?:said|says|told|claimed|reported)\b/i.test(said)
    && !/\b(?:separate|separately|another|second|other|others|earlier|later|also|more|further|additional)\b/i.test(said);
}

/** "..., the Taliban said on Wednesday": the day of a saying, not of the deed. */
const SAID_ON_BEFORE = /\b(?:said|says|told|reported|announced|stated|added)\s+(?:\w+\s+)?(?:on\s+)?$/i;
/** An attack told with no side at all, at the place of one told before. */
function actorlessPlaced(later: Event, first: Event): boolean {
  return later.type === 'ASSAULT' && later.actors.length === 0 && later.location !== null && later.location === first.location;
}

/** "claimed credit on Monday for shooting ...", "claimed responsibility Thursday for": the day of the claim. */
const CLAIMED_ON_BEFORE = /\bclaim(?:ed|s)\s+(?:credit|responsibility)?\s*(?:on\s+)?$/i;
/** "Houthi rebels on Sunday claimed a missile attack", "Colombia on Wednesday suspended talks after an attack": the day of the claim or the reaction. */
const REACTED_AFTER = /^\s+(?:claimed|said|announced|confirmed|reported|suspended|condemned|blamed|accused|denied|called off|vowed)\b/i;
/**
 * An attack told in the lead with no day of its own ("hours after drones struck a power station", or dated only
 * by the day someone said it) and told again just after with its day ("The drone attack on Sunday night killed four"):
 * one attack. The later telling names no other toll, and its sides are the first's, or the first names none.
 */
function retoldWithDay(first: Event, later: Event, dv: DocView): boolean {
  if (first.type !== 'ASSAULT' || later.date === null || later.evidence.start - first.evidence.end >= NEAR) return false;
  const text = dv.doc.text;
  if (!inLead(text, first.evidence.start)) return false;
  const ev = text.slice(first.evidence.start, first.evidence.end);
  const at = first.date_text ? ev.indexOf(first.date_text) : -1;
  const undated = first.date === null || (at >= 0 && (SAID_ON_BEFORE.test(ev.slice(Math.max(0, at - 30), at)) || CLAIMED_ON_BEFORE.test(ev.slice(Math.max(0, at - 40), at))
    || REACTED_AFTER.test(ev.slice(at + first.date_text!.length, at + first.date_text!.length + 30))));
  if (!undated) return false;
  // (The lead's "more than 20 injured" and the later "26 wounded" count one attack when its dead are the same.)
  const sameDead = first.quantities.killed !== undefined && first.quantities.killed === later.quantities.killed;
  for (const k of ['killed', 'injured'] as const) if (first.quantities[k] !== undefined && later.quantities[k] !== undefined && first.quantities[k] !== later.quantities[k] && !(k === 'injured' && sameDead)) return false;
  return first.actors.length === 0 || later.actors.every((a) => covers(first, a, dv, later.source_actor)) || sameTarget(text.slice(first.evidence.start, first.evidence.end), text.slice(later.evidence.start, later.evidence.end));
}

/** What an attack hits, named with "a" in the lead and with "the" after: "an attack on an army base" ... "stormed the base". */
const TARGETS = new Set(['base', 'hospital', 'clinic', 'ship', 'vessel', 'tanker', 'market', 'camp', 'convoy', 'school', 'mosque', 'church', 'village', 'town',
  'checkpoint', 'post', 'outpost', 'barracks', 'prison', 'airport', 'port', 'bridge', 'compound', 'hotel', 'funeral', 'wedding', 'bus', 'train', 'refinery', 'depot']);
function sameTarget(first: string, later: string): boolean {
  const a = first.toLowerCase().split(/[^\p{L}\p{N}-]+/u), b = later.toLowerCase().split(/[^\p{L}\p{N}-]+/u);
  // The target named with "a"/"an" up to three words before it in the first telling, with "the" up to two words before it in the later.
  const named = new Set(a.filter((w, i) => TARGETS.has(w) && a.slice(Math.max(0, i - 3), i).some((x) => x === 'a' || x === 'an')));
  return b.some((w, i) => named.has(w) && b.slice(Math.max(0, i - 2), i).includes('the'));
}

/** Whether `at` falls in the article's lead: the first paragraph of more than 100 characters (after the title and a byline). */
function inLead(text: string, at: number): boolean {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n\n', start);
    if (end < 0) end = text.length;
    if (end - start > 100) return at >= start && at < end;
    start = end + 2;
  }
  return false;
}

/** Acts done by one side to another: a strike by Ukraine is not Russia's strike told again. */
const DIRECTED = new Set(['ASSAULT', 'COERCE', 'SANCTION', 'AID', 'RETREAT', 'MOBILIZE']);

function sameSide(a: Event, b: Event, dv: DocView): boolean {
  if (!DIRECTED.has(a.type) || !a.source_actor || !b.source_actor) return true;
  const ca = dv.countryOf(a.source_actor), cb = dv.countryOf(b.source_actor);
  if (a.source_actor === b.source_actor || ca === null || cb === null || ca === cb) return true;
  // "troops exchanged heavy fire", "the clashes": in a fight both sides strike, and either side's telling is the fight's.
  return a.type === 'ASSAULT' && MUTUAL.test(dv.doc.text.slice(a.evidence.start, a.evidence.end))
    && a.actors.some((x) => x === b.source_actor || dv.countryOf(x) === cb);
}
const MUTUAL = /\b(?:clash(?:es|ed)?|fought|exchang(?:ed|es|ing) (?:\w+ )?fire|exchanges? of fire|gun ?battles?|firefights?)\b/i;

/**
 * An actor of the later telling is one of the first's, or speaks for one of its states
 * ("Witkoff said the delegations agreed" after "the U.S., Ukraine and Russia agreed"), or
 * is the outlet reporting it.
 */
function covers(first: Event, actor: string, dv: DocView, doer: string | null = null): boolean {
  if (first.actors.includes(actor) || dv.isMedia(actor)) return true;
  const country = dv.countryOf(actor);
  // "The army said it struck Hamas militants in the school" after "Israeli strikes on Gaza": Hamas is of the place struck.
  // (The later telling's doer is not: "Russian forces launched drones" after drones downed over a Russian region is another attack.)
  const place = first.location === null ? undefined : locationNamed(dv, first.location);
  if (first.type === 'ASSAULT' && !(actor === doer && first.source_actor === null) && place && country !== null && place.country === country && dv.kindOf(actor) !== 'person') return true;
  if (country === null) return false;
  for (const a of first.actors) if (dv.kindOf(a) === 'state' && dv.countryOf(a) === country) return true;
  return false;
}

/** Talks told as held and as under way ("talks in Geneva ended for the day" / "Talks in Geneva are under way") are one round. */
function sameStatus(a: Event, b: Event): boolean {
  if (a.status === b.status) return true;
  return ARTICLE_WIDE.has(a.type) && a.status !== 'scheduled' && b.status !== 'scheduled';
}

/**
 * Two places make two events ("talks in Geneva" and "talks in Abu Dhabi"): places in two
 * countries, or far apart in one ("Miami" and "Washington"). A country and a place in it, or a
 * place and a site near it ("Geneva" and "Chambésy"), may be one event's.
 */
const FAR_APART_KM = 800;
function samePlace(a: Event, b: Event, dv: DocView): boolean {
  if (a.location === null || b.location === null || a.location === b.location) return true;
  const la = locationNamed(dv, a.location), lb = locationNamed(dv, b.location);
  if (!la || !lb) return true;
  // A whole country as an event's place is often only the country the sentence is about.
  if (isState(la, dv) || isState(lb, dv)) return true;
  const ca = countryOfPlace(la, dv), cb = countryOfPlace(lb, dv);
  // (A fight along a border is told from both its sides: only the distance tells two fights apart.)
  const borderFight = a.type === 'ASSAULT' && MUTUAL.test(dv.doc.text.slice(a.evidence.start, a.evidence.end));
  if (ca !== null && cb !== null && ca !== cb && !borderFight) return false;
  if (la.lat === null || la.lon === null || lb.lat === null || lb.lon === null || ca === null || isState(la, dv) || isState(lb, dv)) return true;
  return kmBetween(la.lat, la.lon, lb.lat, lb.lon) <= FAR_APART_KM;
}

/** Whether `place` lies in the state `state` names (a whole country as the first telling's place). */
export function narrower(state: string | null, place: string, dv: DocView): boolean {
  const ls = locationNamed(dv, state), lp = locationNamed(dv, place);
  if (!ls || !lp || !isState(ls, dv) || isState(lp, dv)) return false;
  const c = countryOfPlace(ls, dv);
  return c !== null && lp.country === c;
}

// (Plain loops, not callbacks made at each call: V8 compiled such callbacks again after every full
// collection; docs/performance.md, twentieth session.)
function locationNamed(dv: DocView, name: string | null): Location | undefined {
  for (const l of dv.doc.locations) if (l.name === name) return l;
  return undefined;
}

function stateNamed(l: Location, dv: DocView): Actor | undefined {
  for (const x of dv.doc.actors) if (x.kind === 'state' && x.name === l.name) return x;
  return undefined;
}

function isState(l: Location, dv: DocView): boolean {
  return stateNamed(l, dv) !== undefined;
}

function countryOfPlace(l: Location, dv: DocView): string | null {
  return stateNamed(l, dv)?.country ?? l.country;
}

function kmBetween(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
