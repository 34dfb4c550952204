// Stance colours with a letter each, so that the matrix reads without colour too.
export const STANCES: Record<string, { letter: string; label: string }> = {
  demand: { letter: 'D', label: 'demands' },
  reject: { letter: 'R', label: 'rejects' },
  support: { letter: 'S', label: 'supports' },
  offer: { letter: 'O', label: 'offers' },
};

/** Hedges that make a statement less than a direct, on-record one. */
export const WEAK_HEDGES = new Set(['reported', 'alleged', 'speculative']);

export const issueLabel = (issue: string) => issue.replace(/_/g, ' ');
