// The nlp stage: sentences, tokens, dates and numbers on the document model.
import type { Doc } from '../doc/model.js';
import { tokenise } from './tokens.js';
import { findDates } from './dates.js';
import { findNumbers } from './numbers.js';

export const nlpStage = (doc: Doc): Doc => {
  const { tokens, sentences } = tokenise(doc.text);
  return { ...doc, tokens, sentences, dates: findDates(doc.text, doc.meta.published), numbers: findNumbers(doc.text) };
};
