// Gap rules about two words that cannot stand side by side once a name between them is lost:
// a subordinator straight before a finite verb ("after accused Moscow of", "whether should keep"),
// a word said twice ("between Putin and and"), a hyphen or a dash cut from its name ("the Arab-
// Project", "the - conflict"), a sentence that opens in lower case on a preposition (". on Monday
// said"), and a verb that needs its object before "of", "for" or "to" ("accusing of", "allow to").
// Each is a rule of English syntax: every word list below is closed and general, none an article's.
import { hits, type GapHit, type GapRule } from './rules.js';
import { matchesOf } from '../../doc/matches.js';

/** Finite auxiliaries and modals: "whether should keep", "if would". */
const AUX = String.raw`(?:is|was|are|were|has|had|have|will|would|should|could|can|must|might|may|does|did|cannot|won[’']t|wouldn[’']t|doesn[’']t|didn[’']t)`;

/** Present-tense verbs in -s that are no plural nouns in news copy: "after accuses Moscow", "if commits". */
const S_VERB = String.raw`(?:accuses|commits|agrees|refuses|rejects|insists|says|wants|decides|withdraws|invades|announces|threatens|declines|allows|abandons|accepts|seeks|tells|breaks|violates|recognises|recognizes|annexes|sends|deploys|retreats|halts|resumes|launches|ends|stops)`;

/** Past-tense verbs that are no adjectives before a noun: "after permitted their passage", "since invaded". */
const PAST_VERB = String.raw`(?:accused|permitted|invaded|annexed|seized|captured|launched|struck|shelled|bombed|attacked|rejected|refused|declined|vowed|threatened|pledged|promised|agreed|decided|failed|sought|tried|moved|began|started|spoke|met|visited|signed|said|told|announced|insisted|demanded|urged|warned|opened|withdrew|broke|violated|ordered|sent|deployed|killed|took|made|gave|won|lost|held|left|entered|crossed|recognised|recognized|proposed|offered|floated|suggested|revived|resumed|halted|ended|stopped|suspended|pulled|fired)`;

const IS_AUX = new RegExp(String.raw`^${AUX}$`);
const IS_PAST_VERB = new RegExp(String.raw`^${PAST_VERB}$`);

/** Past participles that stand after a subordinator in a reduced passive: "when asked the question", "if allowed to". */
const PASSIVE_AFTER_SUBORDINATOR = /^(?:told|asked|given|shown|offered|promised|granted|handed|sent|awarded|denied|called|named|elected|appointed|allowed|permitted|forced|ordered|invited|urged|required|pressed|made|taken|held|left|seen|known|met|signed|proposed|announced)$/;

// (Made once: an expression made anew at each call is compiled again whenever V8's cache of them has aged it out.)
const SUBORDINATOR_THEN_VERB = new RegExp(String.raw`\b(?:[Aa]fter|[Ss]ince|[Ww]hen|[Uu]ntil|[Oo]nce|[Ii]f|[Uu]nless|[Ww]hether|[Bb]ecause)(?=([ \t]+))\1(?=((?:(?:previously|also|later|first|again|then|repeatedly|publicly|recently|reportedly|initially|finally)[ \t]+)?)(${AUX}|${S_VERB}|${PAST_VERB})\b)`, 'g');
/**
 * "after accused Moscow of", "since invaded.", "if commits;", "when declined to", "whether should
 * keep": a subordinator takes a subject before its finite verb. A past form counts only before an
 * object ("the", "its", a name, a quote), "to" or the end of the clause, and never where a reduced
 * passive may stand ("when asked the question", "if allowed to"); "has since" is an adverb.
 */
