import type {
  CampaignStatus,
  ItemKind,
  LinkStatus,
  Manipulation,
  OrganizationKind,
  PartyRole,
  Role,
  SourceKind,
  ThreatActorKind,
  Verdict,
} from "../../generated/prisma/enums";

/** Typed seed records. References between them use natural keys (names, slugs, handles), never ids. */
export interface ThreatActorSeed {
  name: string;
  aliases: string[];
  kind: ThreatActorKind;
  country: string | null;
  description: string;
}

export interface CampaignSeed {
  slug: string;
  name: string;
  aliases: string[];
  description: string;
  status: CampaignStatus;
  threatActor: string | null;
  originCountry: string | null;
  targetCountries: string[];
  techniques: string[];
  sources: string[];
}

export interface OrganizationSeed {
  name: string;
  kind: OrganizationKind;
  aliases?: string[];
  country: string | null;
  url: string | null;
  domain: string | null;
  description: string;
}

export interface PersonSeed {
  name: string;
  description: string;
  affiliation: string | null;
  country: string | null;
  wikidataId?: string;
}

export interface AccountSeed {
  platform: string;
  handle: string;
  url: string | null;
  displayName: string | null;
  label: string;
  notes?: string;
}

export interface NarrativeSeed {
  title: string;
  claim: string;
  language: string;
}

export interface MarkerSeed {
  slug: string;
  name: string;
  description: string;
  category: string;
  languages: string[];
}

export interface SourceSeed {
  title: string;
  publisher: string;
  url: string | null;
  publishedAt: string | null;
  kind: SourceKind;
}

export interface UserSeed {
  email: string;
  name: string;
  role: Role;
}

export interface LinkReason {
  signal: string;
  detail: string;
}

/** How an item's sightings spread: expanded deterministically into individual sightings. */
export interface SpreadSeed {
  from: string;
  days: number;
  count: number;
  platforms: string[];
  countries: string[];
  medianViews: number;
  /** platform:handle of accounts that posted or relayed it. */
  accounts: string[];
}

export interface ItemSeed {
  /** Stable key: the item's id is derived from it (emails have no URL to key on). */
  key: string;
  kind: ItemKind;
  title: string;
  text: string;
  canonicalUrl: string | null;
  platform: string;
  language: string;
  publishedAt: string;
  verdict: Verdict;
  manipulations: Manipulation[];
  targetCountries: string[];
  persons: { name: string; role: PartyRole; note?: string }[];
  organizations: { name: string; role: PartyRole; note?: string }[];
  narratives: string[];
  techniques: string[];
  markers: { slug: string; quote: string; note: string }[];
  links: { campaign: string; status: LinkStatus; confidence: number; reasons: LinkReason[]; evidence: string }[];
  sources: string[];
  spread: SpreadSeed;
}
