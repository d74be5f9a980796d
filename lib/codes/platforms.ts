import { getDomain } from "tldts";
import { foldName } from "./fold-name";

/**
 * The one platform vocabulary. Every stored `platform` is one of these codes, so every Platform filter (items,
 * analytics, graph, exports, API) offers the same short list and junk never shows up in it: a name that is not
 * here is stored as "other", with the name as given kept beside it (`platformRaw`).
 * "website" is any site that is not a platform (news sites, clones, blogs).
 */
export const PLATFORM_CODES = [
  "x", "youtube", "telegram", "facebook", "instagram", "tiktok", "vk", "ok", "rumble", "bitchute", "odysee",
  "dailymotion", "vimeo", "bluesky", "threads", "mastodon", "reddit", "linkedin", "truth_social", "gab", "gettr",
  "whatsapp", "viber", "wechat", "weibo", "pinterest", "snapchat", "twitch", "substack", "website", "email", "tv",
  "radio", "print", "other",
] as const;
export type PlatformCode = (typeof PLATFORM_CODES)[number];

export const PLATFORM_LABELS: Readonly<Record<PlatformCode, string>> = {
  x: "X (Twitter)", youtube: "YouTube", telegram: "Telegram", facebook: "Facebook", instagram: "Instagram",
  tiktok: "TikTok", vk: "VK", ok: "OK (Odnoklassniki)", rumble: "Rumble", bitchute: "BitChute", odysee: "Odysee",
  dailymotion: "Dailymotion", vimeo: "Vimeo", bluesky: "Bluesky", threads: "Threads", mastodon: "Mastodon",
  reddit: "Reddit", linkedin: "LinkedIn", truth_social: "Truth Social", gab: "Gab", gettr: "GETTR",
  whatsapp: "WhatsApp", viber: "Viber", wechat: "WeChat", weibo: "Weibo", pinterest: "Pinterest",
  snapchat: "Snapchat", twitch: "Twitch", substack: "Substack", website: "Website", email: "Email", tv: "TV",
  radio: "Radio", print: "Print", other: "Other",
};

const CODES = new Set<string>(PLATFORM_CODES);

// Folded spellings (foldName, spaces removed) people and source files use for each code.
const ALIASES: Readonly<Record<string, PlatformCode>> = {
  twitter: "x", xcom: "x", twittercom: "x", xtwitter: "x", twitterx: "x", tweet: "x", tweets: "x",
  yt: "youtube", youtubecom: "youtube", youtubeshorts: "youtube", youtu: "youtube",
  tg: "telegram", tme: "telegram", telegramchannel: "telegram",
  fb: "facebook", facebookcom: "facebook", meta: "facebook",
  ig: "instagram", insta: "instagram", instagramcom: "instagram",
  tiktokcom: "tiktok", douyin: "tiktok",
  vkontakte: "vk", vkcom: "vk", вконтакте: "vk", вк: "vk",
  odnoklassniki: "ok", okru: "ok", одноклассники: "ok",
  bsky: "bluesky", blueskysocial: "bluesky",
  truthsocial: "truth_social", truth: "truth_social",
  gabcom: "gab", wa: "whatsapp", wechatcom: "wechat", sinaweibo: "weibo",
  web: "website", site: "website", websites: "website", webpage: "website", webpages: "website", newssite: "website",
  newswebsite: "website", onlinemedia: "website", onlinenews: "website", blog: "website", blogs: "website",
  news: "website", article: "website", internet: "website", media: "website",
  mail: "email", emails: "email", newsletter: "email",
  television: "tv", broadcast: "tv", tvchannel: "tv",
  newspaper: "print", press: "print", magazine: "print",
  others: "other",
};

