// Gap rules about clauses that lost their subject or a member of a list: a clause after a
// semicolon, a sentence that opens on "X and" straight before its verb, "said" before a
// past-tense verb, a quote mark that opens on a lower-case word.
import { hits, type GapHit, type GapRule } from './rules.js';
import { matchesOf } from '../../doc/matches.js';

/** "Moscow demands the province; refuses": a clause after a semicolon opens on its subject, not on a verb. */
export const semicolonThenVerb: GapRule = {
  id: 'semicolon-then-verb',
  find: (text) => hits(text,
    /(?=[a-z])(?<=;[ \t])(?=(?:refuses|rejects|denies|insists|agrees|accepts|argues|claims|warns|wants|demands|says|has|had|is|was|will|would|cannot)\b)/g,
    'semicolon-then-verb', (m) => m.index!),
};

/**
 * "A new round is expected this week, said, without giving a date": "said" between commas or before
 * a full stop has no speaker. (Before a time it may close an appositive: "Kushner, Trump’s
 * son-in-law, said on Thursday" — 11 false gaps on damaged train copies, so not there.)
 */
export const saidBetweenCommas: GapRule = {
  id: 'said-between-commas',
  find: (text) => hits(text, /(?=[saw])(?<=[\p{L}\d][,;][ \t])(?=(?:said|says|added|wrote)[,.](?:[ \t\n]|$))/gu, 'said-between-commas', (m) => m.index!),
};

/** Whether a sentence opens at `at`: the text's or a line's start, after ". " (a quote mark may close it), or after a dateline's ") — ". */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  if (i === 0 || text[i - 1] === '\n') return true;
  if (i === at) return false;
  const c = text[i - 1];
  if ('.!?'.includes(c)) return true;
  if ('”"'.includes(c)) return i > 1 && '.!?'.includes(text[i - 2]);
  if ('-–—'.includes(c)) {
    let j = i - 1;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    return j < i - 1 && text[j - 1] === ')';
  }
  return false;
}

