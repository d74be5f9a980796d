import type { SignalName } from "./types";

/**
 * Every number the clustering engine decides with, and why. Two items are linked by an edge whose weight is the
 * noisy-OR of the signals they share: w = 1 − Π(1 − wᵢ), so independent pieces of evidence add up without ever
 * exceeding 1, and one strong signal is worth more than many weak ones. Tuned on bench/cluster-quality.ts (seeded
 * synthetic corpus); change the version whenever a number changes, so every suggestion can be traced to the
 * weights that produced it (cluster_runs.weights_version).
 */
export { WEIGHTS_VERSION } from "./model";

export interface SignalSpec {
  weight: number;
  /** Why this weight: shown to nobody, read by whoever tunes it next. */
  why: string;
}

export const SIGNALS: Record<SignalName, SignalSpec> = {
  same_file: {
    weight: 0.95,
    why: "The same SHA-256 is the same uploaded file: a re-upload of one master video or image. Near proof of one source.",
  },
  near_identical_text: {
    weight: 0.85,
    why: "MinHash estimated Jaccard ≥ TEXT_FAMILY_THRESHOLD over word pairs: a copy-pasted script with small edits. Organic posts on one "
      + "topic stay below 0.1. Not 1: template-like propaganda in one language can be near-identical across operations.",
  },
  same_person: {
    weight: 0.6,
    why: "A deepfake of one real person is expensive and specific (Matryoshka's Alan Read videos). Only the "
      + "'impersonated' role counts: being mentioned or quoted says nothing about who made the item.",
  },
  same_outlet: {
    weight: 0.6,
    why: "Fake branding of one outlet (a forged BBC or Euronews logo, a cloned site) is a production choice of one operation.",
  },
  same_account: {
    weight: 0.25,
    why: "The same posting account is strong for operation-run channels, but ordinary accounts also re-share content "
      + "from several sources, so alone it does not reach the suggestion threshold of an item.",
  },
  same_domain: {
    weight: 0.6,
    why: "The same registrable domain (public-suffix aware: a.example.co.uk and b.example.co.uk are one) is a cloned "
      + "site network (Doppelganger). Platforms are excluded: see IGNORED_DOMAINS.",
  },
  shared_narrative: {
    weight: 0.45,
    why: "Fact-checkers tag the storyline; one narrative is pushed by one operation in several languages, which is "
      + "what links translations that no text similarity can see. Popular narratives are picked up by others, hence < 0.5.",
  },
  shared_marker: {
    weight: 0.2,
    why: "A language marker (Russian calque, machine-translation artefact) points at the producer's language, which "
      + "many operations share: supporting evidence only.",
  },
  same_target: {
    weight: 0.2,
    why: "Many operations target the same politicians: a weak hint that only matters next to other signals.",
  },
  shared_technique: {
    weight: 0.1,
    why: "DISARM techniques are a small vocabulary used by most operations: it breaks ties, nothing more.",
  },
  mentioned_org: {
    weight: 0.3,
    why: "The same organization named as source or mentioned (a fact-check sheet's outlet column). Mass outlets (RT, Sputnik) "
      + "are named on thousands of items: only a rare one says something, which the rarity weights carry.",
  },
  shared_hashtag: {
    weight: 0.3,
    why: "The same hashtag in the text. #MAGA is on everything; a hoax hashtag (#KochFarms) on a few dozen items is one push.",
  },
  coordinated_accounts: {
    weight: 0.7,
    why: "Posted by accounts that act together (coordination.ts): shared rare hashtags and posting in the same hours, "
      + "even when their texts differ.",
  },
  close_in_time: {
    weight: 0.15,
    why: "First sightings within TIME_WINDOW_DAYS of each other. A burst is typical of a coordinated push, but "
      + "unrelated items appear on the same days all the time, so it only strengthens pairs that share something else.",
  },
};

/** Bit of each signal in an edge's mask (order is storage-free: masks never leave a run). */
export const SIGNAL_ORDER = Object.keys(SIGNALS) as SignalName[];
export const SIGNAL_BIT = Object.fromEntries(SIGNAL_ORDER.map((name, i) => [name, 1 << i])) as Record<SignalName, number>;

/** Signals that can create an edge on their own; the others only strengthen an existing one. */
export const WEAK_SIGNALS: readonly SignalName[] = ["same_target", "shared_technique", "close_in_time"];

