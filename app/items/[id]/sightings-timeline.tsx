"use client";

import { useState } from "react";
import { countryName } from "@/lib/format/codes";
import { formatInteger, platformName } from "@/lib/format/format";
import type { ItemDetail } from "@/lib/items/get-item";
import { SightingEditForm } from "./sighting-edit-form";
import styles from "./item-edit.module.css";

type Sighting = ItemDetail["sightings"][number];

/** Sightings grouped by UTC day, oldest first. */
export function groupByDay(sightings: Sighting[]): { day: string; sightings: Sighting[] }[] {
  const days = new Map<string, Sighting[]>();
  for (const s of sightings) {
    const day = s.observedAt.slice(0, 10);
    days.set(day, [...(days.get(day) ?? []), s]);
  }
  return [...days.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([day, list]) => ({ day, sightings: list }));
}

const dayLabel = (day: string) => new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
const timeLabel = (iso: string) => new Date(iso).toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export function SightingsTimeline({ itemId, sightings, canWrite }: { itemId: string; sightings: Sighting[]; canWrite: boolean }) {
  const [editing, setEditing] = useState<string | null>(null);
  const groups = groupByDay(sightings);
  // The bar is the day's reach (views) against the biggest day: spread reads at a glance, counts stay as numbers.
  const viewsOf = (list: Sighting[]) => list.reduce((n, s) => n + (s.views ?? 0), 0);
  const busiest = Math.max(1, ...groups.map((g) => viewsOf(g.sightings)));
  return (
    <section className="panel" aria-labelledby="timeline">
      <div className="panel-header">
        <h2 id="timeline">Timeline</h2>
        <span className="panel-note">{groups.length} day{groups.length === 1 ? "" : "s"} with sightings, UTC</span>
      </div>
      {groups.length === 0 ? (
        <p className="panel-body muted">No sightings recorded.</p>
      ) : (
        <ol className={styles.timeline} aria-label="Sightings by day">
          {groups.map(({ day, sightings: list }) => (
            <li key={day} className={styles.day}>
              <div className={styles.dayHead}>
                <time dateTime={day}>{dayLabel(day)}</time>
                <span className={styles.barTrack} title={`${formatInteger(viewsOf(list))} views`} aria-hidden>
                  <span className={styles.bar} style={{ width: `${(viewsOf(list) / busiest) * 100}%` }} />
                </span>
                <span className="muted">
                  {list.length} sighting{list.length === 1 ? "" : "s"}
                </span>
              </div>
              <ul className={styles.dayList}>
                {list.map((s) => (
                  <li key={s.id} className={styles.sighting}>
                    <span className={styles.time}>{timeLabel(s.observedAt)}</span>
                    <span>{s.platform ? platformName(s.platform) : "Unknown platform"}</span>
                    {s.audienceCountry && <abbr title={countryName(s.audienceCountry)} className="chip">{s.audienceCountry}</abbr>}
                    {s.account && <span className="muted">@{s.account.handle}</span>}
                    {s.views !== null && <span className="muted">{formatInteger(s.views)} views</span>}
                    {canWrite && editing !== s.id && (
                      <button type="button" className={styles.small} aria-label={`Edit sighting of ${timeLabel(s.observedAt)} ${dayLabel(day)}`} onClick={() => setEditing(s.id)}>
                        Edit
                      </button>
                    )}
                    {editing === s.id && <SightingEditForm itemId={itemId} sighting={s} onDone={() => setEditing(null)} />}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
