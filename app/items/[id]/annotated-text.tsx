import { Fragment } from "react";
import { highlightAnnotations } from "@/lib/items/highlight-annotations";
import type { ItemDetail } from "@/lib/items/get-item";
import styles from "./item.module.css";
import { RemoveAnnotation } from "./remove-annotation";

type Annotation = ItemDetail["annotations"][number];

/**
 * The item's text with language-marker annotations as <mark> spans. Text goes into React text nodes only — a
 * transcript full of markup stays inert. Each annotation gets a number shown after its span and in the legend,
 * where writers (`removable`) can remove it.
 */
export function AnnotatedText({ text, annotations, removable }: { text: string; annotations: Annotation[]; removable?: { itemId: string } }) {
  const { segments, unplaced } = highlightAnnotations(text, annotations);
  const number = new Map(annotations.map((a, i) => [a.id, i + 1]));
  const byId = new Map(annotations.map((a) => [a.id, a]));
  const lastSegment = new Map<string, number>();
  segments.forEach((s, i) => s.annotationIds.forEach((id) => lastSegment.set(id, i)));
  return (
    <>
      <p className={styles.text}>
        {segments.map((segment, i) => {
          if (!segment.annotationIds.length) return <Fragment key={i}>{segment.text}</Fragment>;
          const names = segment.annotationIds.map((id) => byId.get(id)!.marker.name);
          const ending = segment.annotationIds.filter((id) => lastSegment.get(id) === i);
          return (
            <Fragment key={i}>
              <mark
                className={segment.annotationIds.length > 1 ? styles.markOverlap : styles.mark}
                title={[...new Set(names)].join(" + ")}
              >
                {segment.text}
              </mark>
              {ending.map((id) => (
                <sup key={id} className={styles.markRef}>
                  <a href={`#annotation-${id}`} aria-label={`Annotation ${number.get(id)}: ${byId.get(id)!.marker.name}`}>
                    {number.get(id)}
                  </a>
                </sup>
              ))}
            </Fragment>
          );
        })}
      </p>
      {annotations.length > 0 && (
        <ol className={styles.legend} aria-label="Language markers">
          {annotations.map((a) => (
            <li key={a.id} id={`annotation-${a.id}`}>
              <span className={styles.legendNumber}>{number.get(a.id)}</span>
              <div className={styles.legendBody}>
                <strong>{a.marker.name}</strong>
                {unplaced.includes(a.id) && <span className="badge badge-neutral"> quote not found in the text</span>}
                <div className={styles.quote}>“{a.quote}”</div>
                {a.note && <div className="muted">{a.note}</div>}
              </div>
              {removable && (
                <div className={styles.legendAction}>
                  <RemoveAnnotation itemId={removable.itemId} annotationId={a.id} label={`${number.get(a.id)}: ${a.marker.name}`} />
                </div>
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
