import { humanize } from "@/lib/format/format";
import styles from "./campaign-status-badge.module.css";

/** Active campaigns stand out; dormant and concluded ones recede. */
export function CampaignStatusBadge({ status }: { status: string }) {
  return <span className={`badge ${styles[status] ?? ""}`}>{humanize(status)}</span>;
}
