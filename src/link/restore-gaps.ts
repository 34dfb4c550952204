// Filling lost names where the context allows, with a confidence; null where it does not.
// - "Ukrainian President ." -> whoever held that office on the publication date;
// - "‘s foreign minister Sergey Lavrov", "‘s Rustem Umerov" -> the state of the person named;
// - "withdrawal of his troops from ." -> the other side of the article's conflict from the
//   agent of the sentence (the two states the article names most are its sides);
// - "has stated that is “ready" -> the speaker's own state;
// - a paragraph opening on a verb under a photo's name label -> the person of the label.
import type { Doc, Gap, Restoration, Mention } from '../doc/model.js';
import { officeHolders, type Kb, normName, stateByName } from '../kb/index.js';
import type { Office } from '../kb/schema.js';
import type { Ctx } from '../pipeline/context.js';
import { isNameLabel } from '../clean/boilerplate/captions.js';

const TITLE_OFFICE: [RegExp, Office][] = [
  [/\b(?:president|king|emir|supreme leader)\s*$/i, 'head_of_state'],
  [/\b(?:prime minister|pm|premier|chancellor)\s*$/i, 'head_of_government'],
  [/\bforeign minister\s*$/i, 'foreign_minister'],
  [/\bdefen[cs]e minister\s*$/i, 'defence_minister'],
];
/** Nouns followed by "to" + verb: after "his desire to", the lost word is a verb, not a name. */
const INFINITIVE_NOUNS = /\b(?:desire|plan|plans|bid|effort|efforts|attempt|intention|ability|decision|need|wish|readiness|willingness|right|refusal|promise|pledge|call|move|push|chance|way|time|order|failure)\s+to\s*$/i;
const OBJECT_BEFORE = /\b(?:from|to|into|against|toward|towards|overtake|invade|invaded|seize|occupy|capture|attack|attacked|support|supporting|portraying|describing|depicting|branding|labelling|labeling|and)\s*$/i;

export function restoreGapsStage(doc: Doc, ctx: Ctx): Doc {
  if (!doc.gaps.length) return doc;
  const sides = conflictSides(doc, ctx.kb);
  const gaps: Gap[] = [];
  for (const gap of doc.gaps) gaps.push({ ...gap, restored: restore(doc, gap, ctx.kb, sides, gaps) });
  return { ...doc, gaps };
}

