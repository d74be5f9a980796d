import { getDomain } from "tldts";
import { facebookRule, instagramRule, tiktokRule, youtubeRule } from "./media-rules";
import { normaliseHost, platformOfDomain, type Platform } from "./platforms";
import { blueskyRule, telegramRule, vkRule, xRule, type RuleTable } from "./post-rules";
import { toAbsoluteHttpUrl } from "./refang";
import { isTrackingParam } from "./tracking-params";
import { UrlError } from "./url-error";
import { buildUrl, keptParams, normalisePath, pathSegments } from "./url-parts";

export { UrlError, type UrlErrorReason } from "./url-error";
export type { Platform } from "./platforms";

export interface CanonicalUrl {
  /** The identity of the content: equal canonical URLs mean the same post, video or page. */
  canonical: string;
  /** The input as given, trimmed (not refanged), for display and evidence. */
  original: string;
  platform: Platform;
  /** Host of the canonical URL (punycode for IDN hosts). */
  host: string;
  /** Public-suffix-aware registrable domain of `host`; null for IP addresses and bare suffixes. */
  registrableDomain: string | null;
  /** Lower-cased handle or channel named by the URL, when the platform puts one in it. */
  account: string | null;
}

const RULES: RuleTable = {
  x: xRule,
  youtube: youtubeRule,
  telegram: telegramRule,
  tiktok: tiktokRule,
  facebook: facebookRule,
  instagram: instagramRule,
  bluesky: blueskyRule,
  vk: vkRule,
};

// Private suffixes (github.io, blogspot.com, netlify.app) count: every subdomain there belongs to someone
// else, and cloned news sites love such hosting.
const registrableDomainOf = (host: string): string | null => getDomain(host, { allowPrivateDomains: true });

/**
 * Canonicalises a URL for duplicate detection: the same post or page gives the same `canonical` string however
 * it was shared (mobile host, share tracking, short youtu.be link, defanged in a report…). Throws UrlError.
 * Scheme is always https: http and https copies of a page are the same content for this purpose.
 */
export function canonicaliseUrl(input: string): CanonicalUrl {
  const original = input.trim();
  const absolute = toAbsoluteHttpUrl(input);
  let url: URL;
  try {
    url = new URL(absolute);
  } catch {
    throw new UrlError("not_a_url", "Input is not a valid URL", input);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new UrlError("unsupported_scheme", `Only http and https URLs are accepted, not ${url.protocol}`, input);
  }
  const rawHost = url.hostname.replace(/\.$/, "");
  if (rawHost === "" || (!rawHost.includes(".") && !rawHost.startsWith("["))) {
    throw new UrlError("invalid_host", "URL has no usable host", input);
  }

  const platform = platformOfDomain(registrableDomainOf(rawHost));
  const host = normaliseHost(rawHost, platform, registrableDomainOf(rawHost));
  const segments = pathSegments(url.pathname);
  const ruled = RULES[platform]?.({ host, segments, params: url.searchParams }) ?? null;

  // http→https makes both well-known ports default; WHATWG already dropped the port matching the original scheme.
  const port = url.port === "80" || url.port === "443" ? "" : url.port;
  const canonical =
    ruled?.canonical ??
    buildUrl(host, port, normalisePath(url.pathname), keptParams(url.searchParams, (name) => isTrackingParam(name, platform)));
  const canonicalHost = new URL(canonical).hostname;
  return {
    canonical,
    original,
    platform,
    host: canonicalHost,
    registrableDomain: registrableDomainOf(canonicalHost),
    account: ruled?.account ?? null,
  };
}
