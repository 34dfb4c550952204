import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import packageModel from 'wink-eng-lite-web-model';
import { winkModel, loadCoreModel } from '../src/nlp/wink-model.js';

test('the core model read here is the package\'s own, value for value', () => {
  const ours = loadCoreModel();
  const theirs = packageModel.core();
  assert.ok(isDeepStrictEqual(ours, theirs));
  assert.ok(ours.lexicon instanceof Uint32Array && ours.lexicon.length > 0);
});

test('the model has the package\'s parts, in its order', () => {
  const ours = winkModel();
  assert.deepEqual(Object.keys(ours), Object.keys(packageModel));
  for (const k of Object.keys(packageModel)) if (k !== 'core' && k !== 'addons') assert.equal(ours[k], packageModel[k], k);
  assert.deepEqual(Object.keys(ours.addons), Object.keys(packageModel.addons));
});

test('wink-nlp reads an invented text the same with either model', () => {
  const text = 'The minister of Freedonia said on Tuesday that talks with Sylvania would resume. "We are ready," she told reporters in Port Azure. Mr. O\'Brien-Smith, 54, disagreed.';
  const read = (m: unknown) => {
    const nlp = winkNLP(m as never, ['sbd', 'pos']);
    const doc = nlp.readDoc(text);
    return JSON.stringify([doc.tokens().out(nlp.its.value), doc.tokens().out(nlp.its.pos), doc.tokens().out(nlp.its.precedingSpaces), doc.tokens().out(nlp.its.lemma), doc.sentences().out()]);
  };
  assert.equal(read(winkModel()), read(packageModel));
});
