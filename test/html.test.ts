import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { descendants, textLength, type TreeElement } from '../src/clean/html/dom.js';
import { parsePage } from '../src/clean/html/parse-page.js';
import { readableContent } from '../src/clean/html/readable.js';
import { wordCount } from '../src/clean/html/word-count.js';
import { extractArticle, NO_ARTICLE_BLOCK, NO_VISIBLE_TEXT, type HtmlArticle } from '../src/clean/html/extract-article.js';
import { paragraphsOf } from '../src/clean/html/block-text.js';
import { cleanTitle } from '../src/clean/html/clean-title.js';
import { writtenDate } from '../src/clean/html/written-date.js';
import { densestBlock } from '../src/clean/html/densest-block.js';
import { pruneBoilerplate } from '../src/clean/html/prune-boilerplate.js';

const page = (name: string): string => readFileSync(new URL(`./fixtures/html/${name}`, import.meta.url), 'utf8');

function article(name: string, pageUrl: string | null = null): HtmlArticle {
  const result = extractArticle(page(name), pageUrl);
  if ('error' in result) assert.fail(`${name}: ${result.error}`);
  return result;
}

const byId = (el: TreeElement, id: string): TreeElement => {
  const found = descendants(el).find((d) => d.id === id);
  if (!found) assert.fail(`no element with id ${id}`);
  return found;
};
const root = (html: string): TreeElement => byId(parsePage(`<html><body><div id="root">${html}</div></body></html>`).documentElement, 'root');
const paragraphs = (html: string): string[] => paragraphsOf(root(html));

test('html: JSON-LD datePublished gives the publication date, as written, before article:published_time', () => {
  // JSON-LD says 2024-03-11T23:30:00-05:00 (2024-03-12 in UTC); the meta tag says 2024-03-10.
  assert.equal(article('ceasefire-jsonld.html').published, '2024-03-11');
});

test('html: a meta pubdate in compact form gives the publication date', () => {
  assert.equal(article('meta-date.html').published, '2024-05-02');
});

test('html: a <time datetime> in the article gives the date when no metadata does', () => {
  // 2023-12-31T23:15:00-02:00 is 2024-01-01 in UTC: the written date is kept.
  assert.equal(article('time-only.html').published, '2023-12-31');
});

test('html: the canonical link, resolved against the page URL, is the url', () => {
  assert.equal(article('ceasefire-jsonld.html', 'https://herald.example/world/page?id=3').url, 'https://herald.example/world/2024/03/ceasefire-talks-resume');
});

test('html: og:url is the url when there is no canonical link', () => {
  assert.equal(article('meta-date.html').url, 'https://gulf.example/news/envoys-meet-in-doha');
});

test('html: url is null when the page names none', () => {
  assert.equal(article('time-only.html', 'https://herald.example/x').url, null);
});

test('html: the title drops a " | Site" suffix that is og:site_name', () => {
  assert.equal(article('ceasefire-jsonld.html').title, 'Ceasefire talks resume in Geneva');
  assert.equal(article('meta-date.html').title, 'Envoys meet in Doha');
});

test('html: paragraphs, list items, headings, quotes and table rows are separated by a blank line', () => {
  assert.equal(
    article('ceasefire-jsonld.html').text,
    [
      'Delegations from both governments returned to Geneva on Monday for a third round of talks on a ceasefire, the mediators said in a short statement released after the opening session.',
      'The talks are meant to settle the exchange of prisoners and the withdrawal of heavy weapons from a zone along the front line, two questions on which the earlier rounds broke down.',
      'What is on the table',
      'An exchange of all prisoners held since the spring.',
      'A thirty-kilometre zone without heavy weapons.',
      'We came to sign, not to talk about talking, one negotiator told reporters as he entered the building.',
      'Round | Month',
      'First | January',
      'Officials on both sides said they expected the round to last at least a week.\nA fourth round has not been scheduled.',
      'Observers from neighbouring states will attend the closing session, according to the foreign ministry, which said the mediators had asked for the meetings to be held away from the press.',
    ].join('\n\n'),
  );
});

test('html: headline, byline, caption, related links, share buttons and footer are not in the text', () => {
  const { text } = article('ceasefire-jsonld.html');
  for (const boilerplate of ['Ceasefire talks resume in Geneva', 'By Ana Ruiz', 'Palais des Nations', 'Earlier talks broke down', 'Share on', 'All rights reserved', 'Home']) {
    assert.ok(!text.includes(boilerplate), `"${boilerplate}" should not be in the text`);
  }
});

