// Counts an event's sentence gives: "one casualty and three injuries", "seven apartment
// blocks", "nearly 30 nations", "over 10 regions", "killing 12". A number counts for the
// noun (or verb) next to it; the approximating word is dropped ("nearly 30" -> 30).
import type { NumberMention, QuantityKey } from '../../doc/model.js';

const NOUNS: [RegExp, QuantityKey][] = [
  [/^(?:people |civilians |persons |soldiers |troops |children |women |men |person |civilian |soldier |child |woman |man |crew members |crew |sailors |seafarers |fishermen |passengers |policemen |police officers |aid workers |journalists )?(?:were |have been |had been |was |has been )?(?:killed|dead|deaths?|died|fatalities|casualty|killings|lives)\b/i, 'killed'],
  [/^(?:people |civilians |persons |others |children |person |civilian |soldier |child |woman |man |other |crew members |crew |sailors |seafarers |fishermen |passengers |policemen |police officers |aid workers |journalists )?(?:were |have been |was |has been )?(?:injured|wounded|hurt|injuries|injury)\b/i, 'injured'],
  [/^(?:people |civilians |persons |soldiers |crew members |crew |sailors |seafarers |fishermen |passengers )?(?:were |are )?(?:missing|unaccounted)\b/i, 'missing'],
  [/^(?:people |civilians |persons |soldiers |prisoners |hostages |captives )?(?:were |have been )?(?:detained|arrested|captured|abducted|taken hostage|held|hostages|prisoners of war|pows|detainees)\b/i, 'detained'],
  [/^(?:people |civilians |residents )?(?:were |have been )?(?:displaced|evacuated|fled|refugees)\b/i, 'displaced'],
  [/^(?:(?:residential |apartment |high-rise |private |multi-storey )?(?:apartment blocks|apartment buildings|buildings|homes|houses|residential buildings|blocks of flats|high-rises|structures|facilities|(?:industrial |power )?plants|factories|warehouses)|(?:of )?(?:homes|buildings))\b/i, 'buildings_damaged'],
  [/^(?:nations|countries|states|leaders|delegations|participants|governments|allies|heads of state)\b/i, 'participants'],
  [/^(?:regions|oblasts|provinces|districts|areas)\b/i, 'regions'],
];
const VERBS_BEFORE: [RegExp, QuantityKey][] = [
  [/\b(?:killing|killed|kills)\s+$/i, 'killed'],
  [/\b(?:injuring|injured|wounding|wounded)\s+$/i, 'injured'],
  [/\b(?:death toll (?:rose |climbed |reached )?(?:to )?|death toll of )$/i, 'killed'],
  // "detained at least 11 employees", "arrested four suspected militants" (the count of people held, whatever they are called).
  [/\b(?:detaining|detained|arresting|arrested|abducting|abducted)\s+$/i, 'detained'],
];

/** ", including a child,", ", most of them women,": a parenthesis about the group counted, between its noun and its verb. */
const INCLUDING = /^([\p{L}-]+),\s+(?:including|among them|among whom|most of them|many of them|mostly|all of them|some of them)\s+[^\s,.;][^,.;]{0,59},\s+/u;

/** "two gendarmes were wounded": any one or two words before a passive of death or wounds (a toll of its own, never summed into another). */
const PASSIVE_TOLL = /^(?:[\p{L}'’-]+\s+){1,2}(?:were|have been|had been)\s+(killed|injured|wounded)\b/iu;
/** "14 inmates and a prison guard were killed": a second group counted with the first, one of it. */
const AND_ONE_PASSIVE = /^(?:[\p{L}'’-]+\s+){1,2}and\s+(?:a|an|one)\s+(?:[\p{L}'’-]+\s+){1,2}(?:were|have been|had been)\s+(killed|injured|wounded)\b/iu;
/** "killed five members of the Frontier Corps and three civilians": words only, then "and", up to the second count. */
const AND_BETWEEN = /^\s+(?:[\p{L}'’-]+\s+){1,5}and\s+$/u;
/** A number written as a year. */
const YEAR = /^(?:19|20)\d\d$/;
const PASSIVE_KEY: Record<string, QuantityKey> = { killed: 'killed', injured: 'injured', wounded: 'injured' };

/** The key of the first expression of the table that matches (a loop, not a callback made at each call: V8 compiled such callbacks again after every full collection). */
function keyMatching(table: readonly (readonly [RegExp, QuantityKey])[], text: string): QuantityKey | undefined {
  for (const [re, key] of table) if (re.test(text)) return key;
  return undefined;
}

export function quantitiesIn(text: string, numbers: readonly NumberMention[]): Partial<Record<QuantityKey, number>> {
  const out: Partial<Record<QuantityKey, number>> = {};
  const summed = new Set<NumberMention>();
  for (const [i, n] of numbers.entries()) {
    if (summed.has(n)) continue;
    // "wounded dozens" gives no count: unknown stays unknown.
    if (n.approx === 'vague') continue;
    // ("though no one was hurt": no one counts nobody.)
    if (/\bno\s+$/i.test(text.slice(Math.max(0, n.start - 4), n.start))) continue;
    const after = text.slice(n.end).replace(/^\s+/, '').replace(/^(?:more |other |further |additional |russian |ukrainian |israeli |palestinian |[a-z]+-storey )/i, '')
      // ("six people, including a child, were killed": the group's parenthesis set aside.)
      .replace(INCLUDING, '$1 ');
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    let key: QuantityKey | undefined = keyMatching(NOUNS, after);
    let value = n.value;
    const andOne = key ? null : AND_ONE_PASSIVE.exec(after);
    if (andOne) { key = PASSIVE_KEY[andOne[1].toLowerCase()]; value += 1; }
    // ("Seven Colombian soldiers were killed", "Four officers were killed", "Six other guards were wounded": whoever the
    // one or two words name, a count before a passive of death or wounds is the toll; not a year: "in 2023 militants were killed".)
    const passive = key || andOne || YEAR.test(text.slice(n.start, n.end)) ? null : PASSIVE_TOLL.exec(after);
    if (passive) key = PASSIVE_KEY[passive[1].toLowerCase()];
    if (!key) {
      key = keyMatching(VERBS_BEFORE, before);
      // ("killing 12 police officers and six civilians": 18, when the second count names no toll of its own.)
      const next = numbers[i + 1];
      if (key && next && next.approx !== 'vague' && AND_BETWEEN.test(text.slice(n.end, next.start))) {
        const nextAfter = text.slice(next.end).replace(/^\s+/, '');
        if (!NOUNS.some(([re]) => re.test(nextAfter)) && !PASSIVE_TOLL.test(nextAfter)) { value += next.value; summed.add(next); }
      }
    }
    if (!key || out[key] !== undefined) continue;
    if (n.value <= 0 || n.value > 1e8) continue;
    out[key] = value;
  }
  return out;
}
