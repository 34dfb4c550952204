// wink-eng-lite-web-model as wink-nlp reads it, without the copy of its core model that the
// package keeps for the life of the process.
//
// The package's `read-core-model.js` requires the 2.9 MB core model (JSON) once at load, keeps
// that object in a closure and in require's cache, and hands wink-nlp a deep copy of it
// (JSON.parse(JSON.stringify(...))). The original was never read again but stayed alive: 3.2 MB
// of heap in every isolate that tokenises (each worker thread of a pool), and the copy cost
// start-up CPU. Here the core model is parsed once from the file and transformed exactly as
// `read-core-model.js` and `load-core-model.js` (1.8.1) do; the other parts of the model are the
// package's own modules, as its `model.js` puts them together. test/wink-model.test.ts checks
// that the result is the package's own, value for value.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

/** Bytes of a base64 string, as an ArrayBuffer of their own (what the package's `bufferFromBase64` gives). */
function bufferFromBase64(data: string): ArrayBuffer {
  const bytes = Buffer.from(data, 'base64');
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the model's shape is wink-nlp's, untyped */
/** The core model: `read-core-model.js` then `load-core-model.js`, over a fresh parse of the file. */
export function loadCoreModel(): any {
  const model = JSON.parse(readFileSync(require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), 'utf8'));
  const packing = model.packing;
  const featuresData = model.features;
  const pos = model.pos;
  model.lexicon = new Uint32Array(bufferFromBase64(model.lexicon));
  model.xpansions = new Uint32Array(bufferFromBase64(model.xpansions));
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      featuresData[f].hash = Object.create(null);
      for (let k = 0; k < featuresData[f].list.length; k += 1) featuresData[f].hash[featuresData[f].list[k]] = k;
    }
  }
  featuresData.lexeme.hash = Object.create(null);
  for (let k = 0; k < featuresData.lexeme.list.length; k += 1) featuresData.lexeme.hash[featuresData.lexeme.list[k]] = k;
  const clusters = featuresData.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set(clusters[k].split('_').map((e: string) => pos.hash[e] || 0));
  // load-core-model.js
  packing.efList = [];
  for (const f in packing.layout) {
    if (packing.layout[f][3] === 0) {
      model.features[f].intrinsicSize = model.features[f].list.length;
      model.features[f].index = model.features[f].list.length;
      model.features[f].maxIndex = packing.layout[f][1] >>> packing.layout[f][2];
    }
    if (packing.layout[f][4] === 1) packing.efList.push(f);
  }
  model.features.lexeme.intrinsicSize = model.features.lexeme.list.length;
  model.features.lexeme.index = model.features.lexeme.list.length;
  return model;
}

/** The model object of the package's `model.js`, with `core` read as above. */
export function winkModel(): any {
  const model = Object.create(null);
  model.core = loadCoreModel;
  model.sbd = require(`${DIST}load-sbd-model.js`);
  model.pos = require(`${DIST}load-pos-model.js`);
  model.ner = require(`${DIST}load-ner-model.js`);
  model.negation = require(`${DIST}load-negation-model.js`);
  model.sa = require(`${DIST}load-sa-model.js`);
  model.metaCER = require(`${DIST}load-cer-meta-model.js`);
  model.featureFn = require(`${DIST}feature.js`);
  model.addons = Object.create(null);
  model.addons.stem = require(`${DIST}porter-stemmer.js`);
  model.addons.lemmatize = require(`${DIST}lemmatize.js`);
  model.addons.readabilityStats = require(`${DIST}readability-stats.js`);
  model.addons.wordVectors = undefined;
  return model;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
