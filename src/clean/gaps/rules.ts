// Rules that find where a scraper lost a name with its link text. Each returns the points
// where the name belongs: `at` is the index the lost name would start at.
// They are rules about English syntax, not about any one article: a preposition is never
// followed by a full stop, a possessive "’s" always has an owner.
import { matchesOf } from '../../doc/matches.js';

export interface GapHit {
  at: number;
  rule: string;
}

// Linear on long runs (test/redos.test.ts): a cheap look-ahead comes before a look-behind that
// scans back over spaces, so the scan runs once a run and not at each of its positions; and
// "(?=([ \t]+))\1" takes a run of blanks whole, where the next part cannot start with a blank.
/** First words of people's names, lower case: only asked whether it holds a word. */
/** First names; `known`, when given, the knowledge base's alone (without the article's own cast's). */
export type FirstNames = Pick<ReadonlySet<string>, 'has'> & { known?: Pick<ReadonlySet<string>, 'has'> };

export interface GapRule {
  id: string;
  /** `firstNames`: first words of people's names, lower case (from the knowledge base). */
  find(text: string, firstNames?: FirstNames): GapHit[];
}


/** Every match of `re` in `text` as a hit of `rule`, at the point `offset` gives. */
export function hits(text: string, re: RegExp, rule: string, offset: (m: RegExpExecArray) => number): GapHit[] {
  const out: GapHit[] = [];
  for (const m of matchesOf(text, re)) out.push({ at: offset(m as RegExpExecArray), rule });
  return out;
}