export const subordinatorThenVerb: GapRule = {
  id: 'subordinator-then-verb',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, SUBORDINATOR_THEN_VERB)) {
      const word = m[3];
      // The name stood before an adverb: "when [Trump] previously floated".
      const at = m.index! + m[0].length;
      const verbAt = at + m[2].length;
      const sub = m[0].trim().split(/[ \t]+/)[0].toLowerCase();
      const before = text.slice(Math.max(0, m.index! - 12), m.index!);
      // "has since agreed", "ever since", "long since": "since" as an adverb.
      if (sub === 'since' && /\b(?:has|have|had|having|ever|long|soon|shortly|years|months|weeks|days)[ \t]+$/i.test(before)) continue;
      // "as if would" is no English either; but "when is the next round?" / "since when" are questions: auxiliaries only after whether/if.
      const isAux = IS_AUX.test(word);
      if (isAux && sub !== 'whether' && sub !== 'if') continue;
      if (isAux && sub === 'if' && /\b(?:as|even|only|what)[ \t]+$/i.test(before) && /^(?:is|was|were)$/.test(word)) continue;
      const rest = text.slice(verbAt + word.length, verbAt + word.length + 30);
      if (IS_PAST_VERB.test(word) && !isAux) {
        if (PASSIVE_AFTER_SUBORDINATOR.test(word)) continue;
        // An object, "to", a particle or the clause's end must follow the past form.
        if (!/^(?:[ \t]+(?:the|a|an|its|his|her|their|this|that|these|those|some|all|any|more|no|to|fire|off|out|up|back|down|[\p{Lu}]|[“"‘])|[ \t]*[.,;:!?])/u.test(rest)) continue;
        // "after agreed terms", "since signed deals": an adjective reading needs a noun after it, not a determiner or a name.
      } else if (!isAux) {
        if (!/^(?:[ \t]+(?:the|a|an|its|his|her|their|this|that|to|on|with|[\p{Lu}]|[“"‘])|[ \t]*[.,;:!?])/u.test(rest)) continue;
      }
      out.push({ at, rule: 'subordinator-then-verb' });
    }
    return out;
  },
};

/** "talks between Putin and and that", "defeat on on the battlefield": a function word said twice, a name lost between. */
export const doubledWord: GapRule = {
  id: 'doubled-word',
  find: (text) => hits(text,
    /\b(and|or|on|in|to|of|with|by|for|from|against|at)(?=([ \t]+))\2(?=\1\b)/g,
    'doubled-word', (m) => m.index! + m[0].length),
};

/**
 * "the Arab- Project", "end the - conflict", "occupied by -- locals": a hyphen or a double hyphen
 * standing alone after an article or a preposition, or cut from its first half before a capital.
 */
export const strandedDash: GapRule = {
  id: 'stranded-dash',
  find: (text) => [
    // "the Arab- Project": a capitalised word, a hyphen, a blank, a capitalised word ("pre- and post-war" keeps its "and").
    ...hits(text, /(?=[ \t])(?<=\b[\p{Lu}][\p{L}]+-)(?=[ \t][\p{Lu}])/gu, 'stranded-dash', (m) => m.index!),
    // "end the - conflict": the two names round the hyphen were lost, one each side.
    ...[...matchesOf(text, /\b(?:the|a|an)(?=([ \t]+))\1(?=-[ \t]+[\p{Ll}])/gu)].flatMap((m) => [
      { at: m.index! + m[0].length, rule: 'stranded-dash' },
      { at: m.index! + m[0].length + 2, rule: 'stranded-dash' },
    ]),
    // "occupied by -- locals", "the support of - and": a preposition cannot stand before a dash.
    ...hits(text, /\b(?:by|of|from|with|against|between)(?=([ \t]+))\1(?=--?[ \t])/g, 'stranded-dash', (m) => m.index! + m[0].length),
  ],
};

/**
 * "… to Russia. on Monday said", ". once again": a sentence opens on a capital; after a word's full
 * stop (not an abbreviation's: "U.S.", "p.m.", "Gen.", "etc.") a lower-case preposition opened
 * the clause only because the name before it was lost.
 */
export const sentenceOpensOnPreposition: GapRule = {
  id: 'sentence-opens-on-preposition',
  find: (text) => hits(text,
    /(?=[a-z])(?<=(?<![.’'-])\b[\p{L}][\p{Ll}]{2,}[.!?][ \t]+)(?<!\b(?:etc|approx|incl|esp|govt|dept|est|Inc|Corp|Ltd|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Gen|Col|Sgt|Sen|Rep|Gov|Capt|Maj|Cmdr|Adm|Rev|Hon|Prof|Mrs|vol|no|pp)[.!?][ \t]+)(?=(?:on|once|in|at|during|following|after|before|with|for|from|while|meanwhile|later|earlier)\b[ \t]+(?:[\p{Lu}\d]|the\b|a\b|an\b|its\b|his\b|her\b|their\b|again\b|Monday|Tuesday))/gu,
    'sentence-opens-on-preposition', (m) => m.index!),
};

/** "accusing of prioritising war", "condemn for pounding", "allow to redirect": a verb that needs its object before the preposition. */
export const objectBeforePreposition: GapRule = {
  id: 'object-before-preposition',
  // ("the UAE, which it accuses of arming", "some of whom they accuse of spying": the relative pronoun is the object.)
  find: (text) => objectHits(text).filter((h) => {
    const before = text.slice(Math.max(0, h.at - 40), h.at);
    let from = 0;
    for (const p of matchesOf(before, /[.,;:!?\n]/g)) from = p.index! + 1;
    return !/\b(?:which|whom|who|that)\b/i.test(before.slice(from));
  }),
};

function objectHits(text: string): GapHit[] {
  return [
    ...hits(text, /\b(?=[abcpt])(?<!\b(?:the|an?|of|for|by)[ \t]+)(?:accusing|accuses|accuse|blaming|blames|condemning|condemns|condemn|thanking|praising|criticising|criticizing|criticises|criticizes|criticise|criticize)(?=([ \t]+))\1(?=(?:of|for)[ \t]+[\p{Ll}]+ing\b)/gu, 'object-before-preposition', (m) => m.index! + m[0].length),
    ...hits(text, /\b(?=[aepc])(?<!\b(?:is|are|was|were|be|been|being|the|an?)[ \t]+)(?:allow|allows|allowing|enable|enables|enabling|persuade|persuades|persuading|convince|convinces|convincing|compel|compels|compelling)(?=([ \t]+))\1(?=to[ \t]+[\p{Ll}])/gu, 'object-before-preposition', (m) => m.index! + m[0].length),
  ];
}

/** Verbs that take a clause without "that": "cautioned would not", ", said was prepared", "reported that had fired". */
// (No form that is also a plural noun: "If these reports are accurate", "his fears were".)
const CLAUSE_VERB = String.raw`(?:said|says|say|cautioned|stressed|argued|argues|predicted|predicts|acknowledged|conceded|suggested|indicated|reiterated|confirmed|estimated|warned|warns|insisted|insists|added|adds|noted|reported|alleged|alleges|contended|contends|maintained|maintains|believed|believes|claimed|feared)`;

const CLAUSE_VERB_THEN_AUXILIARY = new RegExp(String.raw`\b${CLAUSE_VERB}(?=([ \t]+))\1(?:that[ \t]+)?(?=(?:would|will|could|can|cannot|must|should|had|has|was|were|is|are|did|does|won[’']t|wouldn[’']t|didn[’']t)\b)`, 'g');
/**
 * ", said was prepared to", "He cautioned would not", "Kyiv reported that had fired": a verb of
 * saying straight before a finite auxiliary (or "that" and one) lost the reported clause's subject.
 * Not in a relative clause or after "what"/"all" ("the deal officials said was close", "what he
 * said was"), where the auxiliary's subject is the clause's head.
 */
export const clauseVerbThenAuxiliary: GapRule = {
  id: 'clause-verb-then-auxiliary',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, CLAUSE_VERB_THEN_AUXILIARY)) {
      const at = m.index! + m[0].length;
      const thatForm = /that[ \t]+$/.test(m[0]);
      const before = text.slice(Math.max(0, m.index! - 80), m.index!);
      // (The clause starts after the last sentence end, line break, semicolon, colon or quote mark; "U.N. experts" is no sentence end.)
      let from = 0;
      for (const e of matchesOf(before, /[.!?]["”’]?[ \t]+(?=[\p{Lu}“"‘])|[\n;:“"]/gu)) from = e.index! + e[0].length;
      const clause = before.slice(from);
      // A relative clause or a free relative holds the auxiliary's subject: "the deal officials said was close", "what he said was".
      if (!thatForm && /\b(?:what|whatever|all|which|that|who|whom|where|when|how|than|as)\b/i.test(clause) && !/,[ \t]*(?:and[ \t]+)?$/.test(clause)) continue;
      // ", said was": only the comma form, or a subject of its own before the verb ("He cautioned", "Experts say").
      // (A pronoun or plain noun subject opens its clause: "attacks it says are in solidarity" is a relative clause without "that".)
      // ("The deal officials said was close": two nouns before the verb are a relative clause's head and subject.)
      if (!thatForm && !/(?:,[ \t]*|,[ \t]*and[ \t]+|^[ \t]*(?:[\p{Lu}][\p{L}’'.-]*[ \t]+){1,5}|^[ \t]*(?:[Tt]he[ \t]+)?[\p{Ll}]+[ \t]+|(?:^|\b(?:and|but)[ \t]+)(?:he|she|they|it|we)[ \t]+)$/u.test(clause)) continue;
      out.push({ at, rule: 'clause-verb-then-auxiliary' });
    }
    return out;
  },
};

export const WORD_RULES: GapRule[] = [clauseVerbThenAuxiliary, subordinatorThenVerb, doubledWord, strandedDash, sentenceOpensOnPreposition, objectBeforePreposition];

/** Verbs a person or a state is the subject of, past or present: "said", "welcomed", "affirms". */
const SUBJECT_VERB = String.raw`(?:said|says|told|stated|added|welcomed|affirmed|reaffirmed|announced|insisted|warned|rejected|denied|urged|called|accused|vowed|stressed|noted|dismissed|declared|demanded|pledged|praised|condemned|criticised|criticized|argued|confirmed|agreed|refused)`;

const DEMONYM_THEN_VERB = new RegExp(String.raw`(?:^|[\n,;:“"‘(]|[.!?]["”’]?[ \t])[ \t]*([\p{Lu}][\p{Ll}]+)(?=([ \t]+))\2(?=${SUBJECT_VERB}\b)`, 'gu');
/**
 * "Israeli said on Monday", "In contrast, Israeli welcomed", "Lebanese affirmed that": a people's
 * adjective at a clause's opening (a line's or sentence's start, after a comma or a quote) straight
 * before a finite verb lost the role and name it described ("Israeli [Prime Minister Benjamin
 * Netanyahu] said"). A singular people's noun takes a determiner ("an Israeli said"), so a bare
 * one opening a clause is no subject. `demonyms`: the knowledge base's, lower case; a word that
 * also names a state ("Iran said") is no demonym here.
 */
export function demonymThenVerb(text: string, demonyms: ReadonlySet<string> | ReadonlyMap<string, string>, isState: (word: string) => boolean): GapHit[] {
  const out: GapHit[] = [];
  for (const m of matchesOf(text, DEMONYM_THEN_VERB)) {
    const key = m[1].toLowerCase();
    // (An adjective's ending only: "Turk said" is Volker Türk, a people's noun is a surname too.)
    if (!/(?:an|ese|ish|i|ch)$/.test(key) || !demonyms.has(key) || isState(key)) continue;
    out.push({ at: m.index! + m[0].length, rule: 'demonym-then-verb' });
  }
  return out;
}

/** Nouns that a people's adjective describes in the plural, a pair of them before: "Russian and Ukrainian delegations". */
export const PAIRED_NOUN = String.raw`(?:delegations|delegates|mediators|negotiators|officials|forces|troops|soldiers|militaries|armies|intelligence|aircraft|warplanes|diplomats|leaders|authorities|governments|counterparts|envoys|ministers|teams|sides|border guards|security forces)`;

/** (Built once: an expression built at each call is compiled again; see src/doc/matches.ts.) */
const DEMONYM_AND_NOUN = new RegExp(String.raw`(?<![\p{L}-])([\p{Lu}][\p{Ll}]+)[ \t]+and[ \t]+(?=${PAIRED_NOUN}\b)`, 'gu');

/**
 * "Russian and delegations held two rounds", "a proposal from Egyptian and mediators": a people's
 * adjective, "and", then a plural noun it would share with a second one lost between ("and
 * other delegations" keeps a word there). `demonyms`: the knowledge base's, lower case.
 */
export function demonymAndNoun(text: string, demonyms: ReadonlySet<string> | ReadonlyMap<string, string>): GapHit[] {
  const out: GapHit[] = [];
  for (const m of matchesOf(text, DEMONYM_AND_NOUN)) {
    const key = m[1].toLowerCase();
    if (!/(?:an|ese|ish|i|ch)$/.test(key) || !demonyms.has(key)) continue;
    out.push({ at: m.index! + m[0].length, rule: 'demonym-and-noun' });
  }
  return out;
}