test('html: a date standing on its own line above the story is not in the text', () => {
  assert.ok(article('time-only.html').text.startsWith('Shelling hit a power station'));
});

test('html: a page with no article block gives its visible text, with a warning', () => {
  const result = extractArticle(page('no-article.html'), null);
  assert.ok(!('error' in result));
  assert.equal(result.warning, NO_ARTICLE_BLOCK);
  assert.equal(result.text, 'World\n\nPolitics\n\nSport\n\nTalks resume Markets fall\n\nAbout us Contact');
  assert.equal(result.title, 'Example Herald: front page');
});

test('html: a page with no visible text at all is an error', () => {
  assert.deepEqual(extractArticle('', null), { error: NO_VISIBLE_TEXT });
  assert.deepEqual(extractArticle('<html><body>  <script>document.write("<p>made by a script</p>")</script>\n</body></html>', null), { error: NO_VISIBLE_TEXT });
  const hiddenOnly = '<body><div hidden>a</div><p style="display: none">b</p><span aria-hidden="true">c</span><select><option>d</option></select></body>';
  assert.deepEqual(extractArticle(hiddenOnly, null), { error: NO_VISIBLE_TEXT });
});

test('html: a JSON-LD articleBody much longer than the visible text replaces it', () => {
  const { text } = article('declared-body.html');
  assert.equal(text.split('\n\n').length, 3);
  assert.ok(text.startsWith('Mediators proposed a thirty-day truce on Saturday, to begin at midnight'));
  assert.ok(!text.includes('Subscribe'));
});

test('html: a page that says it is an article but has no body text gives its og:description', () => {
  assert.equal(article('description-only.html').text, 'Forty prisoners from each side crossed the border bridge on Friday in the first exchange since the spring.');
});

test('html: the same page gives the same article twice', () => {
  assert.deepEqual(extractArticle(page('ceasefire-jsonld.html'), 'https://herald.example/'), extractArticle(page('ceasefire-jsonld.html'), 'https://herald.example/'));
});

test('html: a <br> is a line break, a <br> on an empty line ends the paragraph', () => {
  assert.deepEqual(paragraphs('<p>one<br>two<br><br>three</p>'), ['one\ntwo', 'three']);
});

test('html: spaces inside a paragraph are collapsed and inline elements do not split it', () => {
  assert.deepEqual(paragraphs('<p>  Talks   <b>resumed</b>\n on <a href="#">Monday</a>. </p><div>Next&nbsp;block</div>'), ['Talks resumed on Monday.', 'Next block']);
});

test('html: <pre> keeps its line breaks', () => {
  assert.deepEqual(paragraphs('<pre>line one\n  line two</pre>'), ['line one\nline two']);
});

test('html: written dates become YYYY-MM-DD without shifting the time zone', () => {
  assert.equal(writtenDate('2019-11-19T23:30:00-05:00'), '2019-11-19');
  assert.equal(writtenDate('20191119'), '2019-11-19');
  assert.equal(writtenDate('November 19, 2019 10:00 AM'), '2019-11-19');
  assert.equal(writtenDate('Tue, 19 Nov 2019 10:00:00 GMT'), '2019-11-19');
  assert.equal(writtenDate('2019-02-30'), null);
  assert.equal(writtenDate('last week'), null);
});

test('html: only a title segment that names the site is dropped', () => {
  assert.equal(cleanTitle('Reuters - Talks: day two', 'Reuters'), 'Talks: day two');
  assert.equal(cleanTitle('Talks resume | World | BBC News', 'BBC News'), 'Talks resume | World');
  assert.equal(cleanTitle('Talks resume | World', 'BBC News'), 'Talks resume | World');
  assert.equal(cleanTitle('Talks resume | World', null), 'Talks resume | World');
});

test('html: the densest block is the element with the most text outside links', () => {
  const page = root(
    '<div id="menu"><a href="/a">A long list of links that goes on and on and on and on and on</a></div>' +
      '<div id="story"><p>First paragraph of the story, long enough to count.</p><p>Second paragraph of the story.</p></div>',
  );
  assert.equal(densestBlock(page, 20)?.id, 'story');
  assert.equal(densestBlock(page, 10_000), null);
});

