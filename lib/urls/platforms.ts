import { platformOfRegistrableDomain, type PlatformCode } from "../codes/platforms";

/** A value of the one platform vocabulary (lib/codes/platforms.ts): what a URL says about where content lives. */
export type Platform = PlatformCode;

// Keyed by registrable domain so every subdomain (mobile, music., vm.) is recognised without listing it.
const PLATFORM_BY_DOMAIN: Readonly<Record<string, Platform>> = {
  "x.com": "x",
  "twitter.com": "x",
  "fxtwitter.com": "x",
  "vxtwitter.com": "x",
  "fixupx.com": "x",
  "fixvx.com": "x",
  "youtube.com": "youtube",
  "youtu.be": "youtube",
  "youtube-nocookie.com": "youtube",
  "t.me": "telegram",
  "telegram.me": "telegram",
  "telegram.dog": "telegram",
  "tiktok.com": "tiktok",
  "facebook.com": "facebook",
  "fb.com": "facebook",
  "fb.watch": "facebook",
  "instagram.com": "instagram",
  "bsky.app": "bluesky",
  "vk.com": "vk",
  "vk.ru": "vk",
  "vkvideo.ru": "vk",
  "rumble.com": "rumble",
};

// Aliases that serve the same content under the primary host, so the canonical URL uses one spelling.
const PRIMARY_HOST: Readonly<Record<string, string>> = {
  "twitter.com": "x.com",
  "fxtwitter.com": "x.com",
  "vxtwitter.com": "x.com",
  "fixupx.com": "x.com",
  "fixvx.com": "x.com",
  "youtube-nocookie.com": "youtube.com",
  "music.youtube.com": "youtube.com",
  "telegram.me": "t.me",
  "telegram.dog": "t.me",
  "fb.com": "facebook.com",
  "vk.ru": "vk.com",
};

// Mobile and legacy front-ends of the big platforms show the same posts as the main host.
const PLATFORM_HOST_PREFIX = /^(?:www\d*|m|mobile|mbasic|web|touch)\./;

export function platformOfDomain(registrableDomain: string | null): Platform {
  return (registrableDomain !== null && PLATFORM_BY_DOMAIN[registrableDomain]) || platformOfRegistrableDomain(registrableDomain) || "website";
}

/** Lower-cased, dot-trimmed, `www.` removed everywhere and mobile prefixes removed on known platforms. */
export function normaliseHost(hostname: string, platform: Platform, registrableDomain: string | null): string {
  let host = hostname.toLowerCase().replace(/\.$/, "");
  // Never strip down to a bare public suffix ("www.co.uk" is a registrable domain of its own).
  const canStrip = (stripped: string) => registrableDomain !== null && stripped.length >= registrableDomain.length;
  if (platform !== "website") {
    const stripped = host.replace(PLATFORM_HOST_PREFIX, "");
    if (canStrip(stripped)) host = stripped;
    return PRIMARY_HOST[host] ?? host;
  }
  const stripped = host.replace(/^www\./, "");
  return canStrip(stripped) ? stripped : host;
}
