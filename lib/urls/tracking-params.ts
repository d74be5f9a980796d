import type { Platform } from "./platforms";

// Click identifiers and campaign tags: they differ per share, never per content, so two sightings of one page
// would otherwise get different canonical URLs.
const GLOBAL_TRACKING = new Set([
  "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id",
  "mc_cid", "mc_eid", "igshid", "igsh", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
  "ref", "ref_src", "ref_url", "si", "spm", "cmpid", "ncid", "sr_share", "vero_id", "wickedid", "rb_clickid",
]);
const GLOBAL_PREFIXES = ["utm_", "pk_", "mtm_", "hsa_", "__cft__", "__tn__"];

// Names that are tracking on a given platform but may identify content elsewhere ("t" is a timestamp on YouTube,
// "s" a share-sheet marker on X, yet both are ordinary query keys on arbitrary websites).
const PLATFORM_TRACKING: Readonly<Partial<Record<Platform, ReadonlySet<string>>>> = {
  x: new Set(["s", "t", "cxt", "lang", "src", "ref_src", "ref_url", "mx"]),
  youtube: new Set(["feature", "pp", "ab_channel", "app", "t", "start", "embeds_referring_euri", "source_ve_path", "kw"]),
  instagram: new Set(["igsh", "igshid", "img_index", "hl"]),
  tiktok: new Set(["_r", "_t", "is_from_webapp", "sender_device", "sender_web_id", "is_copy_url", "web_id", "lang", "share_app_id", "share_item_id", "share_link_id", "social_sharing", "source", "tt_from", "u_code", "timestamp", "user_id", "checksum", "sec_user_id", "refer", "enter_from"]),
  telegram: new Set(["single", "embed"]),
  rumble: new Set(["e9s", "mref", "mrefc", "mc"]),
  vk: new Set(["from", "api_hash"]),
  bluesky: new Set(["ref_src"]),
};

export function isTrackingParam(name: string, platform: Platform): boolean {
  const key = name.toLowerCase();
  if (GLOBAL_TRACKING.has(key)) return true;
  if (GLOBAL_PREFIXES.some((prefix) => key.startsWith(prefix))) return true;
  return PLATFORM_TRACKING[platform]?.has(key) ?? false;
}