function restore(doc: Doc, gap: Gap, kb: Kb, sides: string[], done: Gap[]): Restoration | null {
  const text = doc.text;
  const lineStart = text.lastIndexOf('\n', gap.start - 1) + 1;
  const before = text.slice(Math.max(lineStart, gap.start - 80), gap.start);
  const after = text.slice(gap.start, Math.min(text.length, gap.start + 80));
  const state = (iso: string | null | undefined, confidence: number): Restoration | null => {
    const id = iso ? kb.stateOf.get(iso) : undefined;
    return id ? { actor: id, name: kb.actors.get(id)!.name, confidence } : null;
  };
  const personAt = (from: number, to: number): Mention | undefined =>
    doc.mentions.find((m) => m.start >= from && m.end <= to && kb.actors.get(m.actor)?.kind === 'person');

  switch (gap.rule) {
    case 'ownerless-possessive': {
      // "‘s foreign minister Sergey Lavrov": the state of the person the phrase names.
      const clauseEnd = gap.start + (/^[^,.;]*/.exec(after)?.[0].length ?? 0);
      const person = personAt(gap.start, Math.min(clauseEnd, gap.start + 50));
      if (person) return state(kb.actors.get(person.actor)?.country, 0.85);
      if (/^['’]s\s+(?:to|and|,)/.test(after)) return objectSide(doc, gap, kb, sides, done, 0.5);
      return sides[0] ? state(sides[0], 0.4) : null;
    }
    case 'space-before-punctuation': {
      const title = TITLE_OFFICE.find(([re]) => re.test(before));
      if (title) {
        // "Ukrainian President ." / "Russia's foreign minister ."
        const owner = /([\p{L}]+)(?:['’]s)?\s*$/u.exec(before.replace(title[0], ''));
        const ownerKey = owner ? normName(owner[1]) : '';
        const iso = kb.demonyms.get(ownerKey) ?? stateByName(kb, ownerKey)?.country ?? undefined;
        const holders = officeHolders(kb, title[1], iso ?? null, doc.meta.published);
        if (iso && holders.length === 1) return { actor: holders[0].id, name: holders[0].name, confidence: 0.9 };
        return null;
      }
      if (OBJECT_BEFORE.test(before)) return objectSide(doc, gap, kb, sides, done, 0.6);
      return null;
    }
    case 'preposition-pair':
      if (INFINITIVE_NOUNS.test(before)) return null;
      return objectSide(doc, gap, kb, sides, done, 0.55);
    case 'objectless-as':
    case 'ownerless-role-noun':
      return objectSide(doc, gap, kb, sides, done, 0.5);
    case 'subjectless-that-clause': {
      // "Yermak has stated that is “ready": a speaker speaks for their own state.
      const speaker = [...doc.mentions].reverse().find((m) => m.end <= gap.start && m.start >= lineStart && kb.actors.get(m.actor)?.kind === 'person');
      return speaker ? state(kb.actors.get(speaker.actor)?.country, 0.6) : null;
    }
    case 'subjectless-main-clause': {
      // "..., has dispatched his chief of staff Andriy Yermak": the state of the person named after "his".
      const m = /^[^.;]{0,40}?\b(?:his|her|its)\b/.exec(after);
      const person = m ? personAt(gap.start, gap.start + 90) : undefined;
      return person ? state(kb.actors.get(person.actor)?.country, 0.6) : null;
    }
    case 'paragraph-opens-on-verb': {
      // A photo's name label above the paragraph names who the article is about.
      const prevLines = text.slice(Math.max(0, gap.start - 400), gap.start).split('\n').map((l) => l.trim()).filter(Boolean);
      for (let i = prevLines.length - 1; i >= Math.max(0, prevLines.length - 3); i--) {
        if (isNameLabel(prevLines[i])) {
          const ids = kb.names.get(normName(prevLines[i]));
          const person = ids?.map((id) => kb.actors.get(id)!).find((a) => a.kind === 'person');
          if (person) return { actor: person.id, name: person.name, confidence: 0.6 };
        }
      }
      return null;
    }
    default:
      return null;
  }
}

/** The side acted upon: of the article's two main states, the one that is not the agent's. */
function objectSide(doc: Doc, gap: Gap, kb: Kb, sides: string[], done: Gap[], confidence: number): Restoration | null {
  if (sides.length < 2) return null;
  const lineStart = doc.text.lastIndexOf('\n', gap.start - 1) + 1;
  let agent: string | null = null;
  // The agent: the last gap restored in the same line, else the last actor named before in it, else the article's first side.
  const prevGap = [...done].reverse().find((g) => g.start >= lineStart && g.restored);
  if (prevGap) agent = kb.actors.get(prevGap.restored!.actor)?.country ?? null;
  if (!agent) {
    const m = [...doc.mentions].reverse().find((x) => x.end <= gap.start && x.start >= Math.max(0, gap.start - 300));
    agent = m ? kb.actors.get(m.actor)?.country ?? doc.actors.find((a) => a.id === m.actor)?.country ?? null : null;
  }
  const iso = agent === sides[1] ? sides[0] : sides[1];
  const id = kb.stateOf.get(iso)!;
  return { actor: id, name: kb.actors.get(id)!.name, confidence };
}

/**
 * The two sides of the article's conflict: the states it names most (through states,
 * demonyms, metonyms and their people), where a name in the headline counts five times —
 * a headline names the conflict ("Putin's demands to end Ukraine invasion").
 */
function conflictSides(doc: Doc, kb: Kb): string[] {
  const counts = new Map<string, number>();
  const add = (iso: string, at: number) => counts.set(iso, (counts.get(iso) ?? 0) + (at < doc.titleEnd ? 5 : 1));
  for (const m of doc.mentions) {
    const country = kb.actors.get(m.actor)?.country ?? doc.actors.find((a) => a.id === m.actor)?.country;
    if (country) add(country, m.start);
  }
  for (const w of doc.text.matchAll(/\b[\p{Lu}][\p{L}]+\b/gu)) {
    const iso = kb.demonyms.get(normName(w[0]));
    if (iso && !doc.mentions.some((m) => m.start === w.index)) add(iso, w.index!);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 2).map(([c]) => c);
}