export const TIME_WINDOW_DAYS = 3;

/**
 * An edge weaker than this is dropped before community detection: a pair that only shares weak signals (a target
 * and a technique: 1 − 0.8·0.9 = 0.28) is not evidence of anything.
 */
export const MIN_EDGE_WEIGHT = 0.4;

/**
 * Keys shared by at most this many items link every pair (a clique: ≤ 1,225 pairs). A bigger key — a person
 * impersonated in 5,000 items would be 12.5M pairs — links each member to SPARSE_DEGREE others instead, spread
 * pseudo-randomly over the group (a circulant graph with hashed offsets: an expander, so the group stays one dense
 * community for Louvain at m·k pairs instead of m²/2; linking neighbours in time order instead would make a long
 * chain that Louvain cuts into pieces).
 */
export const CLIQUE_CAP = 50;
export const SPARSE_DEGREE = 12;

/**
 * A key held by more than this share of all items (and more than CLIQUE_CAP of them) is not distinctive — every
 * synthetic item sits on one host, a real instance may have one outlet in every second item — and is ignored.
 */
export const STOP_SHARE = 0.2;

/**
 * Registrable domains where "same domain" means nothing: everybody posts there. The same account on them is the
 * signal instead (sightings.account_id).
 */
export const IGNORED_DOMAINS: ReadonlySet<string> = new Set([
  "youtube.com", "youtu.be", "x.com", "twitter.com", "t.co", "facebook.com", "fb.com", "fb.watch", "instagram.com",
  "tiktok.com", "t.me", "telegram.org", "telegram.me", "vk.com", "vk.ru", "ok.ru", "bsky.app", "threads.net",
  "whatsapp.com", "wa.me", "reddit.com", "linkedin.com", "rumble.com", "odysee.com", "bitchute.com", "dailymotion.com",
  "vimeo.com", "google.com", "archive.org", "archive.ph", "archive.today", "medium.com", "substack.com",
  "blogspot.com", "wordpress.com", "gettr.com", "truthsocial.com", "pinterest.com", "snapchat.com",
]);

/**
 * Near-identical texts are grouped into families transitively (union-find over LSH buckets), so the bar to join is
 * stricter than the duplicate check's NEAR_DUPLICATE_THRESHOLD (0.5): two operations filling the same propaganda
 * template reach 0.5 (measured on the synthetic corpus), and one such pair would merge both families whole.
 * Copies of one script with a few edited words stay above 0.7.
 */
export const TEXT_FAMILY_THRESHOLD = 0.65;

/** Louvain's resolution: 1 is plain modularity; tuned on the quality bench. */
export const LOUVAIN_RESOLUTION = 0.5;

/** Suggestions: a community with no confirmed member becomes a new-campaign candidate from this many items. */
export const MIN_CANDIDATE_SIZE = 3;
/** An item is suggested only from this score (share of the campaign in its community × how tied it is to it). */
export const MIN_ITEM_SCORE = 0.4;
/** Incremental suggestions for one item: this many campaigns at most, from this score. */
export const INCREMENTAL_TOP = 3;
export const MIN_INCREMENTAL_SCORE = 0.4;
/**
 * Incremental neighbour lookups walk at most SCAN_CAP items per signal (a template text or a popular narrative can
 * be shared by thousands) and keep at most NEIGHBOUR_CAP of them that are confirmed in a campaign: a sample that
 * large already shows which campaigns the key belongs to, and the walk stays bounded whatever the key's size.
 */
export const SCAN_CAP = 1000;
export const NEIGHBOUR_CAP = 50;
/** A suggestion lists at most this many items (the best first), so deciding it stays a human task. */
export const MAX_SUGGESTION_ITEMS = 5000;

/** Noisy-OR of the signals in a mask. */
export function edgeWeight(mask: number): number {
  let keep = 1;
  for (let i = 0; i < SIGNAL_ORDER.length; i++) if (mask & (1 << i)) keep *= 1 - SIGNALS[SIGNAL_ORDER[i]].weight;
  return 1 - keep;
}

const STRONG_MASK = SIGNAL_ORDER.reduce((m, name, i) => (WEAK_SIGNALS.includes(name) ? m : m | (1 << i)), 0);
export const hasStrongSignal = (mask: number) => (mask & STRONG_MASK) !== 0;
