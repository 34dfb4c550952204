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
