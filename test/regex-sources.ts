// Every regular expression of src/: the literals and the `new RegExp(...)` calls, read from the
// source with the TypeScript compiler, and the expressions that calls build at run time
// (recorded while the modules load and an article runs through the pipeline). Used by
// test/redos.test.ts and scripts/update-redos.ts.
import ts from 'typescript';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RegexSite {
  source: string;
  flags: string;
  /** "src/file.ts:line" of the literal or call; "runtime" for an expression built by a call. */
  site: string;
}

const root = join(import.meta.dirname, '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The regex literals of src/ and the `RegExp` calls (each call's text, to be matched with what it builds at run time). */
export function sourceRegexes(): { literals: RegexSite[]; calls: { site: string; text: string }[] } {
  const literals: RegexSite[] = [];
  const calls: { site: string; text: string }[] = [];
  for (const file of tsFiles(join(root, 'src'))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const site = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = n.getText();
        const slash = text.lastIndexOf('/');
        literals.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), site: site(n) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        calls.push({ site: site(n), text: n.getText() });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, calls };
}

/**
 * The expressions `new RegExp` builds from src/ while `run` runs: the global constructor is
 * wrapped for the time, and a construction counts when its caller is in src/ (libraries'
 * own expressions are theirs to check). Must run before src/ modules are first imported so that
 * the expressions built at load time are seen.
 */
export async function builtRegexes(run: () => Promise<void>): Promise<RegexSite[]> {
  const seen: RegexSite[] = [];
  const Original = globalThis.RegExp;
  const srcDir = join(root, 'src');
  const record = (re: RegExp) => {
    // The caller of the constructor (the first frame outside this file) must be in src/.
    const frame = new Error().stack?.split('\n').slice(1).find((l) => !l.includes('regex-sources'));
    if (frame?.includes(srcDir)) seen.push({ source: re.source, flags: re.flags, site: 'runtime ' + relative(root, frame.replace(/^.*?\(?(\/[^)]*?):\d+:\d+\)?$/, '$1')) });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const re = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      record(re);
      return re;
    },
    apply(target, _this, args) {
      const re = Reflect.apply(target, undefined, args) as RegExp;
      record(re);
      return re;
    },
  });
  try { await run(); } finally { globalThis.RegExp = Original; }
  return seen;
}

export const keyOf = (r: { source: string; flags: string }) => `/${r.source}/${r.flags}`;
