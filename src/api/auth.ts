// Bearer-token check for writes. Both sides are hashed first so that the comparison takes the
// same time whatever the length or content of the token sent (timingSafeEqual needs equal lengths).
import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (s: string) => createHash('sha256').update(s, 'utf8').digest();

export function bearerMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer[ ]+(\S+)\s*$/i.exec(header ?? '');
  const sent = m ? m[1] : '';
  // Always compare, even when nothing was sent, so that a missing header costs the same time.
  const same = timingSafeEqual(digest(sent), digest(token));
  return m !== null && same;
}
