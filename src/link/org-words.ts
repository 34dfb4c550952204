// Words of organisation names: the head nouns that make a capitalised name an organisation
// ("Ministry", "Council", "Bank") and the words that say what it is, not whose ("Foreign", "Health").

/** Head nouns of organisation names: "the Russian Foreign Ministry", "Bank of England". */
export const ORG_HEADS = new Set([
  'ministry', 'council', 'agency', 'committee', 'commission', 'forces', 'army', 'party', 'movement', 'front',
  'brigade', 'guard', 'guards', 'service', 'services', 'institute', 'organisation', 'organization', 'union', 'court',
  'parliament', 'assembly', 'corps', 'command', 'directorate', 'office', 'bureau', 'administration', 'foundation',
  'fund', 'bank', 'group', 'coalition', 'alliance', 'federation', 'association', 'network', 'company', 'corporation',
  'authority', 'department', 'senate', 'congress', 'duma', 'militia', 'battalion', 'regiment',
  'center', 'centre', 'university', 'college', 'school', 'society', 'partners', 'mission', 'programme', 'program',
]);

/** Head nouns of military units, named by a number before them: "47th Mechanized Brigade", "444 Brigade". */
export const MILITARY_UNIT_HEADS: ReadonlySet<string> = new Set(['brigade', 'battalion', 'regiment', 'division', 'corps', 'squadron', 'flotilla']);

/** Words of organisation names that say what, not whose: "Foreign Ministry", "Security Council". */
export const GENERIC_ORG_WORDS = new Set(['foreign', 'defence', 'defense', 'interior', 'health', 'finance', 'justice', 'security', 'national', 'general', 'supreme', 'central', 'state', 'federal', 'armed', 'special', 'military', 'intelligence', 'energy', 'economy', 'emergency', 'emergencies', 'public', 'high', 'joint', 'presidential', 'executive', 'political', 'air', 'naval', 'ground', 'border', 'revolutionary', 'islamic', 'international', 'european', 'united']);

/**
 * Head nouns of facilities and sites: "Nasser Hospital said", "the Zamzam Camp", "Port Sudan
 * Airport". A name ending in one is never a person; a hospital or clinic that speaks is an
 * organisation (its staff), the rest are places or nothing.
 */
export const FACILITY_HEADS = new Set([
  'hospital', 'clinic', 'infirmary', 'complex', 'camp', 'airport', 'airbase', 'base', 'port', 'harbour', 'harbor',
  'mosque', 'church', 'cathedral', 'monastery', 'synagogue', 'temple', 'shrine', 'market', 'bazaar', 'mall', 'stadium',
  'prison', 'jail', 'bridge', 'crossing', 'checkpoint', 'station', 'hotel', 'square', 'street', 'road', 'highway',
  'avenue', 'dam', 'plant', 'refinery', 'terminal', 'compound', 'tower', 'palace', 'hall', 'building', 'barracks',
  'airfield', 'cemetery', 'park', 'village', 'town', 'city', 'district', 'province', 'governorate', 'county', 'island',
  'mountain', 'mountains', 'hills', 'lake', 'river', 'valley', 'corridor', 'enclave',
]);

/** Facilities whose staff speak for them: "Nasser Hospital said" names an organisation. */
export const SPEAKING_FACILITIES = new Set(['hospital', 'clinic', 'infirmary']);

/**
 * Last words of an outlet's name: "Erem News", "the Kyiv Post", "Hawar News Agency", "Dawn TV".
 * A capitalised name that ends in one is a news outlet, which reports what others say and holds
 * no position of its own.
 */
export const MEDIA_HEADS = new Set([
  'news', 'times', 'post', 'herald', 'tribune', 'gazette', 'journal', 'telegraph', 'chronicle', 'observer', 'tv',
  'television', 'radio', 'broadcasting', 'broadcaster', 'newspaper', 'daily', 'weekly', 'press', 'wire', 'newswire',
]);

/** A name that reads as a news outlet's ("Erem News", "Sudan Tribune"): its last word is an outlet's. */
export function mediaName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && MEDIA_HEADS.has(words[words.length - 1].toLowerCase().replace(/[^\p{L}]/gu, ''));
}

/**
 * Words of a minister's portfolio, between "Minister of"/"Secretary for" and the name:
 * "Minister of Foreign Affairs Ali al-Sadiq", "Minister of State for Humanitarian Affairs".
 */
export const PORTFOLIO_WORDS = new Set([
  'foreign', 'affairs', 'defence', 'defense', 'interior', 'state', 'information', 'justice', 'finance', 'health', 'trade',
  'energy', 'economy', 'economic', 'agriculture', 'education', 'culture', 'communications', 'communication', 'labour', 'labor',
  'internal', 'security', 'homeland', 'planning', 'refugees', 'humanitarian', 'international', 'cooperation', 'co-operation',
  'development', 'religious', 'endowments', 'diaspora', 'public', 'works', 'transport', 'emergency', 'emergencies',
  'situations', 'reintegration', 'veterans', 'national', 'local', 'government', 'environment', 'immigration', 'home',
  'water', 'oil', 'petroleum', 'industry', 'commerce', 'tourism', 'youth', 'social', 'welfare', 'media', 'strategic',
  'integration', 'territorial', 'administration', 'reconciliation', 'peace', 'unity', 'intelligence', 'war', 'relations',
]);
