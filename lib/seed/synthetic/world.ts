import { createRandom, type Random } from "../prng";
import { SYNTHETIC_COUNTRIES, SYNTHETIC_LANGUAGES, type SyntheticLanguage } from "./languages";
import {
  CAMPAIGN_ADJECTIVES, CAMPAIGN_NOUNS, FIRST_NAMES, HANDLE_WORDS, LAST_NAMES, MARKER_SLUGS, OUTLET_NOUNS,
  OUTLET_PLACES, PERSON_ROLES, SOCIAL_PLATFORMS, SYNTHETIC_TECHNIQUES,
} from "./names";

export interface SynPerson { name: string; description: string; country: string }
export interface SynOutlet { name: string; domain: string; country: string }
export interface SynAccount { platform: string; handle: string }
export interface SynNarrative { title: string; claim: string; group: number; topic: number; action: number; number: number }
export interface SynCampaign {
  index: number;
  slug: string;
  name: string;
  description: string;
  originCountry: string | null;
  targetCountries: string[];
  languages: SyntheticLanguage[];
  persons: SynPerson[];
  targets: SynPerson[];
  outlets: SynOutlet[];
  accounts: SynAccount[];
  narratives: SynNarrative[];
  markers: string[];
  techniques: string[];
  platforms: string[];
  startDay: number;
  endDay: number;
  weight: number;
}
export interface SyntheticWorld {
  seed: number;
  n: number;
  corpus: string;
  campaigns: SynCampaign[];
  sharedPersons: SynPerson[];
  sharedOutlets: SynOutlet[];
  bystanders: SynAccount[];
}

/** Campaigns scale with the corpus (≈ one per 2,000 items), within bounds that keep both small and large corpora useful. */
export const campaignCount = (n: number) => Math.min(60, Math.max(4, Math.round(n / 2000)));
/** Day 0 of the synthetic timeline; everything happens within the following year. */
export const SYNTHETIC_EPOCH = Date.UTC(2024, 6, 1);
export const SYNTHETIC_DAYS = 365;

const slugify = (text: string) => text.toLowerCase().normalize("NFKD").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** A seed-wide permutation so that names are drawn without replacement and never collide between campaigns. */
function permutation(random: Random, size: number): number[] {
  return random.sample(Array.from({ length: size }, (_, i) => i), size);
}

function makePerson(random: Random, index: number): SynPerson {
  const first = FIRST_NAMES[index % FIRST_NAMES.length];
  const last = LAST_NAMES[Math.floor(index / FIRST_NAMES.length) % LAST_NAMES.length];
  const role = random.pick(PERSON_ROLES);
  return { name: `${first} ${last}`, description: `Fictional ${role} (synthetic data).`, country: random.pick(SYNTHETIC_COUNTRIES) };
}

function makeOutlet(random: Random, index: number): SynOutlet {
  const name = `${OUTLET_PLACES[index % OUTLET_PLACES.length]} ${OUTLET_NOUNS[Math.floor(index / OUTLET_PLACES.length) % OUTLET_NOUNS.length]}`;
  return { name, domain: `${slugify(name)}.synthetic.sightline.test`, country: random.pick(SYNTHETIC_COUNTRIES) };
}

const handle = (random: Random) => `${random.pick(HANDLE_WORDS)}_${random.pick(HANDLE_WORDS)}${random.int(10, 9999)}`;

/**
 * Everything the items refer to, derived from the seed alone (campaign k is the same whatever N is; only how many
 * campaigns exist depends on N), so a corpus can be recomputed without a database.
 */
export function buildWorld(n: number, seed: number): SyntheticWorld {
  const root = createRandom(seed);
  const names = permutation(root.fork("campaign-names"), CAMPAIGN_ADJECTIVES.length * CAMPAIGN_NOUNS.length);
  const people = permutation(root.fork("people"), FIRST_NAMES.length * LAST_NAMES.length);
  const outlets = permutation(root.fork("outlets"), OUTLET_PLACES.length * OUTLET_NOUNS.length);
  const shared = root.fork("shared");
  // The first few people and outlets are "widely mentioned": several campaigns and the decoys use them.
  const sharedPersons = people.slice(0, 6).map((p) => makePerson(shared, p));
  const sharedOutlets = outlets.slice(0, 4).map((o) => makeOutlet(shared, o));
  const campaigns = Array.from({ length: campaignCount(n) }, (_, k): SynCampaign => {
    const r = root.fork(`campaign:${k}`);
    const nameIndex = names[k];
    const name = `Operation ${CAMPAIGN_ADJECTIVES[nameIndex % 30]} ${CAMPAIGN_NOUNS[Math.floor(nameIndex / 30)]}`;
    const own = [people[6 + 3 * k], people[7 + 3 * k], people[8 + 3 * k]].map((p) => makePerson(r, p));
    const startDay = r.int(0, 250);
    const narratives = Array.from({ length: r.int(2, 3) }, (_, j): SynNarrative => {
      const nr = r.fork(`narrative:${j}`);
      const narrative = { group: nr.int(0, 4), topic: nr.int(0, 5), action: nr.int(0, 4), number: nr.int(12, 480) * 1000 };
      return { ...narrative, title: `${name} — storyline ${j + 1}`, claim: `Synthetic storyline ${j + 1} of ${name}.` };
    });
    return {
      index: k,
      slug: `syn-${slugify(name)}`,
      name,
      description: `Synthetic campaign generated for testing and benchmarks (seed ${seed}). Not a real operation.`,
      originCountry: r.chance(0.75) ? "RU" : r.chance(0.5) ? null : r.pick(["CN", "IR", "BY"]),
      targetCountries: r.sample(SYNTHETIC_COUNTRIES, r.int(2, 4)),
      languages: r.sample(SYNTHETIC_LANGUAGES, r.int(2, 4)),
      persons: [own[0], own[1], ...(r.chance(0.25) ? [r.pick(sharedPersons)] : [])],
      targets: [own[2], r.pick(sharedPersons)],
      outlets: [makeOutlet(r, outlets[4 + 2 * k]), ...(r.chance(0.5) ? [makeOutlet(r, outlets[5 + 2 * k])] : []),
        ...(r.chance(0.2) ? [r.pick(sharedOutlets)] : [])],
      accounts: Array.from({ length: r.int(4, 12) }, () => ({ platform: r.pick(SOCIAL_PLATFORMS), handle: handle(r) })),
      narratives,
      markers: r.sample(MARKER_SLUGS, r.int(1, 2)),
      techniques: r.sample(SYNTHETIC_TECHNIQUES, r.int(3, 5)),
      platforms: r.sample(SOCIAL_PLATFORMS, r.int(3, 5)),
      startDay,
      endDay: Math.min(SYNTHETIC_DAYS - 1, startDay + r.int(30, 300)),
      // Zipf-like sizes: a few big operations, a long tail of small ones.
      weight: 1 / Math.pow(k + 1, 0.8),
    };
  });
  const bystanderRandom = root.fork("bystanders");
  const bystanders = Array.from({ length: 200 }, () => ({ platform: bystanderRandom.pick(SOCIAL_PLATFORMS), handle: handle(bystanderRandom) }));
  return { seed, n, corpus: `${seed}-${n}`, campaigns, sharedPersons, sharedOutlets, bystanders };
}
