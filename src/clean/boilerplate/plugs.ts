// Lines that are widgets of the page, not prose: "Related Posts", "Read more: ...", pop-ups
// ("This will close in 0 seconds"), newsletter and app plugs, share bars, "Advertisement".
import type { Removed, RemovedReason } from '../../doc/model.js';
import { type Line, trimmed } from '../../doc/lines.js';

interface LineRule {
  id: string;
  reason: RemovedReason;
  /** Tested on the trimmed line. */
  pattern: RegExp;
  /** Longest line (in characters) the rule may take: widgets are short, prose is long. */
  maxLength: number;
}

const RULES: LineRule[] = [
  { id: 'related-heading', reason: 'related', maxLength: 60,
    pattern: /^(?:related(?: posts| articles| stories| content| coverage| news| reading| topics)?|more on this story|more from [\p{L} ]+|you (?:may|might) also like|recommended(?: for you| stories)?|most (?:read|popular|viewed)|trending(?: now)?|see also|top stories|latest (?:news|stories)|more stories|what to read next|further reading)\s*:?$/iu },
  { id: 'read-more', reason: 'related', maxLength: 220,
    pattern: /^(?:read more|read also|also read|see more|more|watch|listen|related|watch more|read next|recommended|explainer)\s*[:|>»–-]\s*\S/i },
  { id: 'read-more-bare', reason: 'related', maxLength: 40, pattern: /^(?:read more|continue reading|read the full (?:story|article)|show more|load more)[.…]*$/i },
  { id: 'popup-countdown', reason: 'promo', maxLength: 80, pattern: /\b(?:will close|closes|closing) in \d+ seconds?\b/i },
  { id: 'advertisement', reason: 'promo', maxLength: 40, pattern: /^(?:advertisement|advert|sponsored(?: content)?|promoted|skip advert|ad|story continues below(?: advertisement)?|article continues below(?: advertisement)?)$/i },
  { id: 'newsletter', reason: 'promo', maxLength: 200,
    pattern: /^(?:sign up|subscribe|get our|join our|download (?:our|the)|follow us|never miss|enter your email|register (?:now|for free)|don't miss)\b.*\b(?:newsletter|app|updates|email|inbox|whatsapp|telegram|channel|alerts?|free|now|today|here|breaking news)\b/i },
  { id: 'newsletter-short', reason: 'promo', maxLength: 80, pattern: /\b(?:newsletter|subscribe now|sign up here|sign up now|by signing up|privacy (?:policy|notice)|terms of (?:service|use)|cookie(?:s| policy| settings))\b/i },
  { id: 'share-bar', reason: 'navigation', maxLength: 80,
    pattern: /^(?:share(?: this(?: article| story| page)?| on (?:facebook|twitter|x|whatsapp|linkedin))?|copy link|link copied|print|email|facebook|twitter|whatsapp|linkedin|telegram|comments?|\d+ comments?|save|bookmark|listen to (?:this )?article|\d+ min(?:ute)? read|skip to (?:main )?content|back to top|go to comments|jump to)\s*$/i },
  { id: 'liveblog-ended', reason: 'navigation', maxLength: 80, pattern: /^_?this (?:live ?blog|live page|live coverage) is (?:no longer being updated|now closed|closed)\.?_?$/i },
];

export function findPlugs(lines: Line[]): Removed[] {
  const out: Removed[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    const t = line.text.trim();
    const rule = RULES.find((r) => t.length <= r.maxLength && r.pattern.test(t));
    if (rule) out.push({ ...trimmed(line), reason: rule.reason, rule: rule.id });
  }
  return out;
}
