"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { ErrorState } from "@/components/ui/states";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import { countryName, languageNames } from "@/lib/format/codes";
import { formatDateTime, formatDay, formatInteger, humanize, platformName } from "@/lib/format/format";
import { itemQueries } from "@/lib/items/query-options";
import { AnnotatedText } from "./annotated-text";
import { AnnotationEditor } from "./annotation-editor";
import { ExternalLink } from "@/components/ui/external-link";
import { ItemSuggestions } from "@/components/suggestions/item-suggestions";
import { ItemAdminBar } from "./item-admin-bar";
import { ItemEditForm } from "./item-edit-form";
import { ItemHistory } from "./item-history";
import { ItemRelations } from "./item-relations";
import { LoggedNotice } from "./logged-notice";
import { SightingVariants } from "./sighting-variants";
import { SightingsTable } from "./sightings-table";
import { SightingsTimeline } from "./sightings-timeline";
import styles from "./item.module.css";

export function ItemView({ id, canWrite = false, canModerate = false }: { id: string; canWrite?: boolean; canModerate?: boolean }) {
  const { data: item, error } = useQuery(itemQueries.detail(id));
  const [editing, setEditing] = useState(false);
  const [annotating, setAnnotating] = useState(false);
  if (error) return <div className="page"><ErrorState error={error} /></div>;
  if (!item) return null;
  const title = item.title ?? `Untitled ${item.kind}`;
  const canAnnotate = canWrite && !item.deletedAt && Boolean(item.text);
  return (
    <div className="page">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="eyebrow">
          <Link href="/items">Items</Link> / {humanize(item.kind)}
          {item.platform ? ` on ${platformName(item.platform)}` : ""}
        </nav>
        <h1 className={styles.title}>{title}</h1>
        <div className={styles.headline}>
          <VerdictBadge verdict={item.verdict} />
          {item.manipulations.map((m) => (
            <span key={m} className="chip">
              {humanize(m)}
            </span>
          ))}
          <span className="muted">
            {formatInteger(item.sightingTotal)} sighting{item.sightingTotal === 1 ? "" : "s"} · first seen{" "}
            {formatDay(item.firstSeenAt)} · last seen {formatDay(item.lastSeenAt)}
          </span>
        </div>
      </header>
      <LoggedNotice />
      {!item.deletedAt && <ItemSuggestions itemId={item.id} canWrite={canWrite} />}
      <ItemAdminBar item={item} canWrite={canWrite && !item.deletedAt} canModerate={canModerate} onEdit={() => setEditing(true)} />
      {editing && !item.deletedAt && <ItemEditForm key={item.version} item={item} onDone={() => setEditing(false)} />}

      <div className={styles.layout}>
        <div className={styles.mainColumn}>
          <section className="panel" aria-labelledby="facts">
            <div className="panel-header">
              <h2 id="facts">Facts</h2>
            </div>
            <div className="panel-body">
              <dl className="key-values">
                <dt>Kind</dt>
                <dd>{humanize(item.kind)}</dd>
                <dt>Verdict</dt>
                <dd>
                  <VerdictBadge verdict={item.verdict} />
                </dd>
                <dt>Platform</dt>
                <dd>{item.platform ? platformName(item.platform, item.platformRaw) : "—"}</dd>
                <dt>{item.languages.length > 1 ? "Languages" : "Language"}</dt>
                <dd>
                  {item.languages.length ? <>{languageNames(item.languages)} <code>{item.languages.join(", ")}</code></> : "—"}
                  {item.languagesDetected && <span className="badge" title="Detected from the text, not confirmed by a person"> detected</span>}
                </dd>
                <dt>Published</dt>
                <dd>{formatDateTime(item.publishedAt)}</dd>
                <dt>Canonical URL</dt>
                <dd>
                  <ExternalLink url={item.canonicalUrl} />
                </dd>
                {item.originalUrl && item.originalUrl !== item.canonicalUrl && (
                  <>
                    <dt>Original URL</dt>
                    <dd>
                      <ExternalLink url={item.originalUrl} />
                    </dd>
                  </>
                )}
                <dt>Archive</dt>
                <dd>
                  <ExternalLink url={item.archiveUrl} />
                </dd>
                <dt>Target countries</dt>
                <dd>
                  {item.targetCountries.length
                    ? item.targetCountries.map((c) => `${countryName(c)} (${c})`).join(", ")
                    : "—"}
                </dd>
                <dt>Manipulations</dt>
                <dd>{item.manipulations.length ? item.manipulations.map(humanize).join(", ") : "—"}</dd>
                {Object.keys(item.rawValues).length > 0 && (
                  <>
                    <dt>Kept as written</dt>
                    <dd data-testid="kept-as-written">
                      {/* Imported values that did not read; shown as text, never as links. */}
                      {Object.entries(item.rawValues).map(([column, values]) => (
                        <div key={column}>
                          <span className="mono">{column}</span>: {values.join(" · ")}
                        </div>
                      ))}
                    </dd>
                  </>
                )}
                {item.fileSha256 && (
                  <>
                    <dt>File SHA-256</dt>
                    <dd>
                      <code className="break">{item.fileSha256}</code>
                    </dd>
                  </>
                )}
              </dl>
            </div>
          </section>

          <section className="panel" aria-labelledby="text">
            <div className="panel-header">
              <h2 id="text">{item.kind === "video" || item.kind === "audio" ? "Transcript" : "Text"}</h2>
              {item.annotations.length > 0 && (
                <span className="panel-note">
                  {item.annotations.length} language marker{item.annotations.length === 1 ? "" : "s"} highlighted
                </span>
              )}
              {canAnnotate && !annotating && (
                <button type="button" className="button" onClick={() => setAnnotating(true)}>
                  Annotate text
                </button>
              )}
            </div>
            <div className="panel-body">
              {item.text ? (
                <>
                  <AnnotatedText text={item.text} annotations={item.annotations} removable={canAnnotate ? { itemId: item.id } : undefined} />
                  {canAnnotate && annotating && <AnnotationEditor itemId={item.id} text={item.text} onClose={() => setAnnotating(false)} />}
                </>
              ) : (
                <p className="muted">No text or transcript recorded.</p>
              )}
            </div>
          </section>
        </div>
        <ItemRelations item={item} />
      </div>
      <SightingsTimeline itemId={item.id} sightings={item.sightings} canWrite={canWrite && !item.deletedAt} />
      <SightingsTable sightings={item.sightings} total={item.sightingTotal} />
      <SightingVariants sightings={item.sightings} />
      <ItemHistory itemId={item.id} />
    </div>
  );
}
