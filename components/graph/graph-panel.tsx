import Link from "next/link";
import { ExternalLink } from "@/components/ui/external-link";
import { formatInteger } from "@/lib/format/format";
import { EDGE_KIND_LABELS, NODE_TYPE_LABELS, type GraphEdge, type GraphNode } from "@/lib/graph/types";
import styles from "./graph.module.css";

export interface PanelNeighbour {
  edge: GraphEdge;
  node: GraphNode;
  outgoing: boolean;
}

/** Details of the selected node: what it is, its facts, links (in-app and http(s) only) and its neighbours. */
export function GraphPanel({
  node,
  neighbours,
  onSelect,
  onExpand,
  onClose,
  onUnpin,
}: {
  node: GraphNode;
  neighbours: PanelNeighbour[];
  onSelect: (id: string) => void;
  onExpand: () => void;
  onClose: () => void;
  onUnpin: () => void;
}) {
  const shown = neighbours.slice(0, 50);
  return (
    <aside className={styles.panel} aria-labelledby="graph-panel-title" data-testid="graph-panel">
      <div className={styles.panelHeader}>
        <span className={styles.panelType}>{NODE_TYPE_LABELS[node.type]}</span>
        <button type="button" className="button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </div>
      <h2 id="graph-panel-title" className={styles.panelTitle}>
        {node.label}
      </h2>
      <dl className={styles.facts}>
        <div className={styles.fact}>
          <dt>sightings</dt>
          <dd>{formatInteger(node.sightings)}</dd>
        </div>
        {Object.entries(node.details ?? {}).map(([key, value]) => (
          <div key={key} className={styles.fact}>
            <dt>{key}</dt>
            <dd>{typeof value === "number" ? formatInteger(value) : value}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.panelLinks}>
        {node.href && <Link href={node.href}>Open the {NODE_TYPE_LABELS[node.type].toLowerCase()} page</Link>}
        {node.url && <ExternalLink url={node.url}>{node.url}</ExternalLink>}
      </div>
      <div className={styles.panelActions}>
        <button type="button" className="button" onClick={onExpand}>
          Expand neighbours
        </button>
        <button type="button" className="button" onClick={onUnpin}>
          Release pin
        </button>
      </div>
      <h3 className={styles.panelSubtitle}>
        {neighbours.length} connection{neighbours.length === 1 ? "" : "s"}
      </h3>
      <ul className={styles.neighbours}>
        {shown.map(({ edge, node: other, outgoing }) => (
          <li key={edge.id}>
            <span className="faint">
              {outgoing ? EDGE_KIND_LABELS[edge.kind] : `← ${EDGE_KIND_LABELS[edge.kind]}`}
              {edge.status === "suggested" ? ` (suggested, ${Math.round(edge.confidence * 100)} %)` : ""}
            </span>{" "}
            <button type="button" className={styles.linkButton} onClick={() => onSelect(other.id)}>
              {other.label}
            </button>
          </li>
        ))}
      </ul>
      {neighbours.length > shown.length && <p className="faint">and {neighbours.length - shown.length} more (see the table view)</p>}
    </aside>
  );
}
