import { createHash } from "node:crypto";
import type { ItemKind, Manipulation, PartyRole, Verdict } from "../../generated/prisma/enums";
import { createRandom, type Random } from "../prng";
import { LANGUAGE_PACKS, SYNTHETIC_COUNTRIES, SYNTHETIC_LANGUAGES } from "./languages";
import { PLATFORMS_BY_KIND } from "./names";
import { generateSightings, type SynSighting } from "./sightings";
import { baseText, fill, mutate, organicText, pickQuote } from "./text";
import { SYNTHETIC_EPOCH, type SynAccount, type SynCampaign, type SyntheticWorld } from "./world";

export type SyntheticRole = "campaign" | "decoy" | "noise";

export interface SynItem {
  index: number;
  role: SyntheticRole;
  campaign: SynCampaign | null;
  /** Ground truth is stored as a confirmed link for ~70% of campaign items; the rest are left for clustering. */
  linked: boolean;
  canonicalUrl: string;
  kind: ItemKind;
  title: string;
  text: string;
  platform: string;
  language: string;
  publishedAt: Date;
  verdict: Verdict;
  manipulations: Manipulation[];
  targetCountries: string[];
  fileSha256: string | null;
  persons: { name: string; role: PartyRole }[];
  outlets: { name: string; role: PartyRole }[];
  narrative: string | null;
  techniques: string[];
  marker: { slug: string; quote: string; startOffset: number; endOffset: number } | null;
  account: SynAccount | null;
  sightings: SynSighting[];
}

const KINDS: readonly [ItemKind, number][] = [["video", 0.35], ["post", 0.4], ["image", 0.1], ["article", 0.08], ["audio", 0.04], ["email", 0.03]];
const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function pickWeighted<T>(random: Random, entries: readonly (readonly [T, number])[]): T {
  let x = random.next() * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, weight] of entries) if ((x -= weight) < 0) return value;
  return entries[entries.length - 1][0];
}

function pickCampaign(world: SyntheticWorld, random: Random): SynCampaign {
  return pickWeighted(random, world.campaigns.map((c) => [c, c.weight] as const));
}

function manipulationsFor(kind: ItemKind, random: Random, branded: boolean): Manipulation[] {
  const base: Manipulation[] = kind === "video" ? [random.pick<Manipulation>(["face_swap", "lip_sync", "fully_synthetic", "edited"])]
    : kind === "audio" ? ["voice_clone"] : kind === "image" ? [random.pick<Manipulation>(["cheap_fake", "edited", "fully_synthetic"])]
    : kind === "article" ? ["impersonated_outlet"] : [];
  if (kind === "video" && random.chance(0.5)) base.push("voice_clone");
  if (branded) base.push("fake_branding");
  return [...new Set(base)];
}

const title = (text: string) => {
  const sentence = text.split(/(?<=[.!?])\s/)[0];
  return sentence.length > 90 ? `${sentence.slice(0, 87)}…` : sentence;
};