/** "withdrawal of his troops from ." / "to overtake ," / "Ukrainian President ." / "aggression against .”" */
export const wordBeforeLonePunct: GapRule = {
  id: 'space-before-punctuation',
  find: (text) => hits(text, /(?=[ \t])(?<=[\p{L}’'”"])([ \t]+)(?=[.,;:][”")]?(?:[ \t\n]|$)(?![.]))/gu, 'space-before-punctuation', (m) => m.index! + m[1].length),
};

/** "‘s foreign minister Sergey Lavrov", "efforts by ‘s to": a possessive with no owner. */
export const ownerlessPossessive: GapRule = {
  id: 'ownerless-possessive',
  find: (text) => hits(text, /(?=[‘’'])(?<=^|[\s(“"—–-])[‘’'](?=s\b)/gmu, 'ownerless-possessive', (m) => m.index!),
};

/** "has stated that is “ready": a reported clause whose subject is missing. */
export const subjectlessThatClause: GapRule = {
  id: 'subjectless-that-clause',
  find: (text) => hits(text,
    /\b(?:said|says|say|stated|states|stating|told (?=(\w+))\1|warned|warning|added|insisted|insistence|claimed|believes|believe|announced|confirmed|argued|suggested|suggest|suggests|noted|stressed|emphasi[sz]ed|declared|hopes|hoped|hope|thinks|thought|knows|insists|reaffirmed|highlighted|reiterated|repeated|indicated|signall?ed|acknowledged|admitted|assured|promised|pledged|demand|demanded|demanding|guarantee|guarantees|fears|feared|expects|expected|wrote|understands|recogni[sz]ed|restated|adding|saying|insisting|stressing|noting|warning|claiming|arguing|state|emphasi[sz]ing)(?: last (?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|week|month|year|night)| on (?:the same day|[\p{L}\d]{1,20})| (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day| (?:later|earlier|again|also|previously|publicly|repeatedly|recently|yesterday|today)| in an? (?:statement|televised address|video address|speech|interview)| at an? (?:press|news) conference| this (?:week|month|year)){0,3} that\s+(?=and[ \t]+[\p{Lu}]|(?:(?:completely|fully|immediately|still|also|never|firmly|already|now)[ \t]+)?(?:intends|intended|plans|planned|expects|exists|seeks|aims|cease|surrender|launched(?=[ \t]+(?:more|over|about|around|nearly|at|\d|the|a|an|its|[“"]))|is|was|has|had|have|will|would|can|could|should|must|may|might|shall|are|were|remains|remained|wants|wanted|needs|did|does|be|agrees|agreed|seeks|sought|favou?rs|favou?red|refuses|refused|supports|supported|opposes|opposed|rejects|rejected|accepts|accepted|denies|denied|continues|continued|cannot|won't|won’t|will not|withdraw|drop|give|stop|end|halt|return|accept|recogni[sz]e|cede|abandon|pull)\b)/giu,
    'subjectless-that-clause', (m) => m.index! + m[0].length),
};

/** "has outlined three conditions" opening a paragraph: a paragraph cannot open in lower case on a verb. */
export const paragraphOpensOnVerb: GapRule = {
  id: 'paragraph-opens-on-verb',
  find: (text) => hits(text,
    /(?=[a-z])(?<![^\n \t])(?<=^|\n[ \t]*\n[ \t]*)(?=(?:has|have|had|is|was|were|are|will|would|said|says|told|added|expressed|announced|warned|called|urged|insisted|stated|claimed|accused|met|spoke|visited|signed|agreed|rejected|dismissed|refused|offered|pledged|described|branded|[a-z]+ed)\b)/g,
    'paragraph-opens-on-verb', (m) => m.index!),
};

/** "aid to amid the fighting", "his wish to for a deal": two prepositions in a row. */
export const prepositionPair: GapRule = {
  id: 'preposition-pair',
  find: (text) => hits(text,
    /\b(?:to|from|by|with|of|for|against|toward|towards|between|throughout|into|onto)\s+(?=(?:to|for|amid|from|with|of|by|against|at)\b)(?!at (?:least|most|all|once|times|first|last|the same)\b)/g,
    'preposition-pair', (m) => m.index! + m[0].length),
};

/** "portraying as the aggressor": a verb of describing with no object. */
export const objectlessAs: GapRule = {
  id: 'objectless-as',
  find: (text) => hits(text,
    /\b(?:portray|describ|depict|label|brand|paint|cast|denounc|characteris|characteriz)ing\s+(?=as\b)/g,
    'objectless-as', (m) => m.index! + m[0].length),
};


/** "spoke on Monday, reports" closing a sentence: the outlet's name was the link. */
export const subjectlessReportingTail: GapRule = {
  id: 'subjectless-reporting-tail',
  find: (text) => hits(text, /,[ \t]+(?:reports|reported|according to|says|said|writes|wrote)[ \t]*(?=\n|$)/g, 'subjectless-reporting-tail', (m) => m.index! + m[0].trimEnd().length),
};

/** "with Nato and representatives, with": a coordinated bare role noun whose owner was lost. */
export const ownerlessRoleNoun: GapRule = {
  id: 'ownerless-role-noun',
  find: (text) => hits(text,
    /(?=[rodne])(?<=\b[\p{Lu}][\p{L}]+ and )(?=(?:representatives|officials|delegates|negotiators|envoys)\b(?!\s+(?:of|from|for|in|at)\b))/gu,
    'ownerless-role-noun', (m) => m.index!),
};

/** "As aimed at ending the war": a clause opener followed straight by a finite verb. */
export const subjectlessOpener: GapRule = {
  id: 'subjectless-opener',
  find: (text) => hits(text,
    /(?=[a-z])(?<=(?:^|[.!?]\s+|\n)(?:As|While|When|After|Before|Since|Although|Because|Though) )(?=(?!(?:repeated|renewed|increased|heightened|continued|sustained|prolonged|protracted|failed|stalled|armed|coordinated|intensified|escalated|limited|heated|concerted|reported|expected|noted|mentioned|described|stated|seen|shown|planned|agreed|announced|required|needed|usual|said|asked|told|pressed|questioned|contacted|approached|reached|invited|interviewed|quoted|cited|well|such|part|soon|long|far|much|many|of|for|to|a|an|the|with|in|on|at)\b)[a-z]+ed\b)/g,
    'subjectless-opener', (m) => m.index!),
};

/** "three years after ... on Ukrainian soil, has dispatched his chief of staff". */
export const subjectlessMainClause: GapRule = {
  id: 'subjectless-main-clause',
  find: (text) => hits(text,
    /(?=(?:has|have|had|will|would)\s+(?:\w+ly\s+)?\w+ed\b)(?<=(?:^|[.!?]\s+|\n)(?:As|After|While|When|Since|Although|Though|Following|Despite|Before|Because|Ahead of|Amid|In)\b[^.!?\n]{5,200}?(?<![\p{Lu}][\p{L}.'’-]*), )(?<!\b(?:who|which|that)\b[^,]*, )/gu,
    'subjectless-main-clause', (m) => m.index!),
};

/** "According to two diplomats, and she is ready to ...": an opening phrase cannot go on with "and"; the main clause was lost. */
export const lostMainClause: GapRule = {
  id: 'lost-main-clause',
  find: (text) => hits(text,
    /(?=and\s+(?:he|she|it|they|we|[\p{Lu}][\p{L}]+)\s+(?:is|was|are|were|has|had|have|will|would|says|said)\b)(?<=(?:^|[.!?]\s+|\n)(?:According to|In|On|At|During|After|Before|Following|Speaking)\b[^.!?\n,]{2,80}, )/gu,
    'lost-main-clause', (m) => m.index!),
};


// Role nouns that stand before a name ("special envoy Steve Witkoff", "President Ruto").
export const ROLE = String.raw`(?:[Pp]resident|[Pp]rime [Mm]inister|[Mm]inister|[Ee]nvoy|[Ss]pokes(?:man|woman|person)|[Nn]egotiator|[Ss]ecretary[ -][Gg]eneral|[Ss]ecretary|[Cc]hancellor|[Pp]remier|[Ll]eader|[Cc]ommander|[Aa]mbassador|[Ss]enator|[Gg]overnor|[Kk]ing|[Ee]mir|[Aa]dviser|[Aa]dvisor|[Mm]ediator|[Dd]elegation head|[Mm]ayor)`;
/** Words that make a bare role a complete noun phrase: "the president said", "as prime minister". */
/** Plural roles may stand bare ("Negotiators will return"), but not before a lost first name's surname. */
const ROLES = String.raw`(?:${ROLE}|[Ee]nvoys|[Nn]egotiators)`;
/** Lower-case particles that open a surname: "President al-Sharaa", "Mohammed bin Salman". */
const PARTICLE = String.raw`(?:bin|ibn|bint|al|el|ad|as|ash|de|da|di|du|do|dos|das|del|della|van|von|der|den|le|la|ben|ould|ag|wa)\b`;
const ROLE_DETERMINER = /(?:^|[^\p{L}])(?:the|a|an|his|her|its|their|our|my|your|this|whose|every|each|any|no|as|became|become|becomes|named|appointed|elected|remain|remains|remained|be|is|was|were|are|former|acting|new|then|of|for|to|said|told)$/iu;
/** Words before a role that are no article or possessive: "as", "became", "former", "of" ... */
const ARTICLE_FREE = /^(?:as|of|for|to|said|told|then)$/i;
/** A finite verb right after a role: "President urged", "Minister reaffirmed". */
const FINITE_AFTER_ROLE = /^ (?:said|says|told|urged|urges|reaffirmed|accused|announced|welcomed|added|warned|insisted|rejected|dismissed|called|vowed|stressed|has|had|is|was|will|would)\b/;
const ROLE_NP_WORD = /^(?:[\p{Lu}][\p{L}\p{N}.’'-]*|special|deputy|chief|top|senior|foreign|defen[cs]e|economic|interior|energy|finance|presidential|military|air|force|first|vice|peace|lead|main|state|army|security|national|trade|ministry)$/u;

/** The rest of a headline's line after "says": at most a few words, and no full stop to end it. */
const HEADLINE_END = /^ says?(?: [^\s.!?]+){0,6}[ \t]*$/;

// (Made once: an expression made anew at each call is compiled again whenever V8's cache of them has aged it out.)
const BARE_ROLE = new RegExp(String.raw`\b${ROLE}(?= (?![\p{Lu}“"‘'(]|of\b|for\b|and\b|or\b|in\b|at\b|who\b|whose\b|elect\b|to\b|${PARTICLE})[\p{Ll}]| ?[,.;:](?:\s|$)| [—–] )`, 'gu');
/**
 * "US special envoy said", "Russian President to lean", "Deputy Foreign Minister told": a role
 * noun with no determiner needs its name; bare, it is followed by the verb or a comma instead.
 */
export const bareRole: GapRule = {
  id: 'bare-role',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, BARE_ROLE)) {
      const lineStart = text.lastIndexOf('\n', m.index! - 1) + 1;
      const before = text.slice(Math.max(lineStart, m.index! - 80), m.index!);
      // Walk back over the rest of the noun phrase ("US special", "Deputy Foreign").
      const words = before.split(/(?<=\s)|(?=\s)/).filter((w) => w.trim());
      let i = words.length - 1;
      while (i >= 0 && ROLE_NP_WORD.test(words[i]) && !ROLE_DETERMINER.test(' ' + words[i]) && !/['’]s$/.test(words[i])) i--;
      const head = i >= 0 ? words[i] : '';
      // "came as South Korean President urged": only an article or a possessive makes a bare role a
      // whole noun phrase before a finite verb ("as president" stands before a comma, not a verb).
      if (i >= 0 && ROLE_DETERMINER.test(' ' + head) && !(ARTICLE_FREE.test(head) && FINITE_AFTER_ROLE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 14)))) continue;
      if (/['’]s$/.test(head)) continue;
      // A role after a name ("Ruto, the president") or a lone capitalised headline word is no gap.
      if (i === words.length - 1 && /^[\p{Ll}]/u.test(m[0])) continue;
      const at = m.index! + m[0].length;
      // Headlinese drops the article, not the name: "Talks begin in Abu Dhabi, Ukraine negotiator
      // says" on a headline or a list line (no full stop at its end) is whole.
      if (/^ says?\b/.test(text.slice(at, at + 6)) && HEADLINE_END.test(text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at)))) continue;
      out.push({ at: text[at] === ' ' && /[\p{Ll}]/u.test(text[at + 1] ?? '') ? at + 1 : at, rule: 'bare-role' });
    }
    return out;
  },
};

/** A people's name before a role: "French", "Ethiopian", "Congolese", "Israeli", "Thai". */
const DEMONYM_LIKE = String.raw`[\p{Lu}][\p{Ll}]+(?:an|ian|ese|ish|ch|i)`;

const DEMONYM_ROLE = new RegExp(String.raw`(?<=(?:^|[^\p{L}’'])(?<!\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Aa]s|[Ff]ormer|[Oo]f)\s)${DEMONYM_LIKE}\s(?:(?:[Pp]rime\s)?[Mm]inister|[Pp]resident|[Ff]oreign\s[Mm]inister|[Dd]efen[cs]e\s[Mm]inister|[Cc]hancellor|[Pp]remier)) (?=(?:in|and|at|on|for|is|was|has|had|will|would|to)\s)`, 'gu');
/**
 * "met French President in Paris", "Congolese President and Rwandan President signed", "swayed
 * by Russian President to lean": a role after a people's name, with no article before them, needs
 * its name before a preposition, "and", "to" or an auxiliary too ("the French President in Paris",
 * "the Russian President is" are whole).
 */
export const demonymRole: GapRule = {
  id: 'demonym-role',
  find: (text) => hits(text,
    DEMONYM_ROLE,
    'demonym-role', (m) => m.index! + m[0].length),
};

/** Words after which a capitalised word is a modifier, not a person: "the Lee administration". */
const DETERMINER = /^(?:the|a|an|this|that|whose|his|her|its|their)$/;
/** Months and days are no first names ("in May and June"). */
const MONTH_OR_DAY = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const ROLE_THEN_FIRST_NAME = new RegExp(String.raw`(?=[\p{Lu}])(?<=\b${ROLES} )(?=([\p{Lu}][\p{L}]+))\1(?= ?[,.;:)]|(?: (?!${PARTICLE})[\p{Ll}]))`, 'gu');
const OPENING_PARTICLE = new RegExp(String.raw`^${PARTICLE}`);
/** "Russian President Vladimir had", "envoys Steve and Jared Kushner": a first name whose surname was lost. */
export const loneFirstName: GapRule = {
  id: 'lone-first-name',
  find: (text, firstNames) => {
    const out: GapHit[] = [];
    if (!firstNames) return out;
    for (const m of matchesOf(text, ROLE_THEN_FIRST_NAME)) {
      if (!firstNames.has(m[1].toLowerCase())) continue;
      out.push({ at: m.index! + m[1].length + (text[m.index! + m[1].length] === ' ' ? 1 : 0), rule: 'lone-first-name' });
    }
    // "Albin said", "Nathan has sought": a known first name straight before the verb, with no title.
    const bare = /(?=[\p{Lu}])(?<![\p{L}.’'-] ?|\b(?:Mr|Mrs|Ms|Dr|Sir|Dame|Lord|Lady)\.? )([\p{Lu}](?=([\p{Ll}]+))\2)(?= (?:said|says|told|has|had|was|is|will|would|added|wrote|reiterated|warned|insisted|urged|stated|argued)\b)/gu;
    for (const m of matchesOf(text, bare)) {
      if (firstNames.has(m[1].toLowerCase())) out.push({ at: m.index! + m[1].length + 1, rule: 'lone-first-name' });
    }
    // "envoys Witkoff and Jared in Geneva", "years, Nathan has": a known first name inside a
    // sentence before a lower-case word, after a lower-case word or a comma. (After a capitalised
    // word it may be a surname or a title's end; at a sentence's opening the rule above decides.)
    // (The knowledge base's first names only: the cast's are read off "Kharkiv Oblast" / "Oblast" too.)
    const known = firstNames.known ?? firstNames;
    for (const m of matchesOf(text, /[\p{Lu}][\p{Ll}]+ (?=[\p{Ll}])/gu)) {
      // (Whole words only, not a particle's surname: "Jared in", not "Mohammed bin".)
      if (m.index! > 0 && /[\p{L}\p{N}.’'-]/u.test(text[m.index! - 1])) continue;
      if (OPENING_PARTICLE.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6))) continue;
      const name = m[0].slice(0, -1);
      // ("the Lee administration": a name before a noun is a modifier; "Jewish" is a people's word.)
      if (!known.has(name.toLowerCase()) || MONTH_OR_DAY.test(name) || /ish$/.test(name)) continue;
      // The word before: a lower-case word (not a determiner) or a comma, then one blank.
      const blank = text[m.index! - 1];
      if (blank !== ' ' && blank !== '\t') continue;
      const head = text.slice(Math.max(0, m.index! - 41), m.index! - 1);
      if (!head.endsWith(',')) {
        let i = head.length;
        while (i > 0 && /\p{Ll}/u.test(head[i - 1])) i--;
        const word = head.slice(i);
        if (!word || (i > 0 && /\p{L}/u.test(head[i - 1])) || DETERMINER.test(word)) continue;
      }
      out.push({ at: m.index! + name.length + 1, rule: 'lone-first-name' });
    }
    return out;
  },
};

/** ". dismissed the report", "\n said on Saturday", "“ must be": a sentence cannot open on a lower-case verb. */
export const sentenceOpensOnVerb: GapRule = {
  id: 'sentence-opens-on-verb',
  find: (text) => hits(text,
    /(?=[a-z])(?<![^\n\r\u2028\u2029 \t])(?=(?:has|have|had|is|was|were|are|will|would|can|could|should|must|may|might|did|does|said|says|told|tells|added|adds|dismissed|rejected|accused|warned|insisted|announced|vowed|called|urged|wrote|sees|wants|used|launched|struck|denied|claimed|argued|responded|stressed|noted|confirmed|reportedly|previously|repeatedly|also|later|earlier|demands|demanded|claims|issued|received|remains|continues|insists|cannot|refuses|refused|signed|spoke|plans|hopes|seeks|sought|expressed|reiterated|offered|proposed|welcomed|condemned|threatened|promised|pledged|reaffirmed|favou?red|won[’']t)\b)(?:(?<=(?:^|\n)[ \t]*)|(?<=(?:^|\n)[ \t]*[*•][ \t]+)|(?<=(?<![A-Z]\.?[A-Z]?|\b(?:[A-Za-z]|Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Sgt|Sen|Rep|Gov|No|vs|etc|approx|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|U\.S|U\.K|U\.N))[.!?][”"’]?[ \t]+)|(?<=(?:^|\s)[“"][ \t]))/gm,
    'sentence-opens-on-verb', (m) => m.index!),
};

/** "\n, writing on X", "minister, , said": a comma with nothing before it. */
export const orphanComma: GapRule = {
  id: 'orphan-comma',
  find: (text) => hits(text, /(?=,)(?:(?<=(?:^|\n)[ \t]*)|(?<=,[ \t]+)|(?<=\p{Ll}[.!?][ \t]+))/gmu, 'orphan-comma', (m) => m.index!),
};

/** "the -Russia conflict", "the Ukraine- war", "in -occupied": a hyphen cut from its word. */
export const danglingHyphen: GapRule = {
  id: 'dangling-hyphen',
  find: (text) => [
    ...hits(text, /(?=-)(?<=[\p{L},][ \t])(?=-[\p{L}])/gu, 'dangling-hyphen', (m) => m.index!),
    ...hits(text, /(?=[ \t])(?<=-)(?=[ \t][\p{Ll}])(?![ \t](?:and|or|to)\b)(?<=\b[\p{Lu}][\p{L}]+-)/gu, 'dangling-hyphen', (m) => m.index!),
    ...hits(text, /(?=[ \t])(?<=-)(?=[ \t][\p{Ll}])(?![ \t](?:and|or|to)\b)(?<=\b(?:[\p{Lu}]\.){2,3}-)/gu, 'dangling-hyphen', (m) => m.index!),
    // "army chief Abdel Fattah al- said": an Arabic article cut from its name.
    ...hits(text, /(?=[ \t,.])(?<=[ \t\n](?:al|el|bin|ibn|ad|as|ash|Al|El)-)(?=[ \t,.])/g, 'dangling-hyphen', (m) => m.index!),
  ],
};

/** "The did not say", "talks between and Kyiv", "after told reporters", "shows what wants": words that cannot stand side by side. */
export const impossiblePair: GapRule = {
  id: 'impossible-pair',
  find: (text) => [
    ...hits(text, /\b(?:[Tt]he)[ \t]+(?=(?:did|does|said|says|has|had|was|is|will|would|told|added)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length),
    // "For its part, the insists", "The asked the court": "the" before a finite verb that is no noun
    // (found, not restored: "The [Sudanese minister] asked" is anyone).
    ...hits(text, /\b(?:[Tt]he)[ \t]+(?=(?:insists|asked|refuses|rejected|warned|urged|announced|insisted|vowed|denied|pledged|stressed|welcomed|signaled|signalled|initially)[ \t])/g, 'article-then-verb', (m) => m.index! + m[0].length),
    // "Both and Beijing have urged", "Both Washington and have urged": a pair after "both" lost a member.
    ...hits(text, /\b[Bb]oth[ \t]+(?=and[ \t])/g, 'impossible-pair', (m) => m.index! + m[0].length),
    ...hits(text, /\b[Bb]oth[ \t]+[\p{Lu}][\p{L}.]*(?:[ \t][\p{Lu}][\p{L}.]*)?[ \t]+and[ \t]+(?=(?:have|has|had|are|were|will|would|must|should|can|could|did|do|urged|said|say|agreed|called|warned)\b)/gu, 'impossible-pair', (m) => m.index! + m[0].length),
    // "return to the on Sunday", "talks with the over a deal": "the" needs its noun before a preposition.
    ...hits(text, /\b[Tt]he[ \t]+(?=(?:on|in|at|over|with|to|for|from|by|of|and|or|are|were|have|can|could|must)[ \t])/g, 'impossible-pair', (m) => m.index! + m[0].length),
    ...hits(text, /\b(?:between|to|from|against|with|into|for|on)[ \t]+(?=and\b)(?!and (?:from|fro|to|back|forth|against|with|beyond|on|off|around|in|near|for)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length),
    ...hits(text, /\b(?:[Aa]fter|[Bb]efore|[Ss]ince|[Aa]lthough|[Bb]ecause|[Tt]hough|[Ww]hile)[ \t]+(?=(?:said|told|says|vowed|added|insisted|warned|wants|announced|tells)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length),
    // "Though claims the whole region", "while received 35 bodies": a subordinator takes a subject before its finite verb.
    ...hits(text, /\b(?:[Aa]lthough|[Bb]ecause|[Tt]hough|[Ww]hile|[Ww]hereas|[Uu]nless)[ \t]+(?=(?:has|had|is|was|are|were|will|would|must|cannot|can|could|does|did|claims|demands|insists|received|remains|continues|refuses|won[’']t)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length),
    ...hits(text, /\bwhat[ \t]+(?=(?:wants|needs|says|thinks|intends|plans|hopes|demands|seeks|fears)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length),
    // "sanctions on would depend", "pressure on and expressed": a preposition needs its object before a finite verb.
    // (A relative clause strands its preposition before a verb, "what he was fighting for is", "the town they lived in was":
    // after "what", "that" ... a preposition after a verb-like word is no gap; after a noun it is: "belief that the invasion of was illegal".)
    ...hits(text, /\b(?:in|on|of|for|with|against|from|by|toward|towards|between|into|under)[ \t]+(?=(?:would|will|must|is|are|was|were|has|have|had|cannot|can|could|should|does|did|won[’']t|remain|remains)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length)
      .filter((h) => !strandedPreposition(text.slice(Math.max(0, h.at - 70), h.at))),
    // "he set out his terms: must drop its ambitions": after a colon a sentence needs its subject.
    ...hits(text, /(?=:)(?<=\p{L}):(?=([ \t]+))\1(?=(?:must|cannot)\b)/gu, 'impossible-pair', (m) => m.index! + m[0].length),
    // "the summit in in October", "swaps will continue with under the agreement": two prepositions that never stand side by side.
    ...hits(text, /\b(?:in|with|from|of|against|between|by|into)[ \t]+(?=(?:in|under|after|during|into|since)[ \t])(?<!\b(?:[Ww]hat|[Ww]hich|[Tt]hat|[Ww]here|lived|living|been)[ \t]+\w+[ \t]+)/g, 'impossible-pair', (m) => m.index! + m[0].length),
    // ("fighting went on overnight", "talks dragged on on Monday": "on" as a verb's particle is no preposition.)
    ...hits(text, /\b(?:at|to|in|from|against|on)(?=([ \t]+))\1(?=(?:overnight|yesterday)\b|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/g, 'impossible-pair', (m) => m.index! + m[0].length)
      .filter((h) => !/\b(?:go|goes|going|gone|went|carry|carries|carried|carrying|keep|keeps|kept|keeping|drag|drags|dragged|dragging|press|pressed|pressing|continue|continues|continued|continuing|raged|rage|rages|raging|held|hold|holds|holding|lasted|last|lasts|lasting|stay|stayed|stays)[ \t]+on[ \t]+$/.test(text.slice(Math.max(0, h.at - 16), h.at))),
  ],
};

/** Words before a relative clause's stranded preposition: "fighting", "lived", "stands" (verb-like), not "invasion". */
const VERB_LIKE = /^(?:\p{L}+(?:ed|ing|en|ght)|came|went|grew|stood|stands|stand|look|looks|talk|talks|care|cares|fight|fights|live|lives|rely|relies|vote|votes|pay|pays|ask|asks|think|thinks|hear|hears|speak|speaks|argue|argues|work|works|wait|waits|hope|hopes|call|calls|go|goes|come|comes|get|gets|be|is|are|was|were|up|out|off|what|all|that|which|whom)$/iu;
/**
 * Whether `before` (ending on a preposition and a blank) is a relative clause's stranded preposition: "what he was
 * fighting for ", "the town that they lived in "; a "what", "that" ... in the same sentence and a verb-like word before it.
 */
function strandedPreposition(before: string): boolean {
  let from = 0;
  for (const e of matchesOf(before, /[.!?\n]/g)) from = e.index + 1;
  const clause = before.slice(from);
  if (!/\b(?:what|all|that|which|whom)\b/i.test(clause)) return false;
  const words = clause.trim().split(/[ \t]+/);
  return words.length >= 2 && VERB_LIKE.test(words[words.length - 2]);
}

/** "Meanwhile, told Axios", "In an interview, said the timeline": an opening phrase then the verb, the subject lost. */
export const openerThenVerb: GapRule = {
  id: 'opener-then-verb',
  find: (text) => {
    const out: GapHit[] = [];
    for (const m of matchesOf(text, VERB_AFTER_COMMA)) {
      if (openerBefore(text, m.index)) out.push({ at: m.index + m[0].length, rule: 'opener-then-verb' });
    }
    return out;
  },
};
// (A name right after the verb and then a comma is inversion: "In Kyiv, said Zelensky, the mood is grim".)
const VERB_AFTER_COMMA = /,[ \t]+(?=(?:(?:reportedly|also|later|earlier|then|again|publicly|previously)[ \t]+)?(?:said|told|added|vowed|warned|insisted|announced|wrote|accused|rejected|dismissed|urged|called|says|tells|issued|demanded|claimed|noted|stressed|expressed|reiterated|confirmed|denied|launched|signed|offered|proposed|welcomed|condemned|threatened|promised|pledged|suggested|repeated|revisited|argues|argued|maintained|sought|is|was|has|had|will|would|must|cannot)\b)(?!\S+[ \t]+\p{Lu}[^\s,.]*[,.])/gu;
const OPENER = /^(?:Meanwhile|However|Earlier|Later|Separately|Instead|Still|Now|Then|Nevertheless|Nonetheless|Previously|Moreover|Furthermore|Additionally|Indeed|Likewise|Similarly|Accordingly|Consequently|Notably|Initially|Ultimately|Subsequently|Recently|Last \w+|On \w+day|(?:By contrast|In contrast|In [A-Z]|In (?:the|recent|late|early|mid) |Also|Addressing|Asked|Responding|Writing)[^.!?\n,]{0,120}|On (?:the|[A-Z][a-z]+ \d|\d)[^.!?\n,]{0,60}|(?:In (?:a|an|his|her|its|their)|Speaking|After|Before|Ahead of|During|Following|At|Since|Despite|Amid|While|Although|Though|Throughout|If|When|Once|Unless|Even as|Even if) [^.!?\n,]{2,120})$/;

/**
 * Whether the sentence before the comma at `comma` is only an opening phrase ("Meanwhile", "In an
 * interview"), the sentence starting at the start of the text, after a line break, or after a
 * "." "!" "?" and blanks: the look-behind `(?<=(?:^|[.!?]\s+|\n)(?:OPENER),[ \t]+)`, checked once
 * a comma (as a look-behind at each position it scanned back too far to be decided).
 */
function openerBefore(text: string, comma: number): boolean {
  // The phrase holds none of ".!?\n,", so it starts after the last of them, at its first non-blank.
  let last = comma - 1;
  while (last >= 0 && !'.!?\n,'.includes(text[last])) last--;
  let start = last + 1;
  if (last >= 0) {
    while (start < comma && /\s/.test(text[start])) start++;
    let before = start;
    while (before > 0 && /\s/.test(text[before - 1])) before--;
    const afterStop = before < start && before > 0 && '.!?'.includes(text[before - 1]);
    if (!(text[last] === '\n' && start === last + 1) && !afterStop) return false;
  }
  return OPENER.test(text.slice(start, comma));
}

/**
 * "Earlier this week, Ukrainian officials said had struck", "Experts say will not": a subject that
 * opens the sentence (or follows its opening phrase), "said", then an auxiliary. Only there: "the
 * deal officials said was close" (a relative clause) and "What he said was" are good English.
 */
export const saidThenAuxiliary: GapRule = {
  id: 'said-then-auxiliary',
  find: (text) => hits(text,
    /(?:^|[.!?][ \t]+|\n|, )(?!(?:What|All|Everything|Nothing|That|This|Which|Whatever|Who)\b)(?:[\p{Lu}](?=([\p{L}’'.-]*))\1 ){1,3}(?:(?=([\p{Ll}]+))\2 )?(?:said|says|say|restated|cautioned) (?:that )?(?=(?:had|has|was|is|would|will|cannot|could|must|did|does)\b)/gu,
    'said-then-auxiliary', (m) => m.index! + m[0].length),
};

/** "to ensure does not attack", "officials said had struck": a verb taking a clause, the clause's subject lost. */
export const clauseWithoutSubject: GapRule = {
  id: 'clause-without-subject',
  find: (text) => hits(text,
    /\b(?:ensure|ensures|ensuring|believed|believes|insisted|insists|claimed|feared|fears|hoped|hopes|warned)[ \t]+(?=(?:is|was|has|had|will|would|does|did|remains|wants|can|could|must|should)\b)/g,
    'clause-without-subject', (m) => m.index! + m[0].length),
};

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
/** A line that is only a date, maybe with its weekday and time: "May 8, 2024", "Wednesday, December 1, 2021 11:56 pm", "2 Dec 2021". */
const DATE_STAMP = new RegExp(`^(?:[A-Z][a-z]+day,? )?(?:${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? ?\\d{4}|\\d{1,2} ${MONTH},? \\d{4})(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?)?$`);
function isDateStampLine(text: string, at: number): boolean {
  const end = text.indexOf('\n', at);
  const line = text.slice(at, end < 0 ? text.length : end).trim();
  return line.length <= 60 && DATE_STAMP.test(line);
}

/** "\n President ’s envoy", "(Reuters) - and Russia": a line or a dateline cannot open on a space or on "and". */
export const lineOpensOnSpace: GapRule = {
  id: 'line-opens-on-space',
  find: (text) => [
    // (A page's date stamp indented by the scraper, " May 8, 2024" or "   Wednesday, December 1, 2021", lost no name.)
    ...hits(text, /(?=[ \t])(?<=\n)(?=[ \t]+[\p{L}“"‘’'])/gu, 'line-opens-on-space', (m) => m.index!).filter((h) => !isDateStampLine(text, h.at)),
    ...hits(text, /(?=(?:and|has|have|is|was|said|says)\b)(?<=\)[ \t]+[-–—][ \t]+)/g, 'line-opens-on-space', (m) => m.index!),
  ],
};

/** "southern on 7 October", "the restoration of in detail", "_****_": a word that needs a name right after it. */
export const missingHead: GapRule = {
  id: 'missing-head',
  find: (text) => [
    ...hits(text, /\b(?:northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern)[ \t]+(?=(?:on|in|at|from|with|by|that|which|where|has|had|is|was|shortly)\b|[,.;])/g, 'missing-head', (m) => m.index! + m[0].length),
    // "explosions in central shortly after": "central" after a preposition names a region of a place.
    ...hits(text, /\b(?:in|across|from|throughout)[ \t]+central[ \t]+(?=(?:on|at|from|shortly|overnight|that|which|where)\b|[,.;])/g, 'missing-head', (m) => m.index! + m[0].length),
    ...hits(text, /\bof[ \t]+(?=in[ \t])/g, 'missing-head', (m) => m.index! + m[0].length),
    ...hits(text, /\b(?:with|by|against|between)(?=([ \t]+))\1(?=(?:on|in)[ \t]+(?:\w+day|January|February|March|April|May|June|July|August|September|October|November|December|\d))/g, 'missing-head', (m) => m.index! + m[0].length),
    ...hits(text, /,[ \t]+(?=[–—])/g, 'missing-head', (m) => m.index! + m[0].length),
    ...hits(text, /\*\*(?=\*\*)/g, 'missing-head', (m) => m.index! + m[0].length),
  ],
};

/**
 * "…,” said in Belgrade", "…,” argues.": a verb of saying after a quote with no speaker after it;
 * "…,” told reporters": "told" never opens an inverted speaker ("said Smith" does), so whatever follows.
 */
export const quoteWithoutSpeaker: GapRule = {
  id: 'quote-without-speaker',
  find: (text) => hits(text,
    /(?=[a-z])(?<=[,!?]["”’][ \t])(?=(?:reportedly[ \t]+)?(?:(?:said|says|told|added|adds|argues|argued|wrote|writes|stated|explained|insisted|warned|noted|notes|stressed|continued|concluded|recalled|emphasi[sz]ed|asked|replied|admitted|acknowledged|observed|remarked|suggested|claimed|declared|announced|posted|tweeted|vowed|urged)(?:[ \t]+(?:in|on|at|after|when|during|before|while|as|to)\b|[ \t]*[.,;:])|told[ \t]+[\p{L}]))/gu,
    'quote-without-speaker', (m) => m.index!),
};

/** "A official said", "an diplomat": the article does not fit the next word; the name between was lost. */
export const articleMismatch: GapRule = {
  id: 'article-mismatch',
  find: (text) => [
    ...hits(text, /(?=[Aa])(?<![\p{L}\p{N}.’'-])[Aa][ \t]+(?=(?!eu|one\b|once\b|uni|use|usu|ewe)[aeiou][a-z]+\b)/gu, 'article-mismatch', (m) => m.index! + m[0].length),
    ...hits(text, /(?<![\p{L}\p{N}.’'-])[Aa]n[ \t]+(?=[bcdfgjklmnpqrstvwxyz][a-z]+\b)/gu, 'article-mismatch', (m) => m.index! + m[0].length),
  ],
};

/** "urged to abandon", "plunged into darkness": a verb that needs its object before "to"/"into". */
export const objectlessVerb: GapRule = {
  id: 'objectless-verb',
  find: (text) => [
    ...hits(text,
      /\b(?=[upedc])(?<!\b(?:is|are|was|were|be|been|being|get|gets|got|the|a)[ \t]+)\b(?:urged|urges|urging|pressed|presses|pressing|pressured|pressuring|persuade|persuaded|encourage|encouraged|plunged|plunging|dragged|dragging|called on|calls on|calling on)[ \t]+(?=(?:to|into)\b)/g,
      'objectless-verb', (m) => m.index! + m[0].length),
    // "Sudan has accused of allowing supplies", "Eritrea, which accused of preparing": an active "accused" needs its object.
    ...hits(text, /\baccused[ \t]+(?=of\b)/g, 'objectless-verb', (m) => m.index! + m[0].length)
      .filter((h) => /\b(?:has|have|had|which|who)[ \t](?:(?:also|repeatedly|long|again|publicly)[ \t])?accused[ \t]+$/.test(text.slice(Math.max(0, h.at - 40), h.at))),
    // "efforts to deprive of the revenue", "guarantees that deter from invading", "to freeze into submission".
    ...hits(text,
      /\b(?=[dfsbc])(?<!\b(?:is|are|was|were|be|been|being|get|gets|got|the|a)[ \t]+)\b(?:deprive|deprives|deprived|depriving|deter|deters|deterred|deterring|freeze|freezing|starve|starving|bomb|bombing|coerce|coercing)[ \t]+(?=(?:of|from|into)\b)/g,
      'objectless-verb', (m) => m.index! + m[0].length),
  ],
};

/**
 * "SULAYMANIYAH, (Reuters) -", "NAIROBI, (AP) —": a dateline's town in capitals, a comma, then
 * the agency straight after it; the agency never follows a bare comma, the town's country stood
 * between ("NAIROBI, Kenya (AP)").
 */
export const datelineCountry: GapRule = {
  id: 'dateline-country',
  find: (text) => hits(text,
    /(?=\((?:Reuters|AP|AFP|Anadolu|Xinhua|dpa|UPI|ANI|PTI|IANS)\))(?<=(?:^|\n)[ \t]{0,4}[\p{Lu}][\p{Lu}.'’/-]{1,30}(?: [\p{Lu}][\p{Lu}.'’/-]{0,30}){0,3}, )/gu,
    'dateline-country', (m) => m.index!),
};

/** "BAHIR DAR, , Oct 14 (Reuters)": a dateline's town, a comma, and a second comma or the agency after the point. */
export function atDateline(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]{0,4}[\p{Lu}][\p{Lu}.'’/-]{1,30}(?: [\p{Lu}][\p{Lu}.'’/-]{0,30}){0,3}, $/u.test(text.slice(lineStart, at))
    && /^(?:\((?:Reuters|AP|AFP|Anadolu|Xinhua|dpa|UPI|ANI|PTI|IANS)\)|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)/u.test(text.slice(at, at + 12));
}

export const GAP_RULES: GapRule[] = [
  wordBeforeLonePunct, ownerlessPossessive, subjectlessThatClause, paragraphOpensOnVerb, prepositionPair,
  objectlessAs, subjectlessReportingTail, ownerlessRoleNoun, subjectlessOpener, subjectlessMainClause, lostMainClause,
  bareRole, demonymRole, loneFirstName, sentenceOpensOnVerb, orphanComma, danglingHyphen, impossiblePair, openerThenVerb, clauseWithoutSubject,
  lineOpensOnSpace, missingHead, quoteWithoutSpeaker, articleMismatch, objectlessVerb, saidThenAuxiliary, datelineCountry,
];
