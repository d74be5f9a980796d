import type { Platform } from "./platforms";

/** What a platform rule sees: the parsed URL with its host already normalised. */
export interface RuleInput {
  host: string;
  segments: string[];
  params: URLSearchParams;
}

/** A platform rule's verdict: the one canonical form of a post or profile, and the account it names if any. */
export interface RuleResult {
  canonical: string;
  account: string | null;
}

export type PostRule = (input: RuleInput) => RuleResult | null;

const NUMERIC_ID = /^\d{1,25}$/;
const X_HANDLE = /^[A-Za-z0-9_]{1,15}$/;
// First path segments on x.com that are app pages, not accounts.
const X_RESERVED = new Set(["i", "home", "explore", "search", "settings", "messages", "notifications", "hashtag", "intent", "share", "compose", "login", "signup", "tos", "privacy"]);
const TELEGRAM_CHANNEL = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;
const TELEGRAM_RESERVED = new Set(["joinchat", "addstickers", "share", "proxy", "socks", "iv", "login", "addlist", "boost"]);
const VK_OBJECT = /^(?:wall|video|clip|photo)-?\d+_\d+$/;

const withAccount = (canonical: string, account: string | null): RuleResult => ({ canonical, account });

// The numeric status id identifies the post on its own; the handle can change and any handle resolves, so it is
// reported separately instead of being part of the identity.
export const xRule: PostRule = ({ segments }) => {
  const [first, second, third, fourth] = segments;
  if (first === "i" && second === "web" && third === "status" && NUMERIC_ID.test(fourth ?? "")) {
    return withAccount(`https://x.com/i/status/${fourth}`, null);
  }
  if ((second === "status" || second === "statuses") && NUMERIC_ID.test(third ?? "")) {
    const account = first !== undefined && first !== "i" && X_HANDLE.test(first) ? first.toLowerCase() : null;
    return withAccount(`https://x.com/i/status/${third}`, account);
  }
  if (segments.length === 1 && first !== undefined && X_HANDLE.test(first) && !X_RESERVED.has(first.toLowerCase())) {
    const account = first.toLowerCase();
    return withAccount(`https://x.com/${account}`, account);
  }
  return null;
};

export const telegramRule: PostRule = ({ segments }) => {
  const parts = segments[0] === "s" ? segments.slice(1) : segments;
  const [channel, post] = parts;
  if (channel === "c" && NUMERIC_ID.test(parts[1] ?? "") && NUMERIC_ID.test(parts[2] ?? "")) {
    return withAccount(`https://t.me/c/${parts[1]}/${parts[2]}`, null);
  }
  if (channel === undefined || !TELEGRAM_CHANNEL.test(channel) || TELEGRAM_RESERVED.has(channel.toLowerCase())) return null;
  const account = channel.toLowerCase();
  if (parts.length === 1) return withAccount(`https://t.me/${account}`, account);
  if (NUMERIC_ID.test(post ?? "")) return withAccount(`https://t.me/${account}/${post}`, account);
  return null;
};

export const blueskyRule: PostRule = ({ segments }) => {
  const [profile, actor, kind, rkey] = segments;
  if (profile !== "profile" || actor === undefined) return null;
  // Handles are DNS names (case-insensitive); DIDs are case-sensitive identifiers.
  const account = actor.startsWith("did:") ? actor : actor.toLowerCase();
  if (segments.length === 2) return withAccount(`https://bsky.app/profile/${account}`, account);
  if (kind === "post" && rkey !== undefined && /^[A-Za-z0-9._:~-]{1,512}$/.test(rkey)) {
    return withAccount(`https://bsky.app/profile/${account}/post/${rkey}`, account);
  }
  return null;
};

// vk.com shows one wall post or video under many page URLs (?w=wall-1_2, ?z=video-1_2): the object id is the identity.
export const vkRule: PostRule = ({ segments, params }) => {
  const candidates = [segments.length === 1 ? segments[0] : undefined, params.get("w"), params.get("z")?.split("/")[0]];
  const object = candidates.find((value) => value !== undefined && value !== null && VK_OBJECT.test(value));
  return object ? withAccount(`https://vk.com/${object}`, null) : null;
};

export type RuleTable = Readonly<Partial<Record<Platform, PostRule>>>;
