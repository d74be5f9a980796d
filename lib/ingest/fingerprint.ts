import { lshBandKeys, minhashSignature } from "../text/minhash";
import { canonicaliseUrl, type CanonicalUrl } from "../urls/canonical-url";

/** The text a near-duplicate check compares: the body when there is one, with the title in front. */
export function fingerprintSource(title?: string | null, text?: string | null): string {
  return [title, text].filter(Boolean).join("\n");
}

export interface TextFingerprint {
  minhash: number[];
  bands: number[];
}

export function textFingerprint(title?: string | null, text?: string | null): TextFingerprint {
  const minhash = minhashSignature(fingerprintSource(title, text));
  return { minhash, bands: lshBandKeys(minhash) };
}

/** Canonical form of an optional URL; throws UrlError (the caller names the field). */
export function canonicalOrNull(url: string | undefined | null): CanonicalUrl | null {
  return url ? canonicaliseUrl(url) : null;
}
