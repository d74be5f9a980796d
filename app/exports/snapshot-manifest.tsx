import { FORMAT_INFO } from "@/lib/exports/format-info";
import type { SnapshotView } from "@/lib/exports/snapshots";
import { formatBytes, formatDateTime, formatInteger } from "@/lib/format/format";
import styles from "./exports.module.css";

/** A saved snapshot: its id to cite, its filter and time, and every file with rows, size and SHA-256. */
export function SnapshotManifest({ snapshot }: { snapshot: SnapshotView }) {
  const { manifest } = snapshot;
  const filter = Object.entries(manifest.filter);
  return (
    <div className={styles.snapshot} role="status" aria-label="Snapshot saved">
      <p>
        Snapshot <code className={styles.snapshotId}>{snapshot.id}</code> saved: {FORMAT_INFO[snapshot.format].label}, {formatInteger(manifest.items)} items,{" "}
        {formatDateTime(snapshot.createdAt)}. {filter.length ? `Filter: ${filter.map(([k, v]) => `${k} ${v}`).join(", ")}.` : "No filter (all data)."}
      </p>
      <div className="table-wrap">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col" className="num">Rows</th>
              <th scope="col" className="num">Size</th>
              <th scope="col">SHA-256</th>
            </tr>
          </thead>
          <tbody>
            {manifest.files.map((file) => (
              <tr key={file.name}>
                <td className="nowrap">{file.name}</td>
                <td className="num">{formatInteger(file.rows)}</td>
                <td className="num nowrap">{formatBytes(file.bytes)}</td>
                <td>
                  <code className={styles.hash}>{file.sha256}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a className="button" href={`/api/exports/snapshots/${snapshot.id}/download`} download>
          Download snapshot
        </a>
      </p>
    </div>
  );
}
