import { humanize } from "@/lib/format/format";

const KNOWN = new Set(["false", "misleading", "manipulated", "synthetic", "misattributed", "satire", "authentic", "unverified"]);

export function VerdictBadge({ verdict }: { verdict: string }) {
  const tone = KNOWN.has(verdict) ? `verdict-${verdict}` : "badge-neutral";
  return <span className={`badge ${tone}`}>{humanize(verdict)}</span>;
}
