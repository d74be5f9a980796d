import { describe, expect, it } from "vitest";
import { canonicaliseUrl, type Platform } from "./canonical-url";

// [input, canonical, platform, account]
type Case = readonly [string, string, Platform, string | null];

const YOUTUBE = "https://youtube.com/watch?v=dQw4w9WgXcQ";
const PLATFORM_CASES: readonly Case[] = [
  ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", YOUTUBE, "youtube", null],
  ["https://youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=42s&si=abc", YOUTUBE, "youtube", null],
  ["https://m.youtube.com/watch?v=dQw4w9WgXcQ&list=PL1", YOUTUBE, "youtube", null],
  ["youtu.be/dQw4w9WgXcQ?si=xyz", YOUTUBE, "youtube", null],
  ["https://www.youtube.com/shorts/dQw4w9WgXcQ?feature=share", YOUTUBE, "youtube", null],
  ["https://www.youtube.com/embed/dQw4w9WgXcQ?start=10", YOUTUBE, "youtube", null],
  ["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ", YOUTUBE, "youtube", null],
  ["https://www.youtube.com/live/dQw4w9WgXcQ", YOUTUBE, "youtube", null],
  ["https://music.youtube.com/watch?v=dQw4w9WgXcQ", YOUTUBE, "youtube", null],
  ["https://www.youtube.com/@SomeChannel/videos?si=abc", "https://youtube.com/@SomeChannel/videos", "youtube", null],
  ["https://www.youtube.com/playlist?list=PLabc&si=x", "https://youtube.com/playlist?list=PLabc", "youtube", null],
  ["https://twitter.com/Jack/status/20", "https://x.com/i/status/20", "x", "jack"],
  ["https://x.com/jack/status/20?s=20&t=abc", "https://x.com/i/status/20", "x", "jack"],
  ["https://mobile.twitter.com/jack/status/20", "https://x.com/i/status/20", "x", "jack"],
  ["https://fxtwitter.com/jack/status/20/photo/1", "https://x.com/i/status/20", "x", "jack"],
  ["https://vxtwitter.com/jack/status/20", "https://x.com/i/status/20", "x", "jack"],
  ["https://twitter.com/i/web/status/20", "https://x.com/i/status/20", "x", null],
  ["https://x.com/i/status/20", "https://x.com/i/status/20", "x", null],
  ["https://twitter.com/jack/statuses/20", "https://x.com/i/status/20", "x", "jack"],
  ["https://www.twitter.com/Jack", "https://x.com/jack", "x", "jack"],
  ["https://x.com/search?q=%23fake&src=typed_query", "https://x.com/search?q=%23fake", "x", null],
  ["https://t.me/rybar/123", "https://t.me/rybar/123", "telegram", "rybar"],
  ["https://t.me/s/rybar/123", "https://t.me/rybar/123", "telegram", "rybar"],
  ["https://telegram.me/Rybar/123?single", "https://t.me/rybar/123", "telegram", "rybar"],
  ["https://telegram.dog/rybar/123", "https://t.me/rybar/123", "telegram", "rybar"],
  ["https://t.me/rybar", "https://t.me/rybar", "telegram", "rybar"],
  ["https://t.me/s/rybar", "https://t.me/rybar", "telegram", "rybar"],
  ["https://t.me/c/1234567890/55", "https://t.me/c/1234567890/55", "telegram", null],
  ["https://t.me/joinchat/AbCdEf", "https://t.me/joinchat/AbCdEf", "telegram", null],
  ["https://www.tiktok.com/@some.user/video/7234567890123456789?is_from_webapp=1&sender_device=pc", "https://tiktok.com/@/video/7234567890123456789", "tiktok", "some.user"],
  ["https://m.tiktok.com/v/7234567890123456789.html", "https://tiktok.com/@/video/7234567890123456789", "tiktok", null],
  ["https://www.tiktok.com/embed/v2/7234567890123456789", "https://tiktok.com/@/video/7234567890123456789", "tiktok", null],
  ["https://vm.tiktok.com/ZMabc123/", "https://vm.tiktok.com/ZMabc123", "tiktok", null],
  ["https://www.tiktok.com/t/ZTabc123/", "https://tiktok.com/t/ZTabc123", "tiktok", null],
  ["https://www.tiktok.com/@Some.User", "https://tiktok.com/@some.user", "tiktok", "some.user"],
  ["https://www.facebook.com/story.php?story_fbid=123&id=456&__cft__[0]=abc&__tn__=R", "https://facebook.com/story.php?id=456&story_fbid=123", "facebook", null],
  ["https://m.facebook.com/permalink.php?id=456&story_fbid=123&mibextid=xyz", "https://facebook.com/story.php?id=456&story_fbid=123", "facebook", null],
  ["https://www.facebook.com/watch/?v=987654321&ref=sharing", "https://facebook.com/watch?v=987654321", "facebook", null],
  ["https://www.facebook.com/SomePage/videos/987654321/", "https://facebook.com/watch?v=987654321", "facebook", "somepage"],
  ["https://web.facebook.com/SomePage/posts/pfbid0abc?rdid=1", "https://facebook.com/somepage/posts/pfbid0abc", "facebook", "somepage"],
  ["https://www.facebook.com/reel/112233", "https://facebook.com/reel/112233", "facebook", null],
  ["https://www.facebook.com/photo/?fbid=42&set=a.1", "https://facebook.com/photo.php?fbid=42", "facebook", null],
  ["https://www.facebook.com/groups/Foo/permalink/77/", "https://facebook.com/groups/foo/posts/77", "facebook", null],
  ["https://fb.watch/abcDEF/?mibextid=1", "https://fb.watch/abcDEF", "facebook", null],
  ["https://www.facebook.com/profile.php?id=100&sk=photos", "https://facebook.com/profile.php?id=100", "facebook", null],
  ["https://www.instagram.com/p/CxYz123AbC/?igsh=abc", "https://instagram.com/p/CxYz123AbC", "instagram", null],
  ["https://www.instagram.com/reel/CxYz123AbC/?utm_source=ig_web_copy_link", "https://instagram.com/p/CxYz123AbC", "instagram", null],
  ["https://instagram.com/Some.User/p/CxYz123AbC", "https://instagram.com/p/CxYz123AbC", "instagram", "some.user"],
  ["https://bsky.app/profile/Someone.bsky.social/post/3kabc2xyz", "https://bsky.app/profile/someone.bsky.social/post/3kabc2xyz", "bluesky", "someone.bsky.social"],
  ["https://bsky.app/profile/did:plc:abc123/post/3kabc2xyz", "https://bsky.app/profile/did:plc:abc123/post/3kabc2xyz", "bluesky", "did:plc:abc123"],
  ["https://vk.com/wall-123_456", "https://vk.com/wall-123_456", "vk", null],
  ["https://m.vk.com/wall-123_456?from=feed", "https://vk.com/wall-123_456", "vk", null],
  ["https://vk.com/somegroup?w=wall-123_456", "https://vk.com/wall-123_456", "vk", null],
  ["https://vk.ru/video-1_2", "https://vk.com/video-1_2", "vk", null],
  ["https://rumble.com/v4abcd-some-title.html?mref=x&mc=1", "https://rumble.com/v4abcd-some-title.html", "rumble", null],
];

describe("canonicaliseUrl — platform forms", () => {
  it.each(PLATFORM_CASES)("%s → %s", (input, canonical, platform, account) => {
    const result = canonicaliseUrl(input);
    expect(result.canonical).toBe(canonical);
    expect(result.platform).toBe(platform);
    expect(result.account).toBe(account);
    expect(result.host).toBe(new URL(canonical).hostname);
  });

  it("is idempotent on its own output", () => {
    for (const [input] of PLATFORM_CASES) {
      const once = canonicaliseUrl(input).canonical;
      expect(canonicaliseUrl(once).canonical).toBe(once);
    }
  });

  it("keeps distinct posts distinct", () => {
    const ids = ["https://x.com/a/status/1", "https://x.com/a/status/2", "https://t.me/a_channel/1", "https://t.me/b_channel/1"];
    expect(new Set(ids.map((id) => canonicaliseUrl(id).canonical)).size).toBe(ids.length);
  });
});