test('html: no boilerplate rule removes an element holding most of the article', () => {
  const article = root(
    '<div class="related-content"><p>' + 'The whole story sits in a box whose class says related. '.repeat(5) + '</p></div>' +
      '<div class="share-box">Share this</div>',
  );
  pruneBoilerplate(article);
  assert.deepEqual(paragraphsOf(article), ['The whole story sits in a box whose class says related. '.repeat(5).trim()]);
});

test('html dom: implied end tags, void elements and entities are parsed as a browser would', () => {
  const el = root('<p>One &amp; two<p>Three<br>four<ul><li>a<li>b</ul><img src="x.jpg">tail');
  assert.deepEqual(el.children.map((c) => c.localName), ['p', 'p', 'ul', 'img']);
  assert.equal(el.children[0].textContent, 'One & two');
  assert.deepEqual(el.children[2].children.map((c) => c.textContent), ['a', 'b']);
  assert.equal(el.lastChild?.textContent, 'tail');
});

test('html dom: remove, appendChild and replaceChild keep the sibling links consistent', () => {
  const el = root('<i>a</i><b>b</b><u>c</u>');
  const [i, b, u] = el.children;
  b.remove();
  assert.deepEqual(el.children, [i, u]);
  assert.equal(i.nextSibling, u);
  assert.equal(u.previousSibling, i);
  el.replaceChild(b, i);
  assert.deepEqual(el.children, [b, u]);
  assert.equal(i.parentElement, null);
  b.appendChild(u);
  assert.deepEqual(el.children, [b]);
  assert.equal(el.textContent, 'bc');
});

test('html dom: textLength counts the text as if trimmed with every run of spaces made one', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '\n', '\u00a0', '\t', '<b>', '</b>', '<p>', '&amp;') }), { maxLength: 8 }), (parts) => {
      const el = root(parts.join(''));
      assert.equal(textLength(el), el.textContent.replace(/\s+/g, ' ').trim().length);
    }),
  );
});

test('html: word counts count runs of letters or digits, and each Chinese or Japanese character', () => {
  const reference = (t: string) => (t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+/gu) ?? []).length;
  assert.equal(wordCount('Kyiv, 12 March: talks (resumed)'), 5);
  assert.equal(wordCount('停火谈判'), 4);
  fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '-', 'ж', '停', 'の', '𝒜', '\u0301', '’') }), (t) => reference(t) === wordCount(t)));
});

test('readable: the block of scored paragraphs is the article; menus, comments and related links are not', () => {
  const para = (n: number) => `<p>Paragraph ${n} of the report, with a clause, another clause, and enough words to score well in the count.</p>`;
  const html =
    '<html><head><title>Talks resume</title></head><body>' +
    '<div class="menu"><a href="/">Home</a> <a href="/world">World</a></div>' +
    `<div id="story">${[1, 2, 3, 4, 5].map(para).join('')}</div>` +
    '<div class="comments"><p>A reader wrote a long comment, with commas, that should not be part of the article at all.</p></div>' +
    '<ul class="related"><li><a href="/a">Another story about something else entirely</a></li></ul>' +
    '</body></html>';
  const content = readableContent(parsePage(html), () => parsePage(html), { title: 'Talks resume', hasAuthor: false, charThreshold: 250 });
  const paras = content ? paragraphsOf(content) : [];
  assert.equal(paras.length, 5);
  assert.ok(paras.every((p, i) => p.startsWith(`Paragraph ${i + 1} `)));
});

test('readable: a page too short for the strict rules is read again with looser ones', () => {
  // The only text sits in a box whose class makes it an unlikely candidate.
  const html = '<html><body><div class="sidebar-extra"><p>' + 'A short notice about the ceasefire, as it stands. '.repeat(3) + '</p></div></body></html>';
  const content = readableContent(parsePage(html), () => parsePage(html), { title: null, hasAuthor: false, charThreshold: 250 });
  assert.ok(content);
  assert.match(paragraphsOf(content)[0], /^A short notice about the ceasefire/);
});

test('html dom: a page nested deeper than browsers allow is read, its text kept', () => {
  const depth = 50_000;
  const html = `<html><body>${'<div>'.repeat(depth)}${'Negotiators met again in Geneva on Tuesday. '.repeat(20)}${'</div>'.repeat(depth)}<p>After.</p></body></html>`;
  const result = extractArticle(html, null);
  if ('error' in result) assert.fail(result.error);
  assert.match(result.text, /^Negotiators met again in Geneva/);
  assert.match(result.text, /After\.$/);
});
