// "the Jordan river", "the Congo basin", "the Niger delta": a state's name before a word for a
// river, valley, basin or delta names that feature, not the state (nor the state as a place).

const FEATURES = new Set(['river', 'valley', 'basin', 'delta', 'rift', 'estuary', 'watershed']);

/** The word after a name (`next`) makes it a geographic feature's name. */
export function namesFeature(next: { key: string } | undefined): boolean {
  return !!next && FEATURES.has(next.key);
}
