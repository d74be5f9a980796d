/**
 * The clustering engine's input and output. Pure data: lib/clustering/load-input.ts builds the input from the
 * database, bench/cluster-quality.ts from the synthetic generator, tests from small fixtures.
 */

/** One item as the engine sees it: ids of what it shares with others, nothing else. */
export interface ClusterItem {
  id: string;
  fileSha256: string | null;
  /** MinHash signature (lib/text/minhash), [] when the item has no text. */
  minhash: ArrayLike<number>;
  /** Ids of persons the item impersonates. */
  persons: readonly string[];
  /** Ids of persons the item targets (a weaker signal: many operations target the same politicians). */
  targets: readonly string[];
  /** Ids of outlets / organizations the item impersonates (fake branding, cloned sites). */
  outlets: readonly string[];
  /** Accounts that posted it (sightings.account_id). */
  accounts: readonly string[];
  /** Registrable domains of its URLs, platforms already left out (see domains.ts). */
  domains: readonly string[];
  narratives: readonly string[];
  /** Organizations the item names as its source or mentions (an outlet column of a fact-check sheet). */
  mentions: readonly string[];
  /** Hashtags of its title and text, lower case without "#" (hashtags.ts). */
  hashtags: readonly string[];
  markers: readonly string[];
  techniques: readonly string[];
  /** First sighting, epoch ms. */
  firstSeenAt: number | null;
}

export interface ClusterInput {
  /** Sorted by id by the caller: the order is part of what makes a run deterministic. */
  items: readonly ClusterItem[];
  /** Confirmed item ↔ campaign links: the anchors. The engine never changes them. */
  confirmed: readonly { itemId: string; campaignId: string }[];
  /** Rejected item ↔ campaign links: never suggested again. */
  rejectedLinks: readonly { itemId: string; campaignId: string }[];
  /** Item pairs a person said do not belong together: never in one suggestion again. */
  rejectedPairs: readonly (readonly [string, string])[];
  /** Display names for reasons: person, outlet, account, narrative, marker, technique and campaign ids → name. */
  labels: ReadonlyMap<string, string>;
  /** Seed of Louvain's random source. */
  seed?: number;
}

export type SignalName =
  | "same_file"
  | "near_identical_text"
  | "same_person"
  | "same_outlet"
  | "same_account"
  | "same_domain"
  | "shared_narrative"
  | "shared_marker"
  | "same_target"
  | "shared_technique"
  | "close_in_time"
  | "mentioned_org"
  | "shared_hashtag"
  | "coordinated_accounts";

/** A reason a person can check: "9 impersonate Alan Read". */
export interface Reason {
  signal: SignalName;
  count: number;
  detail: string;
}

export interface SuggestedMember {
  itemId: string;
  score: number;
  reasons: Reason[];
}

export interface Suggestion {
  /** null: a new campaign candidate. */
  campaignId: string | null;
  score: number;
  reasons: Reason[];
  members: SuggestedMember[];
}

export interface ClusterStats {
  items: number;
  pairs: number;
  edges: number;
  contentClusters: number;
  communities: number;
  coordinatedAccountGroups: number;
  suggestions: number;
  /** Keys shared by too many items to mean anything, per signal (see weights.ts, STOP_SHARE). */
  stoppedKeys: number;
  timings: Record<string, number>;
}

export interface ClusterResult {
  suggestions: Suggestion[];
  /** Campaign-level group of every input item, in input order (the quality bench scores these). */
  communityOf: Int32Array;
  /** Content cluster of every input item (same file, or near-identical text first seen close in time). */
  contentOf: Int32Array;
  /** Best reason each item is in its group, "" when it is alone (for the assignments table). */
  topReasonOf: string[];
  stats: ClusterStats;
}
