// Verb frames of the issues, generated whole: every form of each verb (base, -s, past,
// participle, -ing) with each of its objects ("hand over ... rockets", "gave up ... missiles",
// "surrendering ... arsenal"), the action noun ("handover of ... rockets") and the passive with its
// auxiliary ("its missiles would be handed over", "the army ... be reduced"). The lexicon listed
// these one sentence at a time ("give up ... weapons" but not "give up its rockets"); real copy
// varies the verb's form, the object and the voice freely.
import type { IssueLexicon, Issue } from './schema.js';

/** A verb: its forms [base, -s, past, participle, -ing]; a particle after it ("over", "up") is kept. */
type Verb = [string, string, string, string, string, string?];

export interface Paradigm {
  issue: Issue;
  verbs: Verb[];
  objects: string[];
  /** Action nouns that take the object after "of" ("handover of its rockets"). */
  nouns?: string[];
  /** Whether the passive ("rockets ... be handed over") is a cue too. */
  passive?: boolean;
  /** Subjects before the verb's forms ("Ukrainian troops quit the Donbas", "its forces pulled out"). */
  subjects?: string[];
}

const v = (base: string, s: string, past: string, pp: string, ing: string, particle?: string): Verb => [base, s, past, pp, ing, particle];
const regular = (base: string, particle?: string): Verb => {
  const stem = base.endsWith('e') ? base.slice(0, -1) : base;
  const pp = base === 'withdraw' ? 'withdrawn' : `${stem}ed`;
  return [base, /(?:s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`, base === 'withdraw' ? 'withdrew' : `${stem}ed`, pp, `${stem}ing`, particle];
};

const WEAPONS = ['weapons', 'arms', 'arsenal', 'rockets', 'missiles', 'heavy weapons', 'guns', 'weaponry'];
// (No "soldiers": "free the kidnapped soldiers" are hostages, and the longer prisoners cue would take them.)
const PEOPLE_HELD = ['prisoners', 'detainees', 'fighters', 'combatants', 'servicemen', 'members', 'officers', 'pows', 'militants', 'nationals'];

const PARADIGMS: Paradigm[] = [
  {
    issue: 'demilitarisation',
    verbs: [
      regular('hand', 'over'), v('give', 'gives', 'gave', 'given', 'giving', 'up'), regular('surrender'), v('lay', 'lays', 'laid', 'laid', 'laying', 'down'),
      regular('relinquish'), regular('turn', 'over'), regular('decommission'), regular('dismantle'), regular('renounce'),
    ],
    objects: WEAPONS,
    nouns: ['handover', 'handing over', 'surrender', 'decommissioning', 'dismantling', 'relinquishing', 'giving up', 'laying down'],
    passive: true,
  },
  {
    issue: 'demilitarisation',
    verbs: [regular('reduce'), v('cut', 'cuts', 'cut', 'cut', 'cutting'), v('cap', 'caps', 'capped', 'capped', 'capping'), regular('limit'), v('shrink', 'shrinks', 'shrank', 'shrunk', 'shrinking'), regular('downsize')],
    objects: ['army', 'armed forces'],
    nouns: ['reduction', 'cut', 'cuts', 'capping', 'downsizing'],
    passive: true,
  },
  {
    issue: 'withdrawal',
    verbs: [v('quit', 'quits', 'quit', 'quit', 'quitting'), regular('vacate'), regular('pull', 'out'), regular('pull', 'back'), regular('withdraw'), regular('retreat'), v('leave', 'leaves', 'left', 'left', 'leaving')],
    objects: [],
    subjects: ['troops', 'forces', 'soldiers', 'fighters', 'units'],
  },
  {
    issue: 'prisoners',
    verbs: [regular('release'), v('free', 'frees', 'freed', 'freed', 'freeing'), regular('repatriate')],
    objects: PEOPLE_HELD,
    nouns: ['release', 'freeing', 'repatriation'],
    passive: true,
  },
];

const AUXILIARIES = ['be', 'been', 'being', 'are', 'were', 'is', 'was'];

function phrase(verb: Verb, form: 0 | 1 | 2 | 3 | 4): string {
  return verb[5] ? `${verb[form]} ${verb[5]}` : verb[form];
}

export function paradigmCues(p: Paradigm): string[] {
  const out: string[] = [];
  for (const verb of p.verbs) {
    const forms = new Set(([0, 1, 2, 3, 4] as const).map((i) => phrase(verb, i)));
    for (const obj of p.objects) {
      for (const f of forms) out.push(`${f} ... ${obj}`);
      if (p.passive) for (const aux of AUXILIARIES) out.push(`${obj} ... ${aux} ${phrase(verb, 3)}`);
    }
  }
  for (const subject of p.subjects ?? []) {
    for (const verb of p.verbs) for (const f of new Set(([0, 1, 2, 4] as const).map((i) => phrase(verb, i)))) out.push(`${subject} ... ${f}`);
  }
  for (const noun of p.nouns ?? []) for (const obj of p.objects) out.push(`${noun} of ... ${obj}`);
  return out;
}

/** Adds the generated frames to the issues' cues (a frame already a cue of any issue, or a "not" phrase, is left). */
export function addIssueParadigms(lex: IssueLexicon): void {
  const known = new Set(lex.issues.flatMap((e) => [...e.cues, ...e.not].map((c) => c.toLowerCase())));
  for (const p of PARADIGMS) {
    const entry = lex.issues.find((e) => e.issue === p.issue);
    if (!entry) continue;
    for (const cue of paradigmCues(p)) {
      if (known.has(cue)) continue;
      known.add(cue);
      entry.cues.push(cue);
    }
  }
}
