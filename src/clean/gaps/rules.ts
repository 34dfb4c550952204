// Rules that find where a scraper lost a name with its link text. Each returns the points
// where the name belongs: `at` is the index the lost name would start at.
// They are rules about English syntax, not about any one article: a preposition is never
// followed by a full stop, a possessive "’s" always has an owner.

export interface GapHit {
  at: number;
  rule: string;
}

export interface GapRule {
  id: string;
  find(text: string): GapHit[];
}


function hits(text: string, re: RegExp, rule: string, offset: (m: RegExpExecArray) => number): GapHit[] {
  const out: GapHit[] = [];
  for (const m of text.matchAll(re)) out.push({ at: offset(m as RegExpExecArray), rule });
  return out;
}

/** "withdrawal of his troops from ." / "to overtake ," / "Ukrainian President ." */
export const wordBeforeLonePunct: GapRule = {
  id: 'space-before-punctuation',
  find: (text) => hits(text, /(?<=[\p{L}’'”"])([ \t]+)(?=[.,;:](?:[ \t\n]|$)(?![.]))/gu, 'space-before-punctuation', (m) => m.index! + m[1].length),
};

/** "‘s foreign minister Sergey Lavrov", "efforts by ‘s to": a possessive with no owner. */
export const ownerlessPossessive: GapRule = {
  id: 'ownerless-possessive',
  find: (text) => hits(text, /(?<=^|[\s(“"—–-])[‘’'](?=s\b)/gmu, 'ownerless-possessive', (m) => m.index!),
};

/** "has stated that is “ready": a reported clause whose subject is missing. */
export const subjectlessThatClause: GapRule = {
  id: 'subjectless-that-clause',
  find: (text) => hits(text,
    /\b(?:said|says|say|stated|states|told \w+|warned|added|insisted|claimed|believes|announced|confirmed|argued|suggested|noted|stressed|emphasi[sz]ed|declared|hopes|hoped|thinks|thought|knows|insists) that\s+(?=(?:is|was|has|had|will|would|can|could|should|must|are|were|remains|wants|needs|did|does)\b)/giu,
    'subjectless-that-clause', (m) => m.index! + m[0].length),
};

/** "has outlined three conditions" opening a paragraph: a paragraph cannot open in lower case on a verb. */
export const paragraphOpensOnVerb: GapRule = {
  id: 'paragraph-opens-on-verb',
  find: (text) => hits(text,
    /(?<=^|\n[ \t]*\n[ \t]*)(?=(?:has|have|had|is|was|were|are|will|would|said|says|told|added|expressed|announced|warned|called|urged|insisted|stated|claimed|accused|met|spoke|visited|signed|agreed|rejected|dismissed|refused|offered|pledged|described|branded|[a-z]+ed)\b)/g,
    'paragraph-opens-on-verb', (m) => m.index!),
};

/** "aid to amid the fighting", "his wish to for a deal": two prepositions in a row. */
export const prepositionPair: GapRule = {
  id: 'preposition-pair',
  find: (text) => hits(text,
    /\b(?:to|from|by|with|of|for|against|toward|towards|between)\s+(?=(?:to|for|amid|from|with|of|by|against|at)\b)(?!at (?:least|most|all|once|times|first|last|the same)\b)/g,
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
  find: (text) => hits(text, /,[ \t]+(?:reports|reported|according to|says|said|writes|wrote)[ \t]*(?=\n|$)/g, 'subjectless-reporting-tail', (m) => m.index! + m[0].replace(/\s+$/, '').length),
};

/** "with Nato and representatives, with": a coordinated bare role noun whose owner was lost. */
export const ownerlessRoleNoun: GapRule = {
  id: 'ownerless-role-noun',
  find: (text) => hits(text,
    /(?<=\b[\p{Lu}][\p{L}]+ and )(?=(?:representatives|officials|delegates|negotiators|envoys)\b(?!\s+(?:of|from|for|in|at)\b))/gu,
    'ownerless-role-noun', (m) => m.index!),
};

/** "As aimed at ending the war": a clause opener followed straight by a finite verb. */
export const subjectlessOpener: GapRule = {
  id: 'subjectless-opener',
  find: (text) => hits(text,
    /(?<=(?:^|[.!?]\s+|\n)(?:As|While|When|After|Before|Since|Although|Because|Though) )(?=(?!(?:reported|expected|noted|mentioned|described|stated|seen|shown|planned|agreed|announced|required|needed|usual|said|asked|told|pressed|questioned|contacted|approached|reached|invited|interviewed|quoted|cited|well|such|part|soon|long|far|much|many|of|for|to|a|an|the|with|in|on|at)\b)[a-z]+ed\b)/g,
    'subjectless-opener', (m) => m.index!),
};

/** "three years after ... on Ukrainian soil, has dispatched his chief of staff". */
export const subjectlessMainClause: GapRule = {
  id: 'subjectless-main-clause',
  find: (text) => hits(text,
    /(?<=(?:^|[.!?]\s+|\n)(?:As|After|While|When|Since|Although|Though|Following|Despite|Before|Because|Ahead of|Amid|In)\b[^.!?\n]{5,200}?(?<![\p{Lu}][\p{L}.'’-]*), )(?=(?:has|have|had|will|would)\s+(?:\w+ly\s+)?\w+ed\b)(?<!\b(?:who|which|that)\b[^,]*, )/gu,
    'subjectless-main-clause', (m) => m.index!),
};

/** "According to two diplomats, and she is ready to ...": an opening phrase cannot go on with "and"; the main clause was lost. */
export const lostMainClause: GapRule = {
  id: 'lost-main-clause',
  find: (text) => hits(text,
    /(?<=(?:^|[.!?]\s+|\n)(?:According to|In|On|At|During|After|Before|Following|Speaking)\b[^.!?\n,]{2,80}, )(?=and\s+(?:he|she|it|they|we|[\p{Lu}][\p{L}]+)\s+(?:is|was|are|were|has|had|have|will|would|says|said)\b)/gu,
    'lost-main-clause', (m) => m.index!),
};

export const GAP_RULES: GapRule[] = [
  wordBeforeLonePunct, ownerlessPossessive, subjectlessThatClause, paragraphOpensOnVerb, prepositionPair,
  objectlessAs, subjectlessReportingTail, ownerlessRoleNoun, subjectlessOpener, subjectlessMainClause, lostMainClause,
];