/** Item i of the corpus: its own PRNG stream, so any item can be regenerated alone and in any order. */
export function generateItem(world: SyntheticWorld, index: number): SynItem {
  const random = createRandom(world.seed).fork(`item:${index}`);
  const roll = random.next();
  const role: SyntheticRole = roll < 0.75 ? "campaign" : roll < 0.85 ? "decoy" : "noise";
  const kind = role === "campaign" ? pickWeighted(random, KINDS) : random.pick<ItemKind>(["post", "article", "post", "video"]);
  const campaign = role === "noise" ? null : pickCampaign(world, random);
  const day = campaign && role === "campaign" ? random.int(campaign.startDay, campaign.endDay) : random.int(0, 364);
  const publishedAt = new Date(SYNTHETIC_EPOCH + day * 86_400_000 + random.int(0, 86_399) * 1000);
  const item: SynItem = {
    index, role, campaign: role === "campaign" ? campaign : null, linked: false, canonicalUrl: "", kind, title: "", text: "",
    platform: "", language: "", publishedAt, verdict: "unverified", manipulations: [], targetCountries: [], fileSha256: null,
    persons: [], outlets: [], narrative: null, techniques: [], marker: null, account: null, sightings: [],
  };
  if (role === "campaign" && campaign) {
    const narrativeIndex = random.int(0, campaign.narratives.length - 1);
    const language = random.pick(campaign.languages);
    item.language = language;
    item.text = mutate(baseText(world.seed, campaign, narrativeIndex, language), language, random);
    item.narrative = campaign.narratives[narrativeIndex].title;
    const platforms = PLATFORMS_BY_KIND[kind].filter((p) => campaign.platforms.includes(p));
    item.platform = platforms.length ? random.pick(platforms) : PLATFORMS_BY_KIND[kind][0];
    const own = campaign.accounts.filter((a) => a.platform === item.platform);
    item.account = own.length && random.chance(0.8) ? random.pick(own) : null;
    const branded = (kind === "video" || kind === "image" || kind === "article") && random.chance(0.45);
    item.manipulations = manipulationsFor(kind, random, branded);
    item.verdict = kind === "video" || kind === "audio" ? random.pick<Verdict>(["synthetic", "manipulated", "false"])
      : random.pick<Verdict>(["false", "misleading", "manipulated", "unverified"]);
    item.targetCountries = random.sample(campaign.targetCountries, random.int(1, 2));
    if (kind === "video" || kind === "audio") item.persons.push({ name: random.pick(campaign.persons).name, role: "impersonated" });
    if (random.chance(0.5)) item.persons.push({ name: random.pick(campaign.targets).name, role: "targeted" });
    if (branded || kind === "article") item.outlets.push({ name: random.pick(campaign.outlets).name, role: "impersonated" });
    item.techniques = random.sample(campaign.techniques, random.int(1, 2));
    if (random.chance(0.25)) item.marker = { slug: random.pick(campaign.markers), ...pickQuote(item.text, random) };
    // Re-uploads of the same file: a third of media items reuse one of three master files of the narrative.
    if (["video", "image", "audio"].includes(kind)) {
      item.fileSha256 = random.chance(0.33) ? sha256(`syn:${world.seed}:${campaign.index}:${narrativeIndex}:${random.int(0, 2)}`) : null;
    }
    item.linked = random.chance(0.7);
  } else {
    // Decoys share only weak signals with a campaign (a target country, a widely mentioned person); noise shares none.
    const language = random.pick(SYNTHETIC_LANGUAGES);
    const pack = LANGUAGE_PACKS[language];
    const person = role === "decoy" ? random.pick(world.sharedPersons).name : `${random.pick(["Dr.", "Mayor", "Minister"])} ${random.int(1, 99)}`;
    const country = role === "decoy" && campaign ? random.pick(campaign.targetCountries) : random.pick(SYNTHETIC_COUNTRIES);
    const slots = { outlet: "", person, country, group: random.int(0, 4), topic: random.int(0, 5), action: random.int(0, 4), number: 0 };
    item.language = language;
    // The template text is still drawn (and then replaced) so that every later draw — platform, account,
    // sightings, hence the canonical URL — stays what databases seeded before organic texts existed hold.
    mutate(pack.neutral.map((t) => fill(t, language, slots)).join(" "), language, random);
    item.text = organicText(language, slots, createRandom(world.seed).fork(`organic:${index}`));
    item.platform = random.pick(PLATFORMS_BY_KIND[kind]);
    item.account = item.platform === "website" ? null : random.pick(world.bystanders);
    item.verdict = random.pick<Verdict>(["authentic", "unverified", "misleading", "satire"]);
    item.targetCountries = [country];
    if (role === "decoy") item.persons.push({ name: person, role: "mentioned" });
  }
  item.title = title(item.text);
  const handle = item.account?.handle ?? "web";
  item.canonicalUrl = `https://synthetic.sightline.test/${world.corpus}/${item.platform}/${handle}/${index}`;
  item.sightings = generateSightings(world, item, random);
  return item;
}
