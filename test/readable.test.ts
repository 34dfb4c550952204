// readable.ts is a port of Mozilla Readability's scoring: on pages made of the blocks news
// pages are made of, it must keep the same text Readability keeps on the tree a browser builds.
// linkedom's parser does not build a browser's tree (no implied <tbody>, for one), so the page
// is first parsed by parse5 and written back out, every implied tag then explicit: linkedom
// reads that as a browser would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';
import { parsePage } from '../src/clean/html/parse-page.js';
import { readableContent } from '../src/clean/html/readable.js';

const TITLE = 'Negotiators meet again over the ceasefire terms';

const sentence = fc.constantFrom(
  'The delegations met in Doha on Tuesday, officials said.',
  'Talks on prisoner exchanges, aid corridors and a truce resumed.',
  'A spokesman declined to comment.',
  'Shelling continued overnight in the east, according to the governor, who asked for more air defence.',
  'Short line',
  'The proposal, drafted by mediators, foresees a phased withdrawal, a monitoring mission and elections.',
);
const text = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const cls = fc.constantFrom('', 'story', 'content', 'article-body', 'comment', 'sidebar', 'related', 'share-tools', 'byline', 'menu', 'promo', 'post');

/** One block of a page; `depth` bounds the nesting. */
const block = (depth: number): fc.Arbitrary<string> => {
  const leaves: fc.Arbitrary<string>[] = [
    text.map((t) => `<p>${t}</p>`),
    fc.tuple(cls, text).map(([c, t]) => `<div class="${c}">${t}</div>`),
    fc.tuple(cls, fc.array(text, { minLength: 1, maxLength: 5 })).map(([c, items]) => `<ul class="${c}">${items.map((t) => `<li><a href="/x">${t}</a></li>`).join('')}</ul>`),
    text.map((t) => `<div>${t}<br><br>${t}<br>${t}</div>`),
    text.map((t) => `<table><tr><td>${t}</td><td>${t}</td></tr><tr><td>1</td><td>2</td></tr></table>`),
    text.map((t) => `<div style="display:none">${t}</div>`),
    text.map((t) => `<span class="author">By ${t.slice(0, 20)}</span>`),
    fc.constant(`<h2>${TITLE}</h2>`),
    text.map((t) => `<figure><img src="a.jpg"><figcaption>${t}</figcaption></figure>`),
    text.map((t) => `<p><a href="#n">${t}</a> and more words after the link, with a comma.</p>`),
  ];
  if (depth === 0) return fc.oneof(...leaves);
  return fc.oneof(
    ...leaves,
    fc.tuple(cls, fc.constantFrom('div', 'section', 'article'), fc.array(block(depth - 1), { minLength: 1, maxLength: 5 })).map(
      ([c, tag, children]) => `<${tag} class="${c}">${children.join('')}</${tag}>`,
    ),
  );
};

const normal = (s: string) => s.replace(/\s+/g, ' ').trim();

test('readable: keeps the same text as Mozilla Readability on generated news pages', () => {
  fc.assert(
    fc.property(fc.array(block(3), { minLength: 1, maxLength: 6 }), (blocks) => {
      const html = `<html><head><title>${TITLE}</title></head><body>${blocks.join('')}</body></html>`;
      const asBrowser = serialize(parse(html));
      const theirs = new Readability(parseHTML(asBrowser).document as unknown as Document, { charThreshold: 250 }).parse();
      const ours = readableContent(parsePage(html), () => parsePage(html), { title: TITLE, hasAuthor: false, charThreshold: 250 });
      assert.equal(normal(ours?.textContent ?? ''), normal(theirs?.textContent ?? ''));
    }),
    { numRuns: 300, seed: 20261203 },
  );
});
