// The readable summary `extract` prints without --json: what was found, each fact with the
// words it came from.
import type { ExtractRecord } from '../pipeline/record.js';
import type { Span } from '../doc/model.js';

export function formatSummary(r: ExtractRecord): string {
  const text = r.document.text;
  const quote = (s: Span, max = 160) => {
    const t = text.slice(s.start, s.end).replace(/\s+/g, ' ').trim();
    return `“${t.length > max ? t.slice(0, max - 1) + '…' : t}”`;
  };
  const name = (id: string | null) => (id ? r.actors.find((a) => a.id === id)?.name ?? id : '—');
  const out: string[] = [];
  out.push(`== ${r.document.title ?? '(no title)'}`);
  out.push(`   ${r.document.source}${r.document.published ? ` · ${r.document.published}` : ''}${r.document.url ? ` · ${r.document.url}` : ''} · ${text.length} chars · id ${r.document.id}`);
  if (r.removed.length) {
    out.push(`\nBoilerplate (${r.removed.length})`);
    for (const s of r.removed) out.push(`  ${s.reason.padEnd(10)} ${quote(s, 80)}`);
  }
  if (r.gaps.length) {
    out.push(`\nLost names (${r.gaps.length})`);
    for (const g of r.gaps) out.push(`  “${g.context}”${g.restored ? ` -> ${g.restored.name} (${g.restored.confidence})` : ''}`);
  }
  if (r.actors.length) {
    out.push(`\nActors (${r.actors.length})`);
    for (const a of r.actors) out.push(`  ${a.name} [${a.kind}${a.country ? ', ' + a.country : ''}]${a.role ? ' ' + a.role : ''} ×${a.mentions.length}`);
  }
  if (r.locations.length) {
    out.push(`\nPlaces (${r.locations.length})`);
    for (const l of r.locations) out.push(`  ${l.name}${l.country ? ` (${l.country})` : ''}${l.lat != null ? ` ${l.lat.toFixed(2)}, ${l.lon!.toFixed(2)}` : ''}`);
  }
  if (r.positions.length) {
    out.push(`\nPositions (${r.positions.length})`);
    for (const p of r.positions) {
      out.push(`  ${name(p.holder)} ${p.stance.toUpperCase()} ${p.issue}${p.target ? ` -> ${name(p.target)}` : ''}${p.condition ? ` [if ${p.condition}]` : ''}${p.claim != null ? ` (${r.claims[p.claim].hedge})` : ''}`);
      out.push(`      ${quote(p.evidence)}`);
    }
  }
  if (r.events.length) {
    out.push(`\nEvents (${r.events.length})`);
    for (const e of r.events) {
      const q = Object.entries(e.quantities).map(([k, v]) => `${k} ${v}`).join(', ');
      out.push(`  ${e.type}${e.mode ? '/' + e.mode : ''} ${e.status} ${e.actors.map(name).join(', ')}${e.date ? ' · ' + e.date : ''}${e.location ? ' · ' + e.location : ''}${q ? ' · ' + q : ''}`);
      out.push(`      ${quote(e.evidence)}`);
    }
  }
  if (r.claims.length) {
    out.push(`\nClaims (${r.claims.length})`);
    for (const c of r.claims) out.push(`  ${c.hedge.padEnd(11)} ${c.source ? name(c.source) : '(the outlet)'}${c.via ? ` via ${name(c.via)}` : ''}: ${quote(c.evidence, 120)}`);
  }
  return out.join('\n') + '\n';
}
