import { getDomain } from "tldts";
import { IGNORED_DOMAINS } from "./weights";

/**
 * The registrable domain of a URL, public-suffix aware (news.example.co.uk → example.co.uk; with private suffixes,
 * a.blogspot.com and b.blogspot.com are two sites). null for platforms where "same domain" means nothing
 * (IGNORED_DOMAINS), IP addresses and unparsable input.
 */
export function registrableDomain(url: string | null | undefined): string | null {
  if (!url) return null;
  const domain = getDomain(url, { allowPrivateDomains: true });
  if (!domain || IGNORED_DOMAINS.has(domain)) return null;
  return domain;
}

/** Distinct registrable domains of several URLs, in first-seen order. */
export function domainsOf(urls: readonly (string | null | undefined)[]): string[] {
  const out: string[] = [];
  for (const url of urls) {
    const domain = registrableDomain(url);
    if (domain && !out.includes(domain)) out.push(domain);
  }
  return out;
}
