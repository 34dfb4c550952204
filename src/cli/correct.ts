// `detente correct`: an analyst's correction from the command line, the same as POST
// /api/corrections (kept in its own table, applied by the ledger, found again after reprocess).
//   detente correct position ARTICLE IDX --reject --reason TEXT --analyst NAME
//   detente correct event ARTICLE IDX --set date=2025-03-02 --set type=ASSAULT --reason TEXT --analyst NAME
//   detente correct --list
import { parse, UsageError } from './args.js';
import { withStore } from './store-option.js';
import { storeCorrection, listCorrections, CorrectionError, type CorrectionInput } from '../api/correct-input.js';
import type { FactKind } from '../ledger/corrections.js';

const KINDS = ['position', 'event', 'claim'];

function parseInput(positionals: string[], v: { reject?: boolean; set?: string[]; reason?: string; analyst?: string }): CorrectionInput {
  const [kind, article, idx] = positionals;
  if (positionals.length !== 3 || !KINDS.includes(kind)) throw new UsageError('correct wants KIND ARTICLE IDX (KIND: position, event or claim), or --list');
  if (!/^[0-9a-f]{16}$/.test(article)) throw new UsageError(`ARTICLE is an article id (16 hex digits), got "${article}"`);
  if (!/^\d+$/.test(idx)) throw new UsageError(`IDX is the fact's index in its article, got "${idx}"`);
  if (!!v.reject === !!v.set?.length) throw new UsageError('give --reject, or one or more --set FIELD=VALUE');
  if (!v.reason || v.reason.trim().length < 3) throw new UsageError('--reason TEXT is required: why the fact is wrong');
  if (!v.analyst?.trim()) throw new UsageError('--analyst NAME is required: who corrects it');
  const changes: Record<string, string | null> = {};
  for (const s of v.set ?? []) {
    const m = /^([a-z]+)=(.*)$/.exec(s);
    if (!m) throw new UsageError(`--set wants FIELD=VALUE, got "${s}"`);
    changes[m[1]] = m[2] === '' ? null : m[2];
  }
  return { fact: { kind: kind as FactKind, article, idx: Number(idx) }, action: v.reject ? 'reject' : 'set', changes: v.reject ? undefined : changes, reason: v.reason.trim(), analyst: v.analyst.trim() };
}

export async function runCorrect(args: string[]): Promise<number> {
  let opts;
  let input: CorrectionInput | null = null;
  try {
    opts = parse(args, {
      db: { type: 'string' }, reject: { type: 'boolean' }, set: { type: 'string', multiple: true }, reason: { type: 'string' },
      analyst: { type: 'string' }, list: { type: 'boolean' },
    });
    if (!opts.values.list) input = parseInput(opts.positionals, opts.values);
  } catch (e) {
    if (e instanceof UsageError) { process.stderr.write(`detente correct: ${e.message}\n`); return 2; }
    throw e;
  }
  return withStore('correct', opts.values.db, async (store) => {
    if (!input) {
      const { items } = await listCorrections(store, { limit: 1_000_000, offset: 0 });
      for (const c of items) {
        const what = c.action === 'reject' ? 'rejected' : Object.entries(c.changes).map(([k, v]) => `${k}=${v ?? ''}`).join(' ');
        process.stdout.write(`#${c.id} ${c.created_at} ${c.analyst}: ${c.kind} ${c.article}/${c.idx} ${what} (${c.reason})${c.applies_to === null ? ' [no longer lands on a fact]' : ''}\n`);
      }
      return 0;
    }
    try {
      const c = await storeCorrection(store, input);
      process.stderr.write(`detente: correction #${c.id} stored; the ledger is rebuilt with it\n`);
      return 0;
    } catch (e) {
      if (e instanceof CorrectionError) { process.stderr.write(`detente correct: ${e.message.replace(/^body: /, '')}\n`); return 1; }
      throw e;
    }
  });
}
