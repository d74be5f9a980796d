import { ExternalLink } from "@/components/ui/external-link";
import { formatDateTime, platformName } from "@/lib/format/format";
import type { ItemDetail } from "@/lib/items/get-item";
import styles from "./sighting-variants.module.css";

type Sighting = ItemDetail["sightings"][number];
const hasVariant = (s: Sighting) => Boolean(s.title || s.text || s.archiveUrl || s.notes);

/**
 * What each sighting kept of its source when it landed on this item: the claim as written there, its own archive
 * copy, its notes and the URL as seen — nothing a merge brought in is hidden. Text is shown as text, and only
 * http(s) addresses become links (ExternalLink).
 */
export function SightingVariants({ sightings }: { sightings: ItemDetail["sightings"] }) {
  const withVariants = sightings.filter(hasVariant);
  if (!withVariants.length) return null;
  return (
    <section className="panel" aria-labelledby="variants">
      <div className="panel-header">
        <h2 id="variants">As seen per sighting</h2>
        <span className="panel-note">{withVariants.length} with their own wording, archive or notes</span>
      </div>
      <ol className={`panel-body ${styles.list}`}>
        {withVariants.map((s) => (
          <li key={s.id} className={styles.variant}>
            <p className={styles.meta}>
              {formatDateTime(s.observedAt)}
              {s.platform && ` · ${platformName(s.platform, s.platformRaw)}`}
              {s.url && (
                <>
                  {" · "}
                  <ExternalLink url={s.url}>{s.url}</ExternalLink>
                </>
              )}
            </p>
            {s.title && (
              <p>
                <span className={styles.label}>Title as written here</span> {s.title}
              </p>
            )}
            {s.text && (
              <blockquote className={styles.claim}>
                <span className={styles.label}>Claim as written here</span>
                <span className={styles.text}>{s.text}</span>
              </blockquote>
            )}
            {s.archiveUrl && (
              <p>
                <span className={styles.label}>Archive</span> <ExternalLink url={s.archiveUrl} />
              </p>
            )}
            {s.notes && (
              <p className={styles.text}>
                <span className={styles.label}>Notes</span> {s.notes}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
