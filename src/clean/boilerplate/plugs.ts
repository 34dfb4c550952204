// Lines that are widgets of the page, not prose: "Related Posts", "Read more: ...", pop-ups
// ("This will close in 0 seconds"), newsletter and app plugs, share bars, "Advertisement".
import type { Removed, RemovedReason } from '../../doc/model.js';
import { type Line, sortSpans, trimmed } from '../../doc/lines.js';
import { words } from './line-shape.js';
import { matchesOf } from '../../doc/matches.js';

interface LineRule {
  id: string;
  reason: RemovedReason;
  /** Tested on the trimmed line. */
  pattern: { test(text: string): boolean };
  /** Longest line (in characters) the rule may take: widgets are short, prose is long. */
  maxLength: number;
}

// The headings in five expressions, each small enough for recheck to decide in its time. The words
// after "more from" end in a letter, the blanks after them going to the "\s*" at the end: ending in a
// blank as well, a run of blanks could be shared out between the two in n ways.
const RELATED_A = /^(?:more (?:from|in|on|about) (?:[\p{L}' ]*[\p{L}']| )|(?:read|see|learn) more about(?: [\p{L}' -]*[\p{L}'-])?)\s*:?$/iu;
const RELATED_B = /^(?:related(?: posts| articles| stories| content| coverage| news| reading| topics| links| videos?)?|recommended(?: for you| stories| articles| reading| videos?)?|more on this (?:story|topic)|you (?:may|might) also (?:like|be interested in|want to read|enjoy)(?: (?:these|the following|this))?(?: stories| articles| reads| videos)?|(?:most|the most) (?:read|popular|viewed|shared|watched)(?: stories| articles| news)?|popular(?: (?:now|stories|articles))?|trending(?: now| stories| news)?)\s*:?$/iu;
const RELATED_C = /^(?:see also|also read|read also|read more|read next|up next|top (?:stories|news|headlines)|(?:the )?latest(?: news| stories| headlines| articles| updates| videos?)?|more (?:stories|news|headlines|videos))\s*:?$/iu;
const RELATED_D = /^(?:what to read next|also in this (?:package|series|section|report)|further reading|keep reading|in other news|editor(?:['’]s|s['’]?)? picks?|visual stories|explore more|(?:à )?lire aussi|voir aussi|lea también|lee también|ver también)\s*:?$/iu;
const RELATED_E = /^(?:top (?:stories|news|headlines) (?:today|now)|more coverage|suggested (?:topics|reading|stories)|topics|tags|tagged|categories|filed under|related topic|(?:in )?this story|more about|keywords|go to video|related (?:stories|articles|news|coverage|posts) (?:from|on|in) (?:[\p{L}'’&.]+ ){0,4}[\p{L}'’&.]+)\s*:?$/iu;
/** The heading of a block of other stories: "Related Posts", "Recommended Stories", "More on this story". */
/** "More:" alone over the headlines of other stories inside the article (boiler23); the colon is needed. */
const RELATED_MORE = /^(?:[Mm]ore|MORE)\s?:$/;
export const RELATED_HEADING = { test: (t: string): boolean => [RELATED_A, RELATED_B, RELATED_C, RELATED_D, RELATED_E, RELATED_MORE].some((re) => re.test(t)) };

const NEWSLETTER_LEAD = /^(?:sign up|subscribe|get our|join our|download (?:our|the)|follow us|never miss|enter your email|register (?:now|for free)|don't miss)\b/i;
const NEWSLETTER_WORD = /\b(?:newsletter|app|updates|email|inbox|whatsapp|telegram|channel|alerts?|free|now|today|here|breaking news|top stories|briefing|digest)\b/i;
const FOLLOW_LEAD = /^(?:you can |you may )?(?:follow|like|join|connect with|subscribe to)\b/iu;
const FOLLOW_WHERE = /\b(?:on|at|via)\b/iu;
const FOLLOW_SITE = /\b(?:twitter|x\.com|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|threads|bluesky|google news|https?:\/\/\S+)/iu;
/** "Subscribe to X on social media". */
const SOCIAL_MEDIA = /\bsocial (?:media|networks)\b/i;
/** "Follow our live coverage", "Follow"; "Follow Al Jazeera English:" (a row of icons follows). */
const FOLLOW_WHAT = /^follow (?:us|@\w+|our (?:coverage|live|updates|channel|page|account)|\w+'s coverage|[\p{L}' ]{2,30}'s (?:coverage|live)|the latest)\b|^follow(?: us)?(?: on social media)?$/iu;
/** "Follow The New Arab live coverage of the war": an outlet's name, then its live page. */
const FOLLOW_LIVE = /^(?:Follow|FOLLOW) [\p{Lu}][\p{L}'’]*(?: [\p{Lu}][\p{L}'’]*){0,3} live (?:coverage|updates|blog)\b/u;
const FOLLOW_NAMED = /^(?:Follow|FOLLOW)(?: [\p{Lu}][\p{L}.]*){1,4}\s*:$/u;

/**
 * The rest of the first line of t after `lead`, or null when t does not open with it: what
 * `^LEAD\b.*X` leaves to X, for an X that opens with a word (the lead ends in one, so X cannot
 * start right after it).
 */
function afterLead(t: string, lead: RegExp): string | null {
  const m = lead.exec(t);
  if (!m) return null;
  const rest = t.slice(m[0].length);
  const lineEnd = rest.search(/[\n\r\u2028\u2029]/);
  return lineEnd < 0 ? rest : rest.slice(0, lineEnd);
}

/** "Sign up for our newsletter", "Download the app now": `^(?:LEAD)\b.*\b(?:WORD)\b`. */
function newsletterPlug(t: string): boolean {
  const rest = afterLead(t, NEWSLETTER_LEAD);
  return rest !== null && NEWSLETTER_WORD.test(rest);
}

/** "Follow us on X", "Join us on Telegram": `^(?:LEAD)\b(?=.*\b(?:on|at|via)\b).*\b(?:SITE)`. */
function followOn(t: string): boolean {
  const rest = afterLead(t, FOLLOW_LEAD);
  // ("Join the talks or face the army, the envoy warned the rebels in a Telegram channel post": a sentence of the story, whose speaker is told.)
  return rest !== null && FOLLOW_WHERE.test(rest) && (FOLLOW_SITE.test(rest) || SOCIAL_MEDIA.test(rest)) && !TOLD_SPEECH.test(rest);
}
/** A speaker told in the line: reported speech, never a plug's words. */
const TOLD_SPEECH = /["“”]|\b(?:said|says|told|added|warned|urged|wrote|announced|declared|insisted)\b/;

const SHARE_LEAD = /^(?:click (?:here )?to )?(?:share|tweet|pin|post|email|e-mail|print|send|save)\b/i;
const SHARE_WHERE = /\b(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|pinterest|tumblr|pocket|flipboard|messenger|email|e-mail|a friend|opens in (?:a )?new window)\b/i;
/** "Click to share on Facebook (Opens in new window)", "Share on WhatsApp", "Email this to a friend": a share button's words. */
function shareButton(t: string): boolean {
  const rest = afterLead(t, SHARE_LEAD);
  return rest !== null && !/[.!?]$/.test(t) && SHARE_WHERE.test(rest);
}

const SUPPORT_PLEA = /\b(?:consider (?:making )?a (?:donation|contribution)|support (?:[a-z]+, ){1,3}[a-z]+ journalism|support our (?:work|reporting|newsroom)|our journalism|become our (?:member|subscriber|patron|supporter)s?|patreon|readers like you|unsubscribe at any time|protected by recaptcha)\b/i;
/** "Caracas Chronicles is 100% reader-supported.", "Start your free trial", "Try it for free and cancel anytime." */
const READER_FUNDED = /\breader[- ](?:supported|funded)\b|\bstart your free trial\b|\btry (?:it )?(?:for )?free and cancel\b/i;
const TRANSLATED = /^[([]?(?:this (?:article|story|report|piece|text|interview) (?:was|has been|is) )?(?:edited and )?translated(?: and (?:edited|adapted))? (?:from|into|by)\b|^[([]?(?:an? )?(?:edited |abridged )?translation (?:from|by)\b/i;
/** The note's full lead ("This article was translated from Spanish using ..."): a longer note than the bare "Translated from". */
const TRANSLATED_FULL = /^[([]?(?:this (?:article|story|report|piece|text|interview) (?:was|has been|is) (?:edited and )?translated(?: and (?:edited|adapted))? (?:from|into|by|using|with)|translation of (?:an|the) (?:original )?(?:article|story|report|piece)\b)/i;
/** A quote or reported speech: a plea's words in an article ("'We need your help,' the mayor said"). */
const REPORTED = /["“”]|\b(?:said|says|told|added)\b/;
/** "We need your help now more than ever.", "Not ready to support today?" */
const SUPPORT_NEED = /\b(?:we need your (?:help|support)|your support (?:helps|allows|enables|keeps|makes)|not ready to support|makes a world of difference)\b/i;
const BY_SUBSCRIBING = /\bby (?:subscribing|signing up)[^.\n]{0,40}\byou\b|^by (?:clicking|registering|submitting)\b[^.\n]{0,60}\bI (?:agree|consent|accept)\b/i;
const ARTICLES_READ = /\byou(?:['’]ve| have) read /gi;
const ARTICLES_READ_ANY = /\byou(?:['’]ve| have) read /i;
/** A paywall's counter: "You've read 12 Courier articles in the past month" ("articles" or "stories" within six words). */
function articlesRead(t: string): boolean {
  if (!ARTICLES_READ_ANY.test(t)) return false;
  for (const m of matchesOf(t, ARTICLES_READ)) {
    const next = t.slice(m.index + m[0].length, m.index + m[0].length + 200).split(/\s+/).slice(0, 7);
    if (next.some((w) => /^(?:articles|stories)\b/i.test(w))) return true;
  }
  return false;
}
/** "Support PREMIUM TIMES' journalism of integrity and credibility": the outlet's name between. */
function supportNamed(t: string): boolean {
  const w = t.split(' ');
  return w.length >= 3 && w[0].toLowerCase() === 'support' && w.slice(2, 6).some((x) => /^journalism\b/i.test(x));
}
const SUPPORT_MORE = { test: (t: string): boolean => SUPPORT_PLEA.test(t) || READER_FUNDED.test(t) || (SUPPORT_NEED.test(t) && !REPORTED.test(t)) || supportNamed(t) || BY_SUBSCRIBING.test(t) || articlesRead(t) };

const COOKIE_NOTICE = /\b(?:we use cookies|(?:use|usage) of cookies|(?:this|our) (?:site|website) uses cookies|(?:accept|reject) (?:all |optional )?cookies|cookies? (?:policy|settings|preferences|consent)|you (?:are )?agree(?:ing)? to our (?:terms|privacy|use of cookies))\b/i;

/** "If you want to get the latest news ..., subscribe to Ukrinform on Facebook, Twitter, Telegram.": an invitation to follow the outlet. */
const INVITE_LEAD = /^(?:if you (?:want|wish|would like)|to (?:get|receive|stay|keep)|for (?:more|the latest|breaking|all the latest))\b/i;
const INVITE_VERB = /\b(?:subscribe to|follow|join)\b/i;
function followInvite(t: string): boolean {
  const rest = afterLead(t, INVITE_LEAD);
  return rest !== null && INVITE_VERB.test(rest) && FOLLOW_WHERE.test(rest) && FOLLOW_SITE.test(rest);
}
/** "... Listen to us on shortwave and follow us on Facebook": the outlet speaking of itself to its readers. */
const US_ON = /\b(?:follow|listen to|find|join|like|watch) us on\b/i;

/** "Editor's note: ...", "This story has been updated ...", "Updated to add ...": a note on the page's versions. */
const EDITOR_NOTE = /^[([]?\s*(?:editor['’]?s note\s*:|this (?:story|article|report|version) (?:has been|was) (?:refiled|updated|corrected|amended|changed)\b|(?:updated|corrected|refiles?|adds|changes) to (?:add|include|fix|correct|clarify|reflect|update)\b)/i;
/**
 * An editor's note on the story's people is the story's: "Editor's note: X is not naming the two
 * women, whose families fear reprisals.", "... changed the names of two relatives for their safety."
 */
const NOTE_ON_PEOPLE = /\b(?:not (?:naming|identifying|publishing the names? of)|withh[eo]ld(?:ing)? (?:the |their |his |her )?(?:full )?(?:names?|identit(?:y|ies))|changed (?:the |their |his |her )?names?|names? (?:has|have) been (?:changed|withheld)|(?:changed|withheld) (?:to protect|for (?:their|his|her) (?:safety|protection))|(?:is|are) (?:a )?pseudonyms?)\b/i;

const ORIGINALLY_PUBLISHED = /^this (?:story|article|report|piece) was (?:originally|first) published\b/i;
const PUBLISHED_AT = /\b(?:19|20)\d\d\b[^.]{0,20}\b\d{1,2}:\d\d\b/;

/** The bracketed tag that ends a tabloid's link to another story: "[LATEST]", "[VIDEO]". */
const LINK_TAG = /\[([A-Z]{3,11}(?: [A-Z]{4,5})?)\]\s?\|?$/;
const LINK_TAGS = new Set(['INSIGHT', 'ANALYSIS', 'REPORT', 'REVEAL', 'REVEALED', 'VIDEO', 'VIDEOS', 'PICTURES', 'PICS', 'PHOTOS', 'LATEST', 'LIVE', 'LIVE BLOG',
  'POLL', 'REACTION', 'UPDATE', 'UPDATES', 'COMMENT', 'OPINION', 'EXPLAINED', 'EXPLAINER', 'MAP', 'MAPS', 'INTERVIEW', 'QUIZ', 'WATCH', 'LISTEN', 'BREAKING', 'SPOTLIGHT', 'TIMELINE', 'FACT CHECK']);
/** "Envoy flies to Valletta for crunch talks as rebels dig in [LATEST]": three words or more, then the tag. */
function taggedLink(t: string): boolean {
  const m = LINK_TAG.exec(t);
  return m !== null && LINK_TAGS.has(m[1]) && words(t.slice(0, m.index)).length >= 3 && !/[.:;,]\s?$/.test(t.slice(0, m.index));
}

const RULES: LineRule[] = [
  { id: 'related-heading', reason: 'related', maxLength: 60, pattern: RELATED_HEADING },
  { id: 'read-more', reason: 'related', maxLength: 220,
    pattern: /^(?:read more|read also|also read|see more|see also|also see|more|read|see|watch|listen|related|related story|watch more|read next|recommended|explainer)\s*[:|>»–-]\s*\S/i },
  // A related link glued to its label by a scraper that dropped the space between them: "RelatedTalks resume
  // in the port city ...", "ALSO READ“We will not withdraw”" (nineteenth session, real scraped copy).
  { id: 'read-more', reason: 'related', maxLength: 220,
    pattern: /^(?:Related|RELATED|Read more|Read More|READ MORE|Also read|Also Read|ALSO READ|Read also|Read Also|READ ALSO|Recommended|RECOMMENDED)(?=\p{Lu}\p{Ll}|["“‘'])/u },
  // A tabloid's link to another story with its bracketed tag in capitals, between the paragraphs:
  // "Envoy flies to Valletta for crunch talks [LATEST]", "Harbourton blasts drone strike [VIDEO]|" (boiler23).
  { id: 'tagged-link', reason: 'related', maxLength: 250, pattern: { test: taggedLink } },
  { id: 'read-more-bare', reason: 'related', maxLength: 40, pattern: /^(?:read more|continue reading|read the full (?:story|article)|show more|load more)[.…]*$/i },
  { id: 'popup-countdown', reason: 'promo', maxLength: 80, pattern: /\b(?:will close|closes|closing) in \d+ seconds?\b/i },
  { id: 'advertisement', reason: 'promo', maxLength: 40, pattern: /^(?:(?:header|footer|sidebar|top|bottom|inline|in-article|mid-article|middle) )?(?:advertisement|advert|sponsored(?: content)?|promoted|skip advert(?:isement)?|ad|story continues below(?: advertisement)?|article continues below(?: advertisement)?)$/i },
  { id: 'newsletter', reason: 'promo', maxLength: 200,
    pattern: { test: newsletterPlug } },
  { id: 'newsletter-short', reason: 'promo', maxLength: 80, pattern: /\b(?:newsletter|subscribe now|sign up here|sign up now|by signing up|privacy (?:policy|notice)|terms of (?:service|use)|cookie(?:s| policy| settings))\b/i },
  { id: 'share-bar', reason: 'navigation', maxLength: 80,
    pattern: /^(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|whatsapp|linkedin))?|copy link|link copied|print|email|facebook|twitter|whatsapp|linkedin|telegram|comments?|\d+ comments?|save|bookmark|listen to (?:this )?article|\d+ min(?:ute)? read|skip to (?:main )?content|back to top|go to comments|jump to)\s*:?$/i },
  { id: 'share-button', reason: 'navigation', maxLength: 70, pattern: { test: shareButton } },
  { id: 'list-marker', reason: 'related', maxLength: 30, pattern: /^(?:list of \d+ items?|list \d+ of \d+|end of list|item \d+ of \d+)$/i },
  { id: 'tag-list', reason: 'navigation', maxLength: 250, pattern: /^(?:tags?|topics?|related topics|suggested topics|filed under|keywords|categories|category|section)\s*[:|]\s*\S/i },
  { id: 'copyright', reason: 'promo', maxLength: 300, pattern: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed)\b|\btrust principles\b|\bpurchase licensing rights\b|\b(?:permitted|allowed) only with (?:a )?(?:hyperlink|link|reference)\b|\bhyperlink to (?:the )?source\b|\b(?:can|may) be (?:reproduced|republished|copied|used) only with\b|\bwith (?:an )?active hyperlink\b|\bno reproduction without (?:prior )?(?:written )?permission\b|\breproduction (?:in whole or in part )?(?:is )?(?:strictly )?(?:prohibited|forbidden)\b/i },
  // Terms of reproduction in other words: "... is allowed only with the indication of the source, X.", "X news may be reproduced as long as the author and X are credited."
  { id: 'copyright', reason: 'promo', maxLength: 300,
    pattern: { test: (t) => /\b(?:allowed|permitted) only with (?:the )?(?:indication|mention|citation|attribution) of\b/i.test(t) || (/\b(?:may|can) be reproduced (?:as long as|provided|on condition)\b/i.test(t) && /\bcredited\b/i.test(t)) } },
  { id: 'support-us', reason: 'promo', maxLength: 300,
    pattern: /\b(?:consider (?:supporting|subscribing|donating|becoming a member)|support (?:our|independent|quality|local) journalism|becom(?:e|ing) a (?:member|subscriber|patron|supporter)|make a (?:donation|contribution)|donate (?:now|today)|subscribe (?:now|today|to (?:our|the))|you have reached your (?:free )?(?:article )?limit|this (?:article|content) is (?:for|available to) subscribers|already a (?:subscriber|member)(?=\?)|log ?in to (?:read|continue)|join (?:our|the) (?:community|whatsapp|telegram)|never miss (?:a|an|our|the) (?:story|stories|top stories|update|headline)|(?:delivered )?(?:to|in) your inbox|by email (?:and|every|each)|republish(?:ing)? (?:this|our|the) (?:content|article|story|stories)|subscription options|offered to (?:our )?subscribers|for (?:licensing|syndication) (?:enquiries|inquiries|requests)|embed (?:link|code)|sign up here|exclusively (?:for|to) (?:our )?(?:subscribers|members)|premium (?:articles?|content|stories|subscribers?)|reuse this content|click here to subscribe|subscribe for (?:full|unlimited) access|enjoying (?:this|the) (?:article|story)\?)\b/i },
  { id: 'editor-note', reason: 'promo', maxLength: 300, pattern: { test: (t) => EDITOR_NOTE.test(t) && !NOTE_ON_PEOPLE.test(t) } },
  // The form under readers' comments: "You must be logged in to post a comment.", "Your email address will not be published."
  { id: 'comment-form', reason: 'navigation', maxLength: 200,
    pattern: /^(?:you must be (?:logged|signed) in to (?:post|leave|write|add) a (?:comment|reply)|your email address will not be published|save my name, email|votre adresse (?:e-mail|email|de messagerie) ne sera pas publiée|enregistrer mon nom)/i },
  // Pleas for money and paywall counters the line above does not word: "Please consider a donation to
  // the Courier.", "Support the Courier or become our patron!", "Your contribution helps keep our journalism
  // independent.", "You've read 12 Courier articles in the past month." (a second expression: recheck
  // could not decide the first with these in its time).
  { id: 'support-us', reason: 'promo', maxLength: 300, pattern: SUPPORT_MORE },
  // "We use cookies to give you the best possible experience.", "By continuing to browse you agree to our use of cookies."
  { id: 'cookie-notice', reason: 'promo', maxLength: 400,
    pattern: { test: (t) => /ookie/i.test(t) && COOKIE_NOTICE.test(t) } },
  // "Support Meduza", "Support UP": the button of a plea for money, after the name of the outlet.
  { id: 'support-button', reason: 'promo', maxLength: 40, pattern: /^(?:Support|SUPPORT) (?:us|US|[\p{Lu}][\p{L}.]*(?: [\p{Lu}][\p{L}.]*){0,2})!?$/u },
  { id: 'follow-us', reason: 'promo', maxLength: 220,
    pattern: { test: (t) => followOn(t) || FOLLOW_WHAT.test(t) || FOLLOW_LIVE.test(t) || FOLLOW_NAMED.test(t) } },
  { id: 'get-latest', reason: 'promo', maxLength: 200, pattern: /^(?:get|catch|stay (?:on top of|up to date with)|for) (?:the|all the) latest (?:news|updates|headlines|stories|on)\b|^(?:keep|stay) (?:up to date|informed|updated|in the know)\b|^(?:please )?(?:click|tap) here\b|^(?:download|get) (?:the|our) [\p{L} ]{0,30}app\b/iu },
  { id: 'page-widget', reason: 'navigation', maxLength: 40,
    pattern: /^(?:end of (?:article|story)|comments?\s*\(\d+\)|comments? (?:are )?closed|leave a comment|post a comment|view comments|show comments|text size|font size|a\+?|aa|a-|\+|[/|•·>»]|read later|save (?:article|for later|story)|gift (?:this )?article|listen(?: to (?:this|the) (?:article|story))?|play|pause|watch|watch video|video|live|breaking|breaking news|exclusive|analysis|opinion|explainer|newsletter|share\d*|shares?|tweet|pin|reddit|copy(?: link)?|more|menu|search|home|close|loading\.*|scroll to continue with content|advertisement\s*(?:[-·•]\s*)?scroll to continue|report an error|corrections?|feedback|leave your feedback|share this(?: article| story)?:?|like this:?|like loading\.*|text by:?|x|ad feedback|sponsored content|paid (?:partner )?content|short url|copied|print friendly(?:, pdf (?:&|and) email)?|donate(?: now| today)?|subscribe(?: now| today| here)?|sign up(?: now| here)?|(?:read|see) (?:all )?comments|read (?:this|the) (?:article|story|news) in:?|(?:also )?available in:?|select language|choose (?:your )?language|hide caption|toggle caption|enlarge this image|view image in fullscreen|image|photo|video|gallery|\\d+ photos?|view gallery|short link:?|search keywords:?|watch live(?: news| tv| stream)?:?)$/i },
  { id: 'breadcrumb', reason: 'navigation', maxLength: 120,
    pattern: /^\p{L}[\p{L}\p{N}'’&.\- ]{0,30}(?:(?:\s*[>›»|\\]\s*|\s+\/\s+)\p{L}[\p{L}\p{N}'’&.,\- ]{0,40}){1,4}$/u },
  // "Share this article on:", "Skip next section What you need to know" (a live page's jump link).
  { id: 'share-bar', reason: 'navigation', maxLength: 60, pattern: /^share (?:this(?: article| story| page| post)? )?(?:on|via|with)\s*:?$/i },
  { id: 'skip-link', reason: 'navigation', maxLength: 160, pattern: /^skip (?:next section|to (?:next|previous|main|content|navigation|section))\b/i },
  // "___", "* * *", "—": a rule between the story and its credits; no letter or digit.
  { id: 'rule-line', reason: 'navigation', maxLength: 40, pattern: /^[_*=~•·#+|—–-](?:[\s_*=~•·#+|—–-]*[_*=~•·#+|—–-])?$/u },
  { id: 'follow-us', reason: 'promo', maxLength: 300, pattern: { test: (t) => followInvite(t) || US_ON.test(t) } },
  // "What do you think? Leave your comment below.", "Share your thoughts in the comments."
  { id: 'comment-prompt', reason: 'navigation', maxLength: 120,
    pattern: { test: (t) => /^(?:leave|share|post|drop|write|add) (?:your|a) (?:comments?|thoughts|views?|opinions?)(?: below| here| in the comments?(?: section)?(?: below)?)?[.!]?$/i.test(t.replace(/^what do you think\? */i, '')) } },
  // A plea's salutation or heading: "A Message from The Moscow Times:", "Dear readers,", "Dear Reader,".
  { id: 'plea-head', reason: 'promo', maxLength: 80, pattern: /^(?:a (?:message|note|letter) (?:from|to) (?:the )?[\p{L}'’. ]{2,40}:|dear (?:valued |loyal )?(?:readers?|friends|subscribers?)(?: and [\p{L}]+)?,)$/iu },
  // A pop-up's buttons: "Remind me later.", "Not now", "Maybe later".
  { id: 'page-widget', reason: 'navigation', maxLength: 40, pattern: /^(?:remind me later|maybe later|not now|no,? thanks|continue|cancel anytime|live story|live updates|go to video|watch (?:the )?video)\s*[.!]?$/i },
  // "Want to help Meduza? Tell your friends about us!"
  { id: 'support-us', reason: 'promo', maxLength: 120, pattern: /^(?:want|would you like) to (?:help|support) [\p{L}'’. ]{2,40}\?/iu },
  // "This article was translated from Somali by Hiiraan Online.", "Translated from French", "Story translated by X".
  { id: 'translation-note', reason: 'byline', maxLength: 160,
    pattern: { test: (t) => ((TRANSLATED.test(t) && words(t).length <= 14) || (TRANSLATED_FULL.test(t) && words(t).length <= 26)) && !REPORTED.test(t) } },
  // "This story was originally published March 4, 2026 at 5:12 PM.": a stamp (a note of where a story first ran, with no date, can be the article's own).
  { id: 'editor-note', reason: 'byline', maxLength: 120, pattern: { test: (t) => ORIGINALLY_PUBLISHED.test(t) && PUBLISHED_AT.test(t) } },
  // "This article was first published in X's weekly edition." (boiler23): an edition's name, no time.
  { id: 'editor-note', reason: 'byline', maxLength: 160, pattern: { test: (t) => ORIGINALLY_PUBLISHED.test(t) && /\b(?:edition|issue|newsletter|magazine|print)\.?$/i.test(t) && !REPORTED.test(t) } },
  // Terms of reproduction in the outlet's words: "When citing and using any materials on the Internet, links to the website ... are mandatory."
  { id: 'copyright', reason: 'promo', maxLength: 300,
    pattern: { test: (t) => (/^when (?:citing|quoting|using|reproducing)\b/i.test(t) && /\bmaterials?\b/i.test(t)) || (/\blinks? to (?:the )?(?:web ?site|site|source)\b/i.test(t) && /\b(?:mandatory|obligatory)\.?$/i.test(t)) } },
  // A machine voice's note over an article's player: "This audio is generated by an AI tool.", "Voiced by artificial intelligence."
  { id: 'audio-note', reason: 'navigation', maxLength: 120,
    pattern: /^(?:this (?:audio|narration|article audio|recording) (?:is|was|has been) (?:generated|produced|created|narrated|read)|(?:voiced|narrated|read) by (?:an? )?(?:ai|artificial intelligence|automated voice|synthetic voice)\b)/i },
  // A label of the outlet's own furniture: "Why you can trust Sky News", "What you need to know:", "Key points".
  { id: 'page-widget', reason: 'navigation', maxLength: 60,
    pattern: /^(?:why you can trust (?:us|[\p{Lu}][\p{L}'’.]*(?: [\p{Lu}][\p{L}'’.]*){0,3})|what you need to know|key points|key takeaways|story highlights|at a glance|in brief|quick read)\s*:?$/iu },
  // "Get Current Updates on India News, Weather Today, Latest News at Hindustan Times.": the outlet's plug of its own pages.
  { id: 'get-latest', reason: 'promo', maxLength: 200, pattern: /^get (?:current|latest|live|breaking|all) (?:updates|news)(?: and [\p{L} ]{1,30})? (?:on|from|at|about)\b/iu },
  // "A version of this article appears in print on March 13, 2026, Section A, Page 8 ...": a print edition's note.
  { id: 'editor-note', reason: 'byline', maxLength: 400, pattern: /^a version of this (?:article|story|report) (?:appears|appeared) in (?:the )?(?:[\w ]{0,20} )?print\b/i },
  // "Opinions expressed by authors may not coincide with the position of the editorial board.": a disclaimer.
  { id: 'disclaimer', reason: 'promo', maxLength: 300,
    pattern: /^(?:the )?(?:opinions?|views?) expressed (?:in (?:this|the) (?:article|piece|column|story|commentary|op-ed) )?(?:by (?:the )?(?:authors?|contributors?|writers?) )?(?:are|is|may|do|does|belong|reflect)\b/i },
  // "Press TV's website can also be accessed at the following alternate addresses:": a mirror site's note.
  { id: 'mirror-note', reason: 'navigation', maxLength: 160, pattern: /\b(?:web ?site|site) can (?:also )?be (?:accessed|reached|found|read) (?:at|via|on)\b/i },
  // "(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)"
  { id: 'editor-note', reason: 'byline', maxLength: 250, pattern: /\b(?:published|auto-generated|generated) from a syndicated (?:news )?feed\b|\bhas not been edited by [\p{L}. ]{2,30} staff\b/iu },
  // "This report is auto-generated from ANI news service. ThePrint holds no responsibility for its content."
  { id: 'editor-note', reason: 'byline', maxLength: 250, pattern: /\bauto-generated from (?:the )?(?:\S+ ){1,5}(?:service|feed|wire)\b|\bholds? no responsibility for (?:its|the|this) content\b/i },
  // "Khaama Press is not responsible for the content of comments.": the comment form's disclaimer.
  { id: 'comment-form', reason: 'navigation', maxLength: 160, pattern: /\bnot responsible for the content of (?:the )?(?:comments|readers['’]? comments|external (?:sites|websites|links))\b/iu },
  // "Prishtina Insight is a publication of BIRN Kosovo.": the outlet's note on its publisher (names only).
  { id: 'publisher-note', reason: 'promo', maxLength: 120, pattern: /^(?:[\p{Lu}][\p{L}.&'’-]*\s){1,5}is (?:a|an) (?:publication|project|product|imprint|service|edition) of (?:the )?[\p{Lu}][\p{L}.&'’-]*(?:\s[\p{Lu}][\p{L}.&'’-]*){0,5}\.?$/u },
  // "Egypt Independent is part of Al-Masry Media Corp.": the publisher is a company, by the last word of its name.
  { id: 'publisher-note', reason: 'promo', maxLength: 120, pattern: /^(?:[\p{Lu}][\p{L}.&'’-]*\s){1,5}is (?:a )?part of (?:the )?(?:[\p{Lu}][\p{L}.&'’-]*\s){0,4}(?:Media|Group|Corp|Corporation|Company|Holdings?|Network|Ltd|Inc|Plc|PLC)\.?$/u },
  // "Add CBS News on Google.", "Add Hindustan Times as a preferred source on Google": a plug of the outlet in a search engine.
  { id: 'follow-us', reason: 'promo', maxLength: 100, pattern: /^add [\p{L}.'’ ]{2,40} (?:on|to|as (?:a |your )?(?:preferred|trusted) source on) google(?: news)?\.?$/iu },
  // A sign-up form's own lines: "I agree to receive emails from X.", "Thank you for registering!", "An account was already registered with this email. Please check your inbox ...".
  { id: 'signup-form', reason: 'promo', maxLength: 200,
    pattern: /^(?:I (?:agree|consent|accept|would like) to (?:receive|get|the (?:terms|privacy|processing)|be (?:contacted|emailed))\b|thank you for (?:registering|subscribing|signing up)\b|an account (?:was|is|has been) already registered\b|please check your (?:inbox|email|spam)\b)/i },
  // A push-notification pop-up: "Get Breaking News Alerts From X", "We'll send you latest news updates ... clicking on the notification icon.", "Click the alert icon to follow topics:".
  { id: 'push-prompt', reason: 'promo', maxLength: 80, pattern: /^(?:get|receive|enable|turn on|allow) (?:[\p{L}]+ ){0,2}(?:alerts|notifications)\b/iu },
  { id: 'push-prompt', reason: 'promo', maxLength: 200,
    pattern: /\bwe['’]ll send you (?:the )?(?:latest|breaking|top)\b|\bclicking on the notification (?:icon|bell)\b|^(?:click|tap) (?:on )?(?:the|this) (?:[\p{L}-]+ ){0,2}(?:icon|button|bell) to (?:follow|get|receive|subscribe)\b/iu },
  // "Meduza needs your support. Help us keep going.": an outlet's plea in its own name.
  { id: 'support-us', reason: 'promo', maxLength: 120,
    pattern: { test: (t) => (/^(?:[\p{Lu}][\p{L}.'’-]*\s){1,4}needs? your (?:help|support)\b/u.test(t) || /\bhelp us keep (?:going|reporting|working|publishing)\b/i.test(t)) && !REPORTED.test(t) } },
  // "If you notice a mistake, select it with your mouse and press Ctrl+Enter.": the error report's key.
  { id: 'report-error', reason: 'navigation', maxLength: 300, pattern: /\bctrl\s?\+\s?enter\b/i },
  // "This is AI generated summarization, which may have errors. For context, always refer to the full article."
  { id: 'summary-note', reason: 'navigation', maxLength: 200, pattern: /\bai[- ]generated summar(?:y|ies|ization|isation)\b|\balways refer to the full article\b/i },
  // A reactions widget: "How does this make you feel?", "What's your reaction?".
  { id: 'page-widget', reason: 'navigation', maxLength: 60, pattern: /^(?:how (?:does|did) this (?:article |story )?make you feel|what(?:['’]s| is) your reaction)\s*\??$/i },
  // "Time to read 3 min.": a reading-time stamp in words the date rule does not read.
  { id: 'read-time', reason: 'byline', maxLength: 40, pattern: /^(?:time to read|reading time|read time)(?: ?: ?| )\d{1,3} ?min(?:ute)?s?\.?$/i },
  // A reporter's address alone on a line: "pjw@heraldcorp.com".
  { id: 'author-email', reason: 'byline', maxLength: 80, pattern: /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/ },
  // A view counter: "This story has been viewed 12,384 times.", "1,204 views".
  { id: 'view-count', reason: 'navigation', maxLength: 80,
    pattern: /^(?:this (?:story|article|page|post|report|news) has been (?:viewed|read|seen) [\d,.]+ times|(?:viewed|read) [\d,.]+ times|[\d,.]+k? (?:views|reads))\.?$/i },
  // The comment form's rules and state: "Comments will be moderated. Keep comments relevant ...",
  // "Commenting for this story is now closed.", "Comments - Please login in order to comment."
  { id: 'comment-form', reason: 'navigation', maxLength: 300,
    pattern: /^comments (?:will be|are|may be) (?:pre-)?moderated\b|^commenting (?:for |on )?(?:this (?:story|article|post|page) )?(?:is|has been) (?:now )?(?:closed|disabled)\b|^(?:comments?\s?[-–—:]\s?)?please (?:log ?in|sign ?in|register)(?: (?:in order )?to (?:comment|post|reply|join the discussion))?\.?$/i },
  // "Join the discussion and participate in ...": a comment prompt with more words after it.
  { id: 'comment-prompt', reason: 'navigation', maxLength: 120, pattern: { test: (t) => /^join the (?:discussion|conversation|debate)\b/i.test(t) && !REPORTED.test(t) } },
  // "The Wire is now on WhatsApp. Follow our channel ...", "become a fan and comment on our Facebook Page!".
  { id: 'follow-us', reason: 'promo', maxLength: 220,
    pattern: /^(?:[\p{Lu}][\p{L}.'’&-]*\s){1,4}is now (?:on|available on) (?:WhatsApp|Whatsapp|Telegram|Instagram|Threads|Bluesky|YouTube|Google News|X|TikTok|Apple News)\b/u },
  { id: 'follow-us', reason: 'promo', maxLength: 220,
    pattern: { test: (t) => /\b(?:become a fan|comment|like us|follow us|join us|message us) on our (?:facebook|twitter|x|instagram|telegram|whatsapp|youtube|tiktok) (?:page|channel|account|group)\b/i.test(t) && !REPORTED.test(t) } },
  // "Join ST's Telegram channel and get the latest breaking news delivered to you.": a messenger channel's plug.
  { id: 'follow-us', reason: 'promo', maxLength: 200,
    pattern: { test: (t) => /^join (?:our|the|[\p{L}.&]+['’]s)(?: [\p{L}.&'’]+){0,3} (?:whatsapp|telegram|viber|signal) (?:channel|group|community)\b/iu.test(t) && !REPORTED.test(t) } },
  // A plea's heading in the outlet's words: "Be Part of Quality Journalism", "Stand for independent journalism".
  { id: 'plea-head', reason: 'promo', maxLength: 60,
    pattern: /^(?:be (?:a )?part of|stand (?:up )?for|back|fund|invest in|help (?:us )?(?:save|sustain|protect)) (?:(?:quality|independent|honest|free|fearless|local|public[- ]interest) )?journalism[.!]?$/i },
  { id: 'liveblog-ended', reason: 'navigation', maxLength: 80, pattern: /^_?this (?:live ?blog|live page|live coverage) is (?:no longer being updated|now closed|closed)\.?_?$/i },
  // A report's note on itself: "This report is produced by OCHA Sudan in collaboration with humanitarian partners."
  { id: 'report-note', reason: 'promo', maxLength: 250, pattern: { test: (t) => /^this (?:report|update|flash update|situation report|bulletin|document|product) (?:is|was|has been) (?:produced|prepared|compiled|issued) by\b/i.test(t) && !REPORTED.test(t) } },
  // A blog's pager: "« Previous Post Next Post »", "Next article", "Previous story".
  { id: 'pager', reason: 'navigation', maxLength: 60, pattern: /^(?:[«‹<] ?)?(?:previous|prev|next|older|newer) (?:post|article|story|entry)(?:(?: ?[»›>|] ?| )(?:[«‹<] ?)?(?:previous|prev|next|older|newer) (?:post|article|story|entry))?(?: ?[»›>])?$/i },
  // A portal's link back to the paper it republished: "Read the original article on Vanguard."
  { id: 'read-original', reason: 'related', maxLength: 100, pattern: /^[Rr]ead the (?:original|full|complete) (?:article|story|report) (?:on|at) (?:[Tt]he )?[\p{Lu}][\p{L}.&'’ -]{1,40}[.!]?$/u },
  // "You can share this story on social media:", "Follow RT on" (a row of icons follows).
  { id: 'share-bar', reason: 'navigation', maxLength: 80, pattern: /^(?:you can )?share this (?:story|article|post|page|news) (?:on|via|with) (?:social (?:media|networks)|your friends)\s*:?$/i },
  { id: 'follow-us', reason: 'promo', maxLength: 40, pattern: /^(?:Follow|FOLLOW)(?: [\p{Lu}][\p{L}.]*){1,4} on\s*:?$/u },
  // "Dear readers! ... we are forced to remove the comments section.": the comment form withdrawn.
  { id: 'comment-form', reason: 'navigation', maxLength: 300, pattern: { test: (t) => /\b(?:remove|removed|disable|disabled|close|closed|suspend|suspended|turn off|turned off) (?:the )?comments? (?:section|function|feature)\b/i.test(t) && !REPORTED.test(t) } },
  // A document's page numbers, a PDF made text: "Page 1 of 2", "Page 2", "- 3 -".
  { id: 'page-number', reason: 'navigation', maxLength: 20, pattern: /^(?:page|pg\.?)\s?\d{1,3}(?:\s?(?:of|\/)\s?\d{1,3})?$|^[-–—]\s?\d{1,3}\s?[-–—]$/i },
  // A notice that a machine made the picture, the sound or the summary beside the story: "This image is
  // AI-generated and does not depict any real-life event or location.", "AI summarized text", "It is a
  // fictional representation created for illustrative purposes only." (realboil18, real scraped copy).
  { id: 'ai-notice', reason: 'caption', maxLength: 300, pattern: { test: aiNotice } },
  // An aggregator's widgets: "How informative is this news?", "Try Our AI Features", "Explore what X AI can do for you:".
  { id: 'page-widget', reason: 'navigation', maxLength: 80,
    pattern: /^(?:how (?:informative|useful|helpful|accurate|relevant|reliable|interesting) (?:is|was) this (?:news|article|story|summary|report|post)\s*\??|try our ai (?:features?|tools?|assistant|search)|explore what [\p{L}\p{N} .'’&-]{1,40} can do for you\s*:?)$/iu },
  // The aggregator's rating of the article under that question: "The article provides a comprehensive overview of the situation, ...".
  { id: 'rating-note', reason: 'navigation', maxLength: 500, pattern: { test: (t) => RATING_NOTE.test(t) && RATING_WORD.test(t) && !REPORTED.test(t) } },
  // A comment or feedback form left as text: "Please enter your comment!", "No comments yet...", "Leave feedback about this", "Add Field", "Choose Image".
  { id: 'comment-form', reason: 'navigation', maxLength: 80,
    pattern: /^(?:please enter your (?:comment|name|e-?mail)(?: address)?(?: here)?|you have entered an incorrect e-?mail address|no comments? yet|be the first to (?:comment|review|reply)|there(?:['’]s| is) no content to show here yet|leave (?:your )?feedback(?: about this)?|add field|choose (?:image|video|file|photo))\s*[.!…]*$/i },
  // The page's chrome: "Left Menu", "Contact Us", "Full Article", "Source" alone, "Top 5 This Week".
  { id: 'page-widget', reason: 'navigation', maxLength: 40,
    pattern: /^(?:left menu|right menu|main menu|contact us|about us|full article|full story|sources?|(?:give|send|submit) feedback|top \d{1,2} (?:this week|today|stories|news))\s*:?$/i },
  // A photo's credit that is a web address: "Photo credit www.example.com"; a markdown image a scraper left: "![]() |".
  { id: 'credit-address', reason: 'credit', maxLength: 120, pattern: /^(?:photo|image|picture|photograph)s? (?:credits?|courtesy|source)(?:\s*[:-]\s*|\s+)(?:https?:\/\/|www\.)\S+$/i },
  // "By using this site, you agree to our Privacy Policy and our Terms of Use. Close": the site's terms in a pop-up.
  { id: 'cookie-notice', reason: 'promo', maxLength: 200, pattern: /^by (?:using|continuing to (?:use|browse)|visiting|browsing) (?:this|our) (?:site|website|web ?site|app|service|platform)\b[^.\n]{0,60}\byou (?:agree|accept|consent)\b/i },
  // A caption whose credit the page left empty: "A displaced woman speaks to the media in Rokon. (-)".
  { id: 'caption-empty-credit', reason: 'caption', maxLength: 300, pattern: /[.!?]["”’]? ?\((?:-|–|—|\s?)\)$/ },
  { id: 'image-markup', reason: 'caption', maxLength: 200, pattern: /^!\[[^\]\n]{0,80}\]\([^)\n]{0,120}\)\s*\|?$/ },
  // A live page's promo over a story: "Live updates: Follow the latest news on X", "LIVE: Follow our coverage of the talks".
  { id: 'get-latest', reason: 'promo', maxLength: 120, pattern: /^(?:live(?: updates| blog| coverage| news)?|latest(?: updates| news)?)\s*:\s*follow\b/i },
  // A blog theme's placeholder street address ("Physical Address / 304 North Cardinal St."), a number and a
  // street's name alone on a line: a sentence about a street has a verb and most often a full stop.
  { id: 'street-address', reason: 'navigation', maxLength: 60,
    pattern: /^\d{1,5} (?:[\p{Lu}][\p{L}'’-]* ){1,3}(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Ln|Lane|Dr|Drive|Way|Sq|Square)\.?$/u },
  // The comment section's rules: "Comments are subject to our community guidelines, which can be viewed here." (boiler23).
  { id: 'comment-form', reason: 'navigation', maxLength: 200,
    pattern: { test: (t) => /^comments? (?:are|is) (?:subject to|governed by) (?:our|the) (?:community )?(?:guidelines|rules|standards|terms)\b/i.test(t) && !REPORTED.test(t) } },
  // An outlet asking for tips: "Got a confidential news tip? We want to hear from you.", "We want to hear from you! Send us a tip ...".
  { id: 'tip-plug', reason: 'promo', maxLength: 160,
    pattern: { test: (t) => /^(?:got|have) an? (?:confidential |news |story )*tip\?|^we want to hear from you[.!]|^send us (?:a|your) (?:news )?tips?\b/i.test(t) && words(t).length >= 6 && !REPORTED.test(t) } },
  // A site's notice on its privacy policy: "Your privacy is important to us. We have updated our privacy policy ...".
  { id: 'cookie-notice', reason: 'promo', maxLength: 300,
    pattern: { test: (t) => /^your privacy is important to us\b|^we(?:['’]ve| have) updated our privacy (?:policy|notice)\b/i.test(t) && !REPORTED.test(t) } },
  // "Chat with us in Facebook Messenger. Find out what's happening in the world as it unfolds."
  { id: 'follow-us', reason: 'promo', maxLength: 160, pattern: /^chat with us (?:in|on|via) (?:facebook )?(?:messenger|whatsapp|telegram)\b/i },
  // A sign-up form's messages: "Something went wrong, please try again later.", "There was an error
  // processing your subscription.", "Please check the opt-in box ...", a paywall's "Want to read more?
  // Subscribe to continue reading." (boiler23).
  { id: 'form-message', reason: 'promo', maxLength: 120,
    pattern: /^(?:something went wrong[,.;:]? ?(?:please )?try again(?: later)?|there was (?:an|a) (?:error|problem) (?:processing|with) your (?:subscription|sign-?up|request|registration)|please check the (?:opt-in |consent )?box to (?:acknowledge|confirm|agree)\b[^\n]{0,70}|want to (?:read|keep reading|continue reading) (?:more|on)\?[^\n]{0,60})[.!]?$/i },
  // The page's feedback widgets, glued by a scraper: "Have your say.Give us feedback.", "Sign up for ourNewsletter.".
  { id: 'page-widget', reason: 'navigation', maxLength: 60,
    pattern: /^(?:(?:have your say|give us (?:your )?feedback)[.!]? ?){1,2}$|^sign up (?:for|to) (?:our|the) ?newsletters?[.!]?$/i },
  // A tabloid's call for readers' stories: "We pay for your stories! Do you have a story for the X news desk? Email us at ..." (boiler23).
  { id: 'tip-plug', reason: 'promo', maxLength: 250,
    pattern: { test: (t) => /^(?:we pay for your (?:stories|videos|pictures|photos)\b|do you have a (?:story|news story|news tip|video|picture) (?:for|to share with) (?:the |us\b)[^\n?]{0,60}\?)/i.test(t) && !REPORTED.test(t) } },
  // A comment box's lines: "Share or comment on this article:", "The comments below have not been moderated.",
  // "By posting your comment you agree to our house rules.", "Do you want to automatically post your X comments to your Facebook Timeline?".
  { id: 'comment-form', reason: 'navigation', maxLength: 160,
    pattern: /^share or comment on (?:this|the) (?:article|story)\s*:?$|^the comments below have (?:not )?been moderated\b|^by posting (?:your|a) comment,? you (?:agree|accept|consent)\b|^do you want to automatically post your\b[^\n?]{0,40}\bcomments to your (?:facebook|twitter)\b/i },
  // An embed's placeholder and a gallery's widgets left as text: "View this post on Instagram", "A post shared by X
  // (@handle)", "Embed from Getty Images", "This content is not available due to your privacy preferences.",
  // "To view this content, please enable JavaScript.", "Loading the player...", "Image 1 of 5", "2 / 7".
  { id: 'embed-placeholder', reason: 'navigation', maxLength: 160,
    pattern: /^(?:view this (?:post|photo|video|profile) on (?:instagram|facebook|x|twitter|tiktok|youtube)|a (?:post|photo|video) shared by [^\n()]{1,60}\(@[\w.]{1,30}\)(?: on [^\n]{1,30})?|embed from getty images|loading(?: the)? (?:player|video|content|tweet|post|comments)\W{0,3}|(?:image|photo|picture|slide) \d{1,2} (?:of|\/) \d{1,2}|\d{1,2} ?\/ ?\d{1,2}|swipe (?:for more|left|right|to see more)|watch the video (?:above|below)|to (?:view|see|watch) this (?:content|video|post|media),? (?:please )?enable javascript[^\n]{0,40}|this (?:content|video|embed|post) is (?:not available|unavailable|blocked) (?:due to|because of) your (?:privacy|cookie|consent) (?:preferences|settings|choices)[^\n]{0,80}|we(?:['’]re| are) sorry,? this feature is (?:currently )?unavailable[^\n]{0,100})[.!]?$/i },
  // An edition note: "This article is available in French on X French edition." (boiler23).
  { id: 'edition-note', reason: 'promo', maxLength: 160,
    pattern: { test: (t) => /^[Tt]his (?:article|story|piece|report|interview) is (?:also )?available in (?:[\p{Lu}][\p{Ll}]+)(?: and [\p{Lu}][\p{Ll}]+)? (?:on|at|in|from)\b/u.test(t) && !REPORTED.test(t) } },
  // "Kindly Share This Story:", "Disclaimer: Comments expressed here do not reflect the opinions of X ..." (boiler23).
  { id: 'share-bar', reason: 'navigation', maxLength: 60, pattern: /^(?:kindly|please) share (?:this|the) (?:story|article|post|news)\s*[:!.]?$/i },
  { id: 'comment-form', reason: 'navigation', maxLength: 300, pattern: /^disclaimer\s*:\s*(?:the )?(?:reader(?:s['’])? )?comments?\b/i },
  // An aggregator's legal disclaimer: "Legal Disclaimer: X provides the information "as is" without warranty ..." (boiler23).
  { id: 'disclaimer', reason: 'promo', maxLength: 700, pattern: /^legal disclaimer\s*:/i },
  // "Visit the X website for more.", "For more stories like this, visit x.com".
  { id: 'visit-plug', reason: 'promo', maxLength: 120,
    pattern: { test: (t) => (/^[Vv]isit (?:[Tt]he )?[\p{Lu}][\p{L}'’. -]{1,40} (?:website|site|homepage|page) for more\b/u.test(t) || /^for more (?:stories|news|articles|updates|reports) like this\b/i.test(t)) && !REPORTED.test(t) } },
  // "This is a developing story. Check back for updates.": the page's note on itself.
  { id: 'editor-note', reason: 'byline', maxLength: 120, pattern: /^(?:this is a |this )?(?:developing|breaking) (?:news )?story[.,]?(?: (?:it )?will be updated|(?: please)? check back(?: later)?(?: for (?:more|updates))?|(?: and)? (?:is|will be) (?:being )?updated(?: as [^\n]{1,30})?)?[.!]?$/i },
  // The outlet's messenger channel: "Read the latest news about X on our Telegram channel", "Our channel on Telegram".
  { id: 'follow-us', reason: 'promo', maxLength: 160,
    pattern: { test: (t) => (/\bon our (?:telegram|whatsapp|viber|signal) (?:channel|group)\.?$/i.test(t) || /^our (?:channel|page|group) on (?:telegram|whatsapp|viber|facebook|youtube|x)\.?$/i.test(t)) && !REPORTED.test(t) } },
  // "Have something to say about this story? Write to us."
  { id: 'comment-prompt', reason: 'navigation', maxLength: 120, pattern: /^(?:have|got) something to say about this (?:story|article)\?|^write to us[.!]?$/i },
  // A newsletter platform's widgets under a post (boiler23): "Thanks for reading X! Subscribe for free to receive new
  // posts and support my work.", "Type your email...", "Discussion about this post", "Ready for more?".
  { id: 'newsletter', reason: 'promo', maxLength: 200,
    pattern: { test: (t) => /^thanks? (?:you )?for reading\b[^\n]{1,80}[!.]\s?(?:subscribe|sign up|join)\b/i.test(t) && !REPORTED.test(t) } },
  { id: 'page-widget', reason: 'navigation', maxLength: 60,
    pattern: /^(?:(?:type|enter) your e-?mail(?: address)?(?: here)?\s?(?:\.{3}|…)?|discussion about this (?:post|article|story|episode)|ready for more\?)$/i },
  // A player's, an app's and a consent banner's buttons left as text (boiler23): "Click to expand", "Open in app",
  // "Accept all", "Manage preferences", "Your browser does not support the video tag.", "Listen to this article now",
  // "Save articles to read later ...", "Read the full statement here.", "Powered by X Audio".
  { id: 'page-widget', reason: 'navigation', maxLength: 90,
    pattern: /^(?:click (?:to|here to) (?:expand|enlarge|collapse)|(?:open|read|continue) in (?:the )?app|add (?:us )?as (?:a )?preferred source(?: on google)?|get notified (?:of|about) (?:the )?(?:latest|breaking) (?:news|updates|stories)|(?:accept|reject|allow|decline) all(?: cookies)?|manage (?:preferences|settings|cookies|consent)|your browser does not support (?:the |this )?(?:video|audio)(?: tag| element| player| format)?|listen to (?:this|the) (?:article|story) now|audio version|save (?:articles|stories) to read later[^\n]{0,60}|read the full (?:statement|text|transcript|report|interview|speech|letter|resolution|communiqu[eé]) here)[.!]?$/iu },
  { id: 'page-widget', reason: 'navigation', maxLength: 60, pattern: /^(?:Powered|POWERED) (?:by|BY) [\p{Lu}][\p{L}.&'’]*(?: [\p{Lu}][\p{L}.&'’]*){0,3}\.?$/u },
  // A press release's end: "- ENDS -", "ENDS", "-30-", "End of statement".
  { id: 'end-mark', reason: 'navigation', maxLength: 30, pattern: /^[-–—*#\s]*(?:ends?|end of (?:release|statement|text|press release)|[-–—]\s?30\s?[-–—])[-–—*#\s.]*$/i },
  // "For further information, please contact:", "Media contacts:": the contacts under it are the page's.
  { id: 'contacts-heading', reason: 'navigation', maxLength: 70, pattern: /^(?:for (?:further|more) (?:information|details|info)(?:,|:)? (?:please )?(?:contact|reach)(?: us)?|media (?:contacts?|enquiries|inquiries)|press (?:contacts?|enquiries|inquiries)|contacts?)\s*:?$/i },
];

/** "This image is AI-generated ...", "This audio was created with AI assistance", "Summarized by AI": a machine's note, never told by a speaker. */
const AI_MADE = /^(?:this|the) (?:image|photo|photograph|picture|illustration|graphic|visual|video|thumbnail|artwork|audio|summary|text)s? (?:is|was|has been|are|were) (?:an? )?(?:ai[- ]generated\b|(?:generated|created|produced|made|summari[sz]ed|written|enhanced)\b.{0,30}\b(?:ai|artificial intelligence)\b)/i;
const AI_SHORT = /^(?:ai[- ](?:summari[sz]ed|generated)(?: text| summary| article| image| content)?|(?:summari[sz]ed|generated|written|created) (?:by|with|using) (?:an? )?(?:ai|artificial intelligence)(?: tools?)?)\s*\.?$/i;
/** "It is a fictional representation created for illustrative purposes only." */
const ILLUSTRATIVE = /\b(?:fictional|illustrative|representational) (?:representation|image|picture|purposes)\b/i;
function aiNotice(t: string): boolean {
  if (REPORTED.test(t)) return false;
  return AI_MADE.test(t) || AI_SHORT.test(t) || (ILLUSTRATIVE.test(t) && /\b(?:purposes only|does not depict|do not depict)\b/i.test(t) && words(t).length <= 40);
}
/** An aggregator's rating of the article: "The article provides a comprehensive overview of ..."; a treaty's article ("The article provides for ...") names none of these. */
const RATING_NOTE = /^(?:the|this) (?:article|news|summary) (?:provides|offers|gives|presents|includes|contains|covers|lacks|is|does not|doesn't|fails to)\b/i;
const RATING_WORD = /\b(?:overview|specific details|key (?:players|details|facts|points|information)|(?:its|their) implications|informative)\b/i;

const PLEA_RULES = new Set(['support-us', 'support-button', 'plea-head']);
const PLEA_TOPIC = /\b(?:journalism|journalists|newsroom|readers?|support|funding|donat(?:e|es|ed|ing|ion|ions)|subscri(?:be|bers?|bing|ption|ptions)|independent|editorial independence|free of charge|our (?:work|staff|team|reporters|reporting|journalism|mission))\b/i;
const WE = /\b(?:[Ww]e|[Oo]ur|us)\b/;

/**
 * The paragraphs of a plea for money under its heading or its first line: "A Message from The
 * Moscow Times:" / "Dear readers," / "We are facing unprecedented challenges. ... criminalizing our
 * work ..." / "We need your help now more than ever." Each paragraph speaks as "we" of the outlet's
 * work, readers or support; the block ends at the first line that does not (six at most).
 */
export function findPleaBlocks(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  const isPlea = (t: string) => RULES.some((r) => PLEA_RULES.has(r.id) && t.length <= r.maxLength && r.pattern.test(t));
  const pleaParagraph = (u: string) => u.length <= 500 && WE.test(u) && PLEA_TOPIC.test(u) && !/\b(?:said|says|told)\b/.test(u);
  let done = -1;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text.trim();
    if (lines[i].blank || !isPlea(t)) continue;
    // Above the plea's first line, up to three such paragraphs lead into it ("We strive to keep our reporting free of charge." / "Please consider a donation").
    const above: Line[] = [];
    let general = 0;
    for (let k = i - 1; k > done && above.length < 4; k--) {
      if (lines[k].blank) continue;
      const u = lines[k].text.trim();
      if (pleaParagraph(u) || (above.length === 0 && k === previousLine(lines, i) && pleaLeadIn(u))) {
        if (above.length < 3) { above.push(lines[k]); continue; }
        break;
      }
      // The plea's case in general words ("But the news media is in a crisis of its own. ..."), and the
      // heading over it ("Why news media is in crisis & How you can fix it"), boiler23.
      if (pleaCase(u)) { above.push(lines[k]); general++; continue; }
      if (general > 0 && pleaHeading(u)) above.push(lines[k]);
      break;
    }
    for (const l of above) out.push({ ...trimmed(l), reason: 'promo', rule: 'plea-block' });
    let taken = 0;
    let j = i + 1;
    for (; j < lines.length && taken < 6; j++) {
      if (lines[j].blank) continue;
      const u = lines[j].text.trim();
      if (isPlea(u)) continue;
      if (!pleaParagraph(u)) break;
      out.push({ ...trimmed(lines[j]), reason: 'promo', rule: 'plea-block' });
      taken++;
    }
    i = j - 1;
    done = i;
  }
  return sortSpans(out);
}

/** The line before line i that is not blank, or -1. */
function previousLine(lines: Line[], i: number): number {
  let k = i - 1;
  while (k >= 0 && lines[k].blank) k--;
  return k;
}

/**
 * Right above a plea, a sentence on journalism in general words, with no name, number or quote:
 * "In a time of both misinformation and too much information, quality journalism is more crucial than ever."
 */
function pleaLeadIn(u: string): boolean {
  return u.length <= 200 && /\bjournalism\b/i.test(u) && !/[\d"“”]/.test(u) && !/\s\p{Lu}/u.test(u) && !REPORTED.test(u);
}

/** Words of the press, the subject of a plea's case. */
const PRESS_WORDS = /\b(?:journalism|journalists|news media|the press|newsrooms?|reporters|editors|columnists)\b/i;
/**
 * A paragraph of a plea's case, in general words: "But the news media is in a crisis of its own.
 * Layoffs and pay cuts have hollowed out newsrooms.", "X has the finest young reporters and editors.
 * Sustaining journalism of this quality needs readers like you to pay for it." Words of the press, no
 * quote, speech, number or name (a capital only at a sentence's head, where an outlet's name may stand).
 */
function pleaCase(u: string): boolean {
  if (u.length > 400 || !PRESS_WORDS.test(u) || /["“”\d]/.test(u) || REPORTED.test(u) || /\b(?:told|according to)\b/i.test(u)) return false;
  return u.split(/(?<=[.!?])\s+/).every((sentence) => {
    const w = sentence.split(/\s+/);
    let k = 0;
    while (k < w.length && /^[\p{Lu}]/u.test(w[k])) k++;
    return w.slice(k).every((x) => !/^[\p{Lu}]/u.test(x) || x === 'I');
  });
}

/** The heading of a plea's case: "Why news media is in crisis & How you can fix it" (short, no full stop). */
function pleaHeading(u: string): boolean {
  return u.length <= 90 && !/[.!:;,]$/.test(u) && !/["“”\d]/.test(u) && (/\byou\b/i.test(u) || PRESS_WORDS.test(u) || /\bmedia\b/i.test(u));
}

/** A wire teaser's cut mark at the end of its paragraph: "... welcoming the invitation. (CONTINUED - 230 WORDS)". */
const CUT_MARK = /(?<=[.!?"”’)] ?)\((?:CONTINUED|Continued|continued)\s?[-–—:]?\s?\d[\d,]{0,6} (?:WORDS|[Ww]ords)\)$/;

export function findPlugs(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.text.trim();
    const rule = RULES.find((r) => t.length <= r.maxLength && r.pattern.test(t));
    if (rule) out.push({ ...trimmed(line), reason: rule.reason, rule: rule.id });
    else if (t.endsWith(')')) {
      const cut = CUT_MARK.exec(t);
      if (cut) {
        const span = trimmed(line);
        out.push({ start: span.start + cut.index, end: span.end, reason: 'promo', rule: 'cut-mark' });
      }
    }
  }
  return out;
}
