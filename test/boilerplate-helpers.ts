// What the boilerplate rule tests share: the spans a whole document loses, the rule of a plug line,
// the rules of a caption line, and two lines of story prose that must stay beside them.
import { createDoc } from '../src/doc/model.js';
import { findBoilerplate } from '../src/clean/boilerplate/index.js';
import { findPlugs } from '../src/clean/boilerplate/plugs.js';
import { findCaptions } from '../src/clean/boilerplate/captions.js';
import { splitLines } from '../src/doc/lines.js';

export const meta = { title: null, published: null, url: null, source: 'test' };
export const removedTexts = (text: string) => findBoilerplate(createDoc(text, meta)).map((r) => text.slice(r.start, r.end));
export const plugRule = (line: string) => findPlugs(splitLines(line))[0]?.rule ?? null;
export const captionRules = (line: string) => findCaptions(splitLines(line)).map((r) => r.rule);

export const P1 = 'Negotiators from the two governments met in Valletta on Tuesday for a new round of talks on the border, officials said.';
export const P2 = 'The foreign minister told reporters that both sides had agreed to meet again next month in the capital.';