// Hosts of platforms whose URLs lib/urls does not model post by post; the domain alone names the platform.
const DOMAINS: Readonly<Record<string, PlatformCode>> = {
  "x.com": "x", "twitter.com": "x", "youtube.com": "youtube", "youtu.be": "youtube", "t.me": "telegram",
  "facebook.com": "facebook", "fb.com": "facebook", "fb.watch": "facebook", "instagram.com": "instagram",
  "tiktok.com": "tiktok", "vk.com": "vk", "vk.ru": "vk", "ok.ru": "ok", "rumble.com": "rumble",
  "bitchute.com": "bitchute", "odysee.com": "odysee", "dailymotion.com": "dailymotion", "vimeo.com": "vimeo",
  "bsky.app": "bluesky", "threads.net": "threads", "threads.com": "threads", "reddit.com": "reddit",
  "linkedin.com": "linkedin", "truthsocial.com": "truth_social", "gab.com": "gab", "gettr.com": "gettr",
  "whatsapp.com": "whatsapp", "wa.me": "whatsapp", "weibo.com": "weibo", "pinterest.com": "pinterest",
  "snapchat.com": "snapchat", "twitch.tv": "twitch", "substack.com": "substack",
};

export function isPlatformCode(value: unknown): value is PlatformCode {
  return typeof value === "string" && CODES.has(value);
}

/** The platform a registrable domain belongs to, or null for an ordinary website. */
export function platformOfRegistrableDomain(domain: string | null): PlatformCode | null {
  return (domain !== null && DOMAINS[domain.toLowerCase()]) || null;
}

export interface PlatformValue {
  platform: PlatformCode;
  /** The name as given, kept only when it is not in the vocabulary (platform "other"). */
  platformRaw: string | null;
}

/**
 * A platform name as a person or a file gives it → its code: codes and labels in any case, aliases (twitter → x,
 * fb → facebook), domains (t.me, www.youtube.com); anything else → "other" keeping the raw name. Null for blank input.
 */
export function normalisePlatform(input: string | null | undefined): PlatformValue | null {
  const raw = input?.trim().slice(0, 200);
  if (!raw) return null;
  const lower = raw.toLowerCase();
  if (CODES.has(lower)) return { platform: lower as PlatformCode, platformRaw: null };
  const folded = foldName(raw).replace(/ /g, "");
  const byName =
    ALIASES[folded] ?? (CODES.has(folded) ? (folded as PlatformCode) : null) ?? labelCode(folded) ?? domainCode(lower) ??
    FOLDED_DOMAINS.get(folded) ?? null;
  if (byName && byName !== "other") return { platform: byName, platformRaw: null };
  return { platform: "other", platformRaw: byName === "other" ? null : raw };
}

// "fbcom", "tme": a domain typed without its dots (or folded from a spreadsheet header) still names its platform.
const FOLDED_DOMAINS = new Map(Object.entries(DOMAINS).map(([domain, code]) => [domain.replace(/[^a-z0-9]/g, ""), code]));

const LABEL_CODES = new Map(
  Object.entries(PLATFORM_LABELS).map(([code, label]) => [foldName(label).replace(/ /g, ""), code as PlatformCode]),
);
function labelCode(folded: string): PlatformCode | null {
  return LABEL_CODES.get(folded) ?? null;
}

function domainCode(lower: string): PlatformCode | null {
  if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(lower.replace(/^https?:\/\//, "").replace(/\/.*$/, ""))) return null;
  const host = lower.replace(/^https?:\/\//, "").replace(/\/.*$/, "");
  return platformOfRegistrableDomain(getDomain(host, { allowPrivateDomains: false }));
}

/**
 * The stored pair for a sighting or item: the platform given (normalised), else the one its URL names
 * (`fromUrl`, a code already), else none.
 */
export function platformFields(given: string | null | undefined, fromUrl: string | null | undefined): {
  platform: PlatformCode | null;
  platformRaw: string | null;
} {
  const normalised = normalisePlatform(given);
  if (normalised) return normalised;
  return { platform: isPlatformCode(fromUrl) ? fromUrl : null, platformRaw: null };
}
