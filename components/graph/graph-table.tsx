import { formatInteger } from "@/lib/format/format";
import { EDGE_KIND_LABELS, NODE_TYPE_LABELS, type GraphData } from "@/lib/graph/types";
import styles from "./graph.module.css";

const MAX_ROWS = 500;

/** The same nodes and edges as the drawing, as tables: readable with a screen reader, and every node reachable by Tab. */
export function GraphTable({ graph, degree, onSelect }: { graph: GraphData; degree: number[]; onSelect: (id: string) => void }) {
  const label = new Map(graph.nodes.map((n) => [n.id, n.label]));
  const nodes = graph.nodes.map((node, i) => ({ node, degree: degree[i] ?? 0 })).sort((a, b) => b.node.sightings - a.node.sightings || b.degree - a.degree);
  const edges = graph.edges.slice(0, MAX_ROWS);
  return (
    <div className={styles.tables} data-testid="graph-table">
      <section aria-labelledby="graph-nodes-title">
        <h2 id="graph-nodes-title" className={styles.tableTitle}>
          Nodes ({formatInteger(graph.nodes.length)}
          {graph.nodes.length > MAX_ROWS ? `, the ${MAX_ROWS} most sighted shown` : ""})
        </h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Type</th>
                <th scope="col" className="num">Sightings</th>
                <th scope="col" className="num">Connections</th>
              </tr>
            </thead>
            <tbody>
              {nodes.slice(0, MAX_ROWS).map(({ node, degree: d }) => (
                <tr key={node.id} data-node-id={node.id}>
                  <td className={styles.nameCell}>
                    <button type="button" className={styles.linkButton} onClick={() => onSelect(node.id)}>
                      {node.label}
                    </button>
                  </td>
                  <td>{NODE_TYPE_LABELS[node.type]}</td>
                  <td className="num">{formatInteger(node.sightings)}</td>
                  <td className="num">{formatInteger(d)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="graph-edges-title">
        <h2 id="graph-edges-title" className={styles.tableTitle}>
          Edges ({formatInteger(graph.edges.length)}
          {graph.edges.length > MAX_ROWS ? `, the first ${MAX_ROWS} shown` : ""})
        </h2>
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">Relation</th>
                <th scope="col">To</th>
                <th scope="col">Status</th>
                <th scope="col" className="num">Confidence</th>
              </tr>
            </thead>
            <tbody>
              {edges.map((edge) => (
                <tr key={edge.id} data-edge-kind={edge.kind} data-source={edge.source} data-target={edge.target}>
                  <td className={styles.nameCell}>{label.get(edge.source)}</td>
                  <td>{EDGE_KIND_LABELS[edge.kind]}</td>
                  <td className={styles.nameCell}>{label.get(edge.target)}</td>
                  <td>{edge.status}</td>
                  <td className="num">{edge.confidence.toFixed(2)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