/** The word that ends one blank before `at` ("Aliyev" in "Aliyev thanked"), or null. */
function wordBefore(text: string, at: number): string | null {
  if (at < 2 || !(text[at - 1] === ' ' || text[at - 1] === '\t')) return null;
  let w = at - 1;
  while (w > 0 && at - w < 40 && /[\p{L}’'-]/u.test(text[w - 1])) w--;
  return w < at - 1 ? text.slice(w, at - 1) : null;
}

/** Words that open a sentence and may stand before "and" without being a name: "Now and then". */
const NOT_A_NAME = /^(?:But|And|So|Then|Now|Today|Yesterday|Here|There|Again|Both|Either|Neither|Over|Back|Time|More|Less|Slowly)$/;

/**
 * "Russia and have exchanged 157 prisoners": a sentence that opens on a name and "and" is a
 * subject of two; straight before the verb, the second member was lost.
 */
export const openingPairWithoutSecond: GapRule = {
  id: 'opening-pair-without-second',
  find: (text) => {
    const out: GapHit[] = [];
    // (The name and the verb's letters are each taken whole at once; where the sentence opens is read after, by hand.)
    const re = /(?=[\p{Lu}])(?<![\p{L}])([\p{Lu}](?=([\p{L}]+))\2) and (?=(?:have|has|had|are|were|will|would|agreed|signed|exchanged|held|met|reached|traded|swapped)\b|(?!(?:allied|united|armed|related|aligned|affiliated|occupied|annexed|disputed|contested|backed|based|led)\b)(?=([a-z]+))\3(?<=[a-z]{3}ed) (?:the|a|an|their|its|on|to)\b)/gu;
    for (const m of matchesOf(text, re)) if (!NOT_A_NAME.test(m[1]) && opensSentence(text, m.index!)) out.push({ at: m.index! + m[0].length, rule: 'opening-pair-without-second' });
    return out;
  },
};

/**
 * "Zelenskiy said favored any format", "Officials warned launched the attack": a verb of saying
 * then a past-tense verb and its object's determiner; the reported clause lost its subject.
 */
export const saidThenPastVerb: GapRule = {
  id: 'said-then-past-verb',
  find: (text) => hits(text,
    /\b(?:said|says|warned|believes|believed|insisted|claimed)[ \t]+(?=(?:favou?red|supported|opposed|welcomed|agreed|wanted|rejected|accepted|refused|launched|attacked|struck|ordered|violated|broke|seized|captured|shelled|targeted|approved|proposed|offered|demanded|signed|halted|suspended|resumed|withdrew|sent|deployed|fired)[ \t]+(?:(?:a|an|any|the|to|its|his|her|their|no|all)\b|["“]))/g,
    'said-then-past-verb', (m) => m.index! + m[0].length),
};

/** "“ greets with a strike": an opening quote mark stands against its first word; a space and a lower-case word mean a lost name. */
export const quoteOpensOnLowerCase: GapRule = {
  id: 'quote-opens-on-lower-case',
  find: (text) => hits(text, /(?=\p{Ll})(?<=(?:^|[\s(])“[ \t])(?=\p{Ll}\p{Ll})/gmu, 'quote-opens-on-lower-case', (m) => m.index!),
};

/** "insisting retains the confidence": a verb of saying in -ing takes a clause whose subject comes first. */
export const ingClauseWithoutSubject: GapRule = {
  id: 'ing-clause-without-subject',
  find: (text) => hits(text,
    /\b(?:insisting|saying|claiming|arguing|noting|warning|stressing|adding)[ \t]+(?=(?:is|was|has|had|will|would|retains|remains|wants|needs|cannot|must)\b)/g,
    'ing-clause-without-subject', (m) => m.index! + m[0].length),
};

/** "talks between the , and Ukraine", "envoys from , and the United States": two members of a list lost, the second before "and". */
export const listWithoutTwoMembers: GapRule = {
  id: 'list-without-two-members',
  find: (text) => hits(text, /(?=a)(?<=\b(?:between|the|from|with|of|and)[ \t]*,[ \t])(?=and\b)/g, 'list-without-two-members', (m) => m.index!),
};

/**
 * "talks between the U.S., and Ukraine", "between envoys from Ukraine, and the United States":
 * "between" pairs two, so a comma before the "and" stands where a third member was lost. The
 * words from "between" to the comma name someone (a capital) and hold no other "and" or stop.
 */
export const betweenCommaAnd: GapRule = {
  id: 'list-without-member',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, /\bbetween[ \t]/g)) {
      const from = m.index + m[0].length;
      const seg = text.slice(from, from + 50);
      const c = seg.indexOf(', and ');
      if (c <= 0) continue;
      const head = seg.slice(0, c);
      if (/\band\b|[,;:.!?()“”"\n]/.test(head.replace(/\b(?:[A-Z]\.){2,3}/g, 'X')) || !/[\p{Lu}]/u.test(head)) continue;
      out.push({ at: from + c + 2, rule: 'list-without-member' });
    }
    return out;
  },
};

/**
 * "Netanyahu said would respond", "condemned the strikes and said was committed": a name or
 * "and" before "said", then an auxiliary; the reported clause lost its subject. (Only after a
 * sentence's opening name or "and": "the deal officials said was close" is English.)
 */
export const nameSaidThenAuxiliary: GapRule = {
  id: 'name-said-then-auxiliary',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, /\bsaid[ \t]+(?=(?:would|will|was|is|had|has|could|must|cannot)\b)/g)) {
      if (saidAfterOpeningName(text, m.index)) out.push({ at: m.index + m[0].length, rule: 'name-said-then-auxiliary' });
    }
    return out;
  },
};

/** Whether the words before "said" at `at` are the sentence's opening name ("Israeli Prime Minister Benjamin Netanyahu") or end on "[word] and". */
function saidAfterOpeningName(text: string, at: number): boolean {
  if (/[\p{Ll}] and[ \t]$/u.test(text.slice(Math.max(0, at - 8), at))) return true;
  // Walk back over up to six capitalised words, each followed by one blank.
  let start = at;
  let n = 0;
  while (n < 7) {
    let end = start;
    if (end === 0 || !(text[end - 1] === ' ' || text[end - 1] === '\t')) break;
    end--;
    let w = end;
    while (w > 0 && /[\p{L}’'.-]/u.test(text[w - 1])) w--;
    if (w === end || !/\p{Lu}/u.test(text[w])) break;
    start = w;
    n++;
  }
  if (n === 0 || n > 6) return false;
  if (/^(?:What|All|Everything|Nothing|That|This|Which|Whatever|Who)\b/.test(text.slice(start, start + 12))) return false;
  return opensSentence(text, start);
}

/** "Aliyev thanked and said", "Egypt hosted in Cairo": a verb that takes an object, straight before "and" or a preposition. */
export const transitiveWithoutObject: GapRule = {
  id: 'transitive-without-object',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, /\b(?:thanked|hosted|visited|welcomed|condemned|praised|critici[sz]ed|blamed|invaded)[ \t]+(?=(?:and|in|on|at|last|during|for|after|over)\b)/g)) {
      // Only after a subject, a name or a pronoun: "a move welcomed in Kyiv" is a participle.
      const prev = wordBefore(text, m.index);
      if (prev && (/^[\p{Lu}]/u.test(prev) || /^(?:he|she|they|who|which)$/.test(prev))) out.push({ at: m.index + m[0].length, rule: 'transitive-without-object' });
    }
    return out;
  },
};

/** "to end the war in .”": a preposition before a closing quote lost its object. */
export const prepositionBeforeClosingQuote: GapRule = {
  id: 'preposition-before-closing-quote',
  find: (text) => hits(text, /\b(?:in|of|to|from|with|against|on|for|by|into)[ \t]+(?=”)/g, 'preposition-before-closing-quote', (m) => m.index! + m[0].length),
};


// ---- Session 23 (gaps23): subjects and pair members lost inside a clause ----

/** Finite verbs a subject of two takes straight after its "and": "since Israel and ended", "Moscow and differ". */
const PAIR_FINITE = String.raw`(?:have|has|had|are|were|is|was|will|would|must|should|can|could|did|do|differ|disagree|remain|agreed|signed|ended|reached|held|met|exchanged|traded|concluded|called|expressed|urged|announced|said|say)`;
/** Months and days take "and" as times, not as a subject's members ("since February and has killed"). */
const TIME_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

// (Each capitalised word taken whole at once, "(?=(x+))\\2", so the words and the blanks between them split one way only.)
const SUBORDINATE_PAIR = new RegExp(String.raw`\b(?:that|since|while|because|whether|although|though|whereas|until|when)[ \t]+(?=[\p{Lu}])((?=([\p{Lu}][\p{L}.’'-]*))\2(?:[ \t](?=([\p{Lu}][\p{L}.’'-]*))\3){0,2})[ \t]+and[ \t]+(?=${PAIR_FINITE}\b)`, 'gu');
/**
 * "since Israel and ended their war", "said that Russia and have agreed": a subordinator opens a
 * clause on its subject, so a name and "and" straight before the finite verb is a subject of two
 * that lost its second member. (Times are no subjects: "since February and has killed".)
 */
export const subordinatePairWithoutSecond: GapRule = {
  id: 'subordinate-pair-without-second',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, SUBORDINATE_PAIR)) {
      const last = m[1].split(/[ \t]/).pop()!;
      if (TIME_WORD.test(last) || NOT_A_NAME.test(last)) continue;
      out.push({ at: m.index! + m[0].length, rule: 'subordinate-pair-without-second' });
    }
    return out;
  },
};

