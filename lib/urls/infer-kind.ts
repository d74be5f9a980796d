import type { ItemKind } from "../generated/prisma/enums";
import type { CanonicalUrl } from "./canonical-url";

const VIDEO_PLATFORMS = new Set(["youtube", "tiktok", "rumble", "bitchute", "odysee", "dailymotion", "vimeo", "twitch"]);
// Platforms that also carry video: only their video paths say "video" (a Facebook reel, an Instagram reel, a VK clip).
const VIDEO_PATH = /\/(?:watch|reel|reels|videos?|clip|tv)(?:[/?_-]|$)|^https:\/\/fb\.watch\//;

/**
 * The kind of content a URL points at, for items given without one: a YouTube or TikTok link is a video, a
 * social-network link a post, any other site an article.
 */
export function kindOfUrl(url: Pick<CanonicalUrl, "canonical" | "platform">): ItemKind {
  if (VIDEO_PLATFORMS.has(url.platform)) return "video";
  if (url.platform === "website") return "article";
  if (url.platform === "email") return "email";
  if (["facebook", "instagram", "vk", "ok"].includes(url.platform) && VIDEO_PATH.test(url.canonical)) return "video";
  return "post";
}
