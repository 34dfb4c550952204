// How the article queue behaves: how long a job may stay taken before it is presumed lost (its
// worker killed), how often it is retried, how often workers poll and look for lost jobs. Each
// comes from a command-line flag, else an environment variable, else a default sized for
// articles (well under a second each); tests and the bench set short ones.
export const QUEUE_NAME = 'detente-articles';

export interface QueueSettings {
  /** Seconds a taken job may stay unfinished before it goes back to the queue (a worker killed mid-job). */
  expireSeconds: number;
  /** Retries of a failed or lost job before it is left as failed. */
  retryLimit: number;
  /** Seconds before a failed or lost job may be taken again. */
  retryDelaySeconds: number;
  /** Seconds an idle worker waits before asking for a job again. */
  pollSeconds: number;
  /** Seconds between two looks for lost jobs (one worker does it for all). */
  maintenanceSeconds: number;
}

const SETTINGS: { key: keyof QueueSettings; flag: string; env: string; dflt: number; min: number; whole: boolean }[] = [
  { key: 'expireSeconds', flag: '--expire', env: 'DETENTE_QUEUE_EXPIRE', dflt: 120, min: 1, whole: true },
  { key: 'retryLimit', flag: '--retries', env: 'DETENTE_QUEUE_RETRIES', dflt: 3, min: 0, whole: true },
  { key: 'retryDelaySeconds', flag: '--retry-delay', env: 'DETENTE_QUEUE_RETRY_DELAY', dflt: 5, min: 0, whole: true },
  { key: 'pollSeconds', flag: '--poll', env: 'DETENTE_QUEUE_POLL', dflt: 2, min: 0.5, whole: false },
  { key: 'maintenanceSeconds', flag: '--maintenance', env: 'DETENTE_QUEUE_MAINTENANCE', dflt: 30, min: 1, whole: true },
];

/** The flags every queue command accepts, for parseArgs. */
export const SETTING_FLAGS = Object.fromEntries(SETTINGS.map((s) => [s.flag.slice(2), { type: 'string' as const }]));

export class SettingError extends Error {}

export function queueSettings(values: Record<string, unknown>, env: NodeJS.ProcessEnv = process.env): QueueSettings {
  const out = {} as QueueSettings;
  for (const s of SETTINGS) {
    const flagValue = values[s.flag.slice(2)];
    const raw = typeof flagValue === 'string' ? flagValue : env[s.env];
    if (raw === undefined || raw === '') { out[s.key] = s.dflt; continue; }
    const n = Number(raw);
    const from = typeof flagValue === 'string' ? s.flag : `$${s.env}`;
    if (!Number.isFinite(n) || n < s.min || (s.whole && !Number.isInteger(n))) {
      throw new SettingError(`${from} wants ${s.whole ? 'a whole number' : 'a number'} of at least ${s.min}, got "${raw}"`);
    }
    out[s.key] = n;
  }
  return out;
}

/** "90", "90s", "10m", "1h" -> seconds. */
export function parseDuration(value: string, flag: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(s|m|h)?$/i.exec(value.trim());
  const n = m ? Number(m[1]) * ({ s: 1, m: 60, h: 3600 }[(m[2] ?? 's').toLowerCase() as 's' | 'm' | 'h']) : NaN;
  if (!(n >= 1)) throw new SettingError(`${flag} wants a duration such as 90s, 10m or 1h, got "${value}"`);
  return n;
}
