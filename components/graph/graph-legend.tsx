import { NODE_TYPE_COLOURS, NO_CAMPAIGN_COLOUR, type ColourMode } from "@/lib/graph/palette";
import { NODE_TYPE_LABELS, type GraphNodeType } from "@/lib/graph/types";
import styles from "./graph.module.css";

/** What the colours and line styles mean, for the current colour mode. */
export function GraphLegend({ mode, types, campaigns }: { mode: ColourMode; types: GraphNodeType[]; campaigns: { label: string; colour: string }[] }) {
  const entries =
    mode === "type"
      ? types.map((t) => ({ label: NODE_TYPE_LABELS[t], colour: NODE_TYPE_COLOURS[t] }))
      : [...campaigns.slice(0, 12), { label: "No campaign", colour: NO_CAMPAIGN_COLOUR }];
  return (
    <div className={styles.legend} aria-label="Legend">
      <ul className={styles.legendList}>
        {entries.map((e) => (
          <li key={e.label}>
            <span className={styles.swatch} style={{ background: e.colour }} aria-hidden="true" />
            {e.label}
          </li>
        ))}
        {mode === "campaign" && campaigns.length > 12 && <li className="faint">+{campaigns.length - 12} more campaigns</li>}
      </ul>
      <ul className={styles.legendList}>
        <li>
          <span className={styles.lineSolid} aria-hidden="true" /> confirmed link
        </li>
        <li>
          <span className={styles.lineDashed} aria-hidden="true" /> suggested link
        </li>
        <li className="faint">size: sightings</li>
      </ul>
    </div>
  );
}
