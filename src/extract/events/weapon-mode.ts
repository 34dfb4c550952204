// An attack told with a bare verb or noun ("launched one of its largest attacks, firing 71
// missiles", "the assault killed four") takes its mode from the weapons its sentence names.
const MODES: [RegExp, string][] = [
  [/\b(?:missiles?|drones?|rockets?|air ?strikes?|air-strikes?|warplanes?|jets?|bombs?|bombers?|shaheds?|helicopter gunships?|air raids?)\b/i, 'aerial'],
  [/\b(?:artillery|shell(?:s|ing|ed)?|mortars?|howitzers?|grad)\b/i, 'shelling'],
  [/\b(?:gunfire|gunmen|gunman|shot dead|shooting|opened fire|snipers?|rifles?)\b/i, 'firearms'],
  [/\b(?:explosions?|blasts?|explosives?|ieds?|car bombs?|suicide bomb\w*|landmines?|mines?)\b/i, 'explosion'],
];

const SHOT_PROJECTILES = /\b(?:shoot(?:ing|s)?|shot|fir(?:ed|ing|es))\s+(?:(?:at\s+least|more\s+than|a\s+number\s+of|[\w-]+)\s+){0,3}(?:ballistic\s+|cruise\s+|anti-ship\s+)?(?:missiles?|rockets?)\b(?!\s+(?:launchers?|fire))/i;

/** "with 37 drones", "with ballistic missiles": the weapon an assault was made with. */
const FLOWN_WITH = /\bwith\s+(?:[\w,-]+\s+){0,3}(?:drones?|missiles?|rockets?|warplanes?|jets?|air ?strikes?)\b/i;

export function weaponMode(type: string, mode: string | null, sentence: string): string | null {
  // ("claimed credit for shooting two missiles at a ship": what is shot is a missile, not a bullet.)
  if (type === 'ASSAULT' && mode === 'firearms' && SHOT_PROJECTILES.test(sentence)) return 'aerial';
  // ("launched assaults on warships with 37 drones": an assault made with what flies is from the air.)
  if (type === 'ASSAULT' && mode === 'ground' && FLOWN_WITH.test(sentence)) return 'aerial';
  if (type !== 'ASSAULT' || mode !== null) return mode;
  return MODES.find(([re]) => re.test(sentence))?.[1] ?? null;
}
