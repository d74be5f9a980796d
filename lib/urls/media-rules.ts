import type { PostRule, RuleResult } from "./post-rules";
import { buildUrl, keptParams, normalisePath } from "./url-parts";

const YOUTUBE_ID = /^[A-Za-z0-9_-]{11}$/;
const YOUTUBE_ID_PATHS = new Set(["shorts", "embed", "live", "v", "e"]);
const TIKTOK_ID = /^\d{10,25}$/;
const INSTAGRAM_CODE = /^[A-Za-z0-9_-]{5,64}$/;
const INSTAGRAM_POST_KINDS = new Set(["p", "reel", "reels", "tv"]);
const INSTAGRAM_RESERVED = new Set(["explore", "accounts", "stories", "direct", "about", "developer", "legal"]);
const NUMERIC_ID = /^\d{1,25}$/;
// Facebook piles tracking onto every link (__cft__, mibextid, rdid …); only these query keys name content.
const FACEBOOK_CONTENT_PARAMS = new Set(["id", "v", "fbid", "story_fbid"]);

const result = (canonical: string, account: string | null = null): RuleResult => ({ canonical, account });
const youtubeWatch = (id: string) => result(`https://youtube.com/watch?v=${id}`);

export const youtubeRule: PostRule = ({ host, segments, params }) => {
  const [first, second] = segments;
  if (host === "youtu.be") return first !== undefined && YOUTUBE_ID.test(first) ? youtubeWatch(first) : null;
  if (first !== undefined && YOUTUBE_ID_PATHS.has(first) && second !== undefined && YOUTUBE_ID.test(second)) {
    return youtubeWatch(second);
  }
  const v = params.get("v");
  if (first === "watch" && v !== null && YOUTUBE_ID.test(v)) return youtubeWatch(v);
  return null;
};

// Short links (vm.tiktok.com/…, tiktok.com/t/…) only resolve through TikTok's servers, so they stay as they are.
// Full links keep only the numeric id: the @handle part is ignored by TikTok and embeds carry no handle at all.
export const tiktokRule: PostRule = ({ host, segments }) => {
  const [first, second, third] = segments;
  if (host === "vm.tiktok.com" || host === "vt.tiktok.com" || (host === "tiktok.com" && first === "t")) {
    return segments.length > 0 ? result(`https://${host}/${segments.join("/")}`) : null;
  }
  if (first?.startsWith("@") && (second === "video" || second === "photo") && TIKTOK_ID.test(third ?? "")) {
    return result(`https://tiktok.com/@/video/${third}`, first.slice(1).toLowerCase() || null);
  }
  const embedId = first === "embed" ? (second === "v2" ? third : second) : undefined;
  const mobileId = first === "v" ? second?.replace(/\.html$/, "") : undefined;
  const id = [embedId, mobileId].find((value) => value !== undefined && TIKTOK_ID.test(value));
  if (id !== undefined) return result(`https://tiktok.com/@/video/${id}`);
  if (first?.startsWith("@") && segments.length === 1 && first.length > 1) {
    const account = first.slice(1).toLowerCase();
    return result(`https://tiktok.com/@${account}`, account);
  }
  return null;
};

// Posts and reels share one shortcode namespace, and /p/<code> opens both.
export const instagramRule: PostRule = ({ segments }) => {
  const [first, second, third] = segments;
  if (first !== undefined && INSTAGRAM_POST_KINDS.has(first) && INSTAGRAM_CODE.test(second ?? "")) {
    return result(`https://instagram.com/p/${second}`);
  }
  const isAccount = first !== undefined && /^[A-Za-z0-9._]{1,30}$/.test(first) && !INSTAGRAM_RESERVED.has(first);
  if (isAccount && second !== undefined && INSTAGRAM_POST_KINDS.has(second) && INSTAGRAM_CODE.test(third ?? "")) {
    return result(`https://instagram.com/p/${third}`, first.toLowerCase());
  }
  if (isAccount && segments.length === 1) return result(`https://instagram.com/${first.toLowerCase()}`, first.toLowerCase());
  return null;
};

export const facebookRule: PostRule = ({ host, segments, params }) => {
  const [first, second, third] = segments;
  if (host === "fb.watch") return segments.length > 0 ? result(`https://fb.watch/${segments.join("/")}`) : null;
  const storyFbid = params.get("story_fbid");
  const ownerId = params.get("id");
  if ((first === "story.php" || first === "permalink.php") && storyFbid && ownerId) {
    return result(buildUrl("facebook.com", "", "/story.php", [["id", ownerId], ["story_fbid", storyFbid]]));
  }
  const v = params.get("v");
  if (first === "watch" && v !== null && NUMERIC_ID.test(v)) return result(`https://facebook.com/watch?v=${v}`);
  if (second === "videos") {
    // /<page>/videos/<id> and /<page>/videos/<slug>/<id> are the same video as /watch?v=<id>.
    const id = [...segments.slice(2)].reverse().find((segment) => NUMERIC_ID.test(segment));
    if (id !== undefined && first !== undefined) return result(`https://facebook.com/watch?v=${id}`, first.toLowerCase());
  }
  if (first === "reel" && NUMERIC_ID.test(second ?? "")) return result(`https://facebook.com/reel/${second}`);
  const fbid = params.get("fbid");
  if ((first === "photo.php" || first === "photo") && fbid) return result(buildUrl("facebook.com", "", "/photo.php", [["fbid", fbid]]));
  if (first !== undefined && first !== "groups" && second === "posts" && third !== undefined) {
    return result(`https://facebook.com/${first.toLowerCase()}/posts/${third}`, first.toLowerCase());
  }
  const groupPost = segments[3];
  if (first === "groups" && second !== undefined && (third === "posts" || third === "permalink") && groupPost) {
    return result(`https://facebook.com/groups/${second.toLowerCase()}/posts/${groupPost}`);
  }
  const path = normalisePath(`/${segments.join("/")}`);
  return result(buildUrl(host, "", path, keptParams(params, (name) => !FACEBOOK_CONTENT_PARAMS.has(name))));
};
