// Argument parsing shared by the commands (node:util parseArgs), with user-facing errors.
import { existsSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

export function parse<T extends ParseArgsConfig['options']>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (e) {
    // A file whose name starts with "-" reads as an option: say so, naming the file.
    const end = args.indexOf('--');
    const options = end >= 0 ? args.slice(0, end) : args;
    const dashed = (e as NodeJS.ErrnoException).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? options.find((a) => a.length > 1 && a.startsWith('-') && existsSync(a))
      : undefined;
    if (dashed) throw new UsageError(`"${dashed}" is read as an option; for a file of that name put -- before it (-- ${dashed}) or write ./${dashed}`);
    throw new UsageError((e as Error).message);
  }
}

export function checkDate(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  const d = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} wants a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

export function checkNumber(value: string | undefined, flag: string, dflt: number): number {
  if (value === undefined) return dflt;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} wants a positive number, got "${value}"`);
  return n;
}