/** What may follow "between X and" where Y was lost: a verb, a preposition of time or place, a stop. */
const AFTER_LOST_PAIR = new RegExp(String.raw`^(?:${PAIR_FINITE}|remains|continue|continues|in|on|at|over|last|since|during|this|after|before|to)\b|^[.,;:]`);
/**
 * "talks between Moscow and remain deadlocked", "between Trump and on ending the war": "between"
 * takes two; when "and" is followed by a verb, a preposition or a stop, the second was lost.
 */
export const betweenAndNoSecond: GapRule = {
  id: 'between-and-no-second',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, /\bbetween[ \t]+(?=[\p{Lu}]|the[ \t])/gu)) {
      const from = m.index! + m[0].length;
      const seg = text.slice(from, from + 60);
      const a = /[ \t]and[ \t]+/.exec(seg);
      if (!a || a.index === 0) continue;
      const head = seg.slice(0, a.index);
      if (/\band\b|[;:.!?()“”"\n]/.test(head.replace(/\b(?:[A-Z]\.){2,3}/g, 'X')) || !/[\p{Lu}]/u.test(head)) continue;
      const rest = seg.slice(a.index + a[0].length);
      if (rest.length < 3 || !AFTER_LOST_PAIR.test(rest)) continue;
      out.push({ at: from + a.index + a[0].length, rule: 'between-and-no-second' });
    }
    return out;
  },
};

const LIST_THEN_VERB = new RegExp(String.raw`(?<=[\p{Lu}][\p{L}.’'-]*,[ \t]+(?:[\p{Lu}][\p{L}.’'-]*[ \t]+)?[\p{Lu}][\p{L}.’'-]*,[ \t]+and[ \t]+)(?=(?:have|has|had|are|were|will|would|agreed|signed|expressed|called|urged|held|met)\b)`, 'gu');
/** "the delegations from the U.S., Ukraine, and had agreed": a list of names with its last member lost before the verb. */
export const listThenVerb: GapRule = {
  id: 'list-then-verb',
  find: (text) => hits(text, LIST_THEN_VERB, 'list-then-verb', (m) => m.index!),
};

