import { isPlatformCode, PLATFORM_LABELS } from "../codes/platforms";
const integer = new Intl.NumberFormat("en-GB");
const compact = new Intl.NumberFormat("en-GB", { notation: "compact", maximumFractionDigits: 1 });
// Dates in UTC: sightings are compared across countries; a reader's local zone would shift them between days.
const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const dayTime = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

export const formatInteger = (n: number) => integer.format(n);
export const formatCompact = (n: number) => compact.format(n);
/** An estimate shown with the precision it has: 99,862 → "99,900". */
export const formatEstimate = (n: number) => integer.format(Number(n.toPrecision(3)));

export function formatDay(iso: string | null | undefined): string {
  return iso ? day.format(new Date(iso)) : "—";
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? `${dayTime.format(new Date(iso))} UTC` : "—";
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "face_swap" → "Face swap". */
export function humanize(value: string): string {
  const words = value.replace(/_/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Only http(s) URLs may become links; anything else (javascript:, data:) is shown as text. */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "tiktok" → "TikTok" from the one platform vocabulary; "other" with its raw name → "Other (Some Forum)". */
export function platformName(platform: string, raw?: string | null): string {
  const label = isPlatformCode(platform) ? PLATFORM_LABELS[platform] : platform;
  return platform === "other" && raw ? `${label} (${raw})` : label;
}