const ACCUSED_OF = /\baccused[ \t]+(?=of[ \t]+(?:being|[\p{Ll}]{3,}ing)\b)/gu;
/**
 * "Ukraine accused of undermining the talks", "Vice President J.D. Vance accused of being
 * ungrateful": a clause whose subject is a name (its words all capitalised, opening the sentence
 * or following an opening phrase's comma) uses "accused" actively and needs its object before
 * "of". ("and accused of" and "was accused of" are passives: left alone.)
 */
export const accusedWithoutObject: GapRule = {
  id: 'accused-without-object',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, ACCUSED_OF)) {
      let before = text.slice(Math.max(0, m.index! - 100), m.index!);
      before = before.replace(/,[ \t]+(?:in turn|for (?:its|his|her|their) part|meanwhile|however|too|again),[ \t]+$/i, ' ');
      let stop = -1;
      for (const e of matchesOf(before, /[.!?;:][”"’]?[ \t]/g)) stop = e.index!;
      const cut = Math.max(before.lastIndexOf('\n'), before.lastIndexOf(', '), stop);
      const clause = before.slice(cut + 1).replace(/^[.!?;:,”"’ \t]+/, '');
      if (!/^(?:[\p{Lu}][\p{L}.’'-]*[ \t]+){1,6}$/u.test(clause)) continue;
      if (/^(?:The|A|An|This|That|These|Those|Some|Many|Two|Three)[ \t]/.test(clause) && clause.trim().split(/[ \t]+/).length === 1) continue;
      out.push({ at: m.index! + m[0].length, rule: 'accused-without-object' });
    }
    return out;
  },
};

/**
 * ", with continuing to press its demands", ", with seeking to have the inquiry closed": an
 * absolute "with" takes a subject before its -ing verb; straight before "to", an article or a
 * name, the verb lost it.
 */
export const withoutAbsoluteSubject: GapRule = {
  id: 'absolute-with-without-subject',
  find: (text) => hits(text,
    /(?<=,)[ \t]+with[ \t]+(?=(?!(?:fighting|bombing|shelling|growing|mounting|rising|increasing|continuing|ongoing|remaining|outstanding|pending|lasting|existing|nothing|something|everything|anything)\b)[\p{Ll}]{3,}ing[ \t]+(?:to|the|a|an|its|their|his|her|[\p{Lu}])\b)/gu,
    'absolute-with-without-subject', (m) => m.index! + m[0].length),
};

/** Finite verbs that make the words before a comma a clause of their own, not an appositive ("Kushner, Trump's son-in-law,"). */
const CLAUSE_FINITE = /\b(?:would|will|is|was|are|were|has|had|have|must|can|could|should|did|does|cannot|won[’']t)\b/;
/**
 * "Indonesia would require a mandate to take part, said this month.", "drones launched overnight Saturday, said in a
 * post": a reported clause, a comma, then "said" and a time or a place: the speaker after the comma was lost. Only when
 * the words since the last comma or sentence start hold a finite verb and open on no relative word (an appositive
 * "Kushner, Trump’s son-in-law, said on Thursday" or "Putin, who was in Minsk, said" holds its own subject).
 */
export const trailingAttribution: GapRule = {
  id: 'trailing-attribution',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, /(?<=[\p{L}\d”"’)]),[ \t]+(?=(?:said|says|told|added|wrote)[ \t]+(?:on|in|this|last|late|earlier|at|during|after|ahead|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gu)) {
      const before = text.slice(Math.max(0, m.index! - 200), m.index!);
      let from = 0;
      for (const e of matchesOf(before, /[,;:\n“"]|[.!?][”"’]?[ \t]/g)) from = e.index! + e[0].length;
      const segment = before.slice(from).trim();
      if (segment.split(/[ \t]+/).length < 4 || /^(?:who|which|whose|where|whom|when|speaking|writing|according)\b/i.test(segment) || !CLAUSE_FINITE.test(segment)) continue;
      out.push({ at: m.index! + m[0].length, rule: 'trailing-attribution' });
    }
    return out;
  },
};

/** "Separately, DiCarlo said, has offered to mediate": "said" and a comma before a finite verb lost the reported clause's subject. */
export const saidCommaThenVerb: GapRule = {
  id: 'said-comma-then-verb',
  find: (text) => hits(text, /\b(?:said|says|added|noted|stressed)(?=,)(?<=[\p{L}][ \t]\p{L}+),[ \t]+(?=(?:has|had|is|was|will|would|must|cannot)[ \t]+(?:also[ \t]+|already[ \t]+|not[ \t]+)?(?=([\p{Ll}]+))\1(?<=ed|en|ing)(?![\p{L}]))/gu, 'said-comma-then-verb', (m) => m.index! + m[0].length),
};

/** "But has rejected the demand", "And said it would": a sentence that opens on a conjunction and then a finite verb lost its subject. */
export const conjunctionThenVerb: GapRule = {
  id: 'conjunction-then-verb',
  find: (text) => hits(text,
    /(?=[BAY])(?<=(?:^|\n|[.!?][”"’]?[ \t]))(?:But|And|Yet)[ \t]+(?=(?:(?:has|had|have|is|was)[ \t]+(?:(?:also|already|since|repeatedly|long|not|so far)[ \t]+)?(?=([\p{Ll}]+))\1(?<=ed)[ \t]|(?:said|says|told|insisted|warned|added|rejected|refused|accused)[ \t]))/gu,
    'conjunction-then-verb', (m) => m.index! + m[0].length),
};

/** "Somalia’s has also addressed parliament": a name's possessive straight before a finite auxiliary lost what it owned, a role and its holder. */
export const possessiveThenAuxiliary: GapRule = {
  id: 'possessive-then-auxiliary',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, /[’']s[ \t]+(?=(?:has|have|was|were|will|would)[ \t])/g)) {
      // The owner: a capitalised word that is no pronoun or "Let" ("He’s had", "Let’s have", "It’s been").
      const owner = /(?:^|[^\p{L}])(\p{Lu}\p{L}+)$/u.exec(text.slice(Math.max(0, m.index - 30), m.index));
      if (!owner || POSSESSIVE_NOT_OWNER.test(owner[1])) continue;
      // Then an auxiliary, maybe an adverb, and a participle: "Somalia’s has also addressed".
      const rest = /^[a-z]+[ \t]+(?:(?:also|already|repeatedly)[ \t]+)?([\p{Ll}]+)/u.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 40));
      if (!rest || !/(?:ed|en)$/.test(rest[1])) continue;
      out.push({ at: m.index + m[0].length, rule: 'possessive-then-auxiliary' });
    }
    return out;
  },
};
const POSSESSIVE_NOT_OWNER = /^(?:He|She|It|That|There|What|Who|Where|Here|Let|This|Everyone|Nobody|Somebody|Someone|Everything|Nothing)$/;

/** "Tel Aviv [], March 25", "journalist _**,**_": an empty pair of brackets, or bold opening on a comma, held a linked name. */
export const emptyMarkup: GapRule = {
  id: 'empty-markup',
  find: (text) => [
    ...hits(text, /(?<!!)\[(?=\](?!\())/g, 'empty-markup', (m) => m.index! + 1),
    ...hits(text, /(?<=(?:^|[\s(])_?)\*\*(?=[,.;:])/g, 'empty-markup', (m) => m.index! + 2),
  ],
};

/** "“I believe has managed to", "we think will": a first person's verb of belief takes a clause whose subject was lost. */
export const beliefWithoutSubject: GapRule = {
  id: 'belief-without-subject',
  find: (text) => hits(text,
    /\b(?:I|[Ww]e|[Tt]hey)[ \t]+(?:(?:really|still|firmly|do)[ \t]+)?(?:believe|think|hope|fear|expect|suspect|know|understand)[ \t]+(?=(?:has|had|is|was|will|would|can|could|must|cannot|won[’']t)[ \t])/g,
    'belief-without-subject', (m) => m.index! + m[0].length),
};

export const CLAUSE_RULES: GapRule[] = [
  semicolonThenVerb, saidBetweenCommas, openingPairWithoutSecond, saidThenPastVerb, quoteOpensOnLowerCase,
  ingClauseWithoutSubject, listWithoutTwoMembers, betweenCommaAnd, nameSaidThenAuxiliary, transitiveWithoutObject, prepositionBeforeClosingQuote,
  subordinatePairWithoutSecond, betweenAndNoSecond, listThenVerb, accusedWithoutObject, withoutAbsoluteSubject,
  trailingAttribution, saidCommaThenVerb, conjunctionThenVerb, possessiveThenAuxiliary, emptyMarkup, beliefWithoutSubject,
];
