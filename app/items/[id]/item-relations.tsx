import Link from "next/link";
import type { ReactNode } from "react";
import { formatBytes, formatDay, humanize } from "@/lib/format/format";
import type { ItemDetail } from "@/lib/items/get-item";
import { ExternalLink } from "@/components/ui/external-link";
import styles from "./item.module.css";

function Panel({ id, title, children, empty }: { id: string; title: string; children: ReactNode; empty: boolean }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <div className="panel-header">
        <h2 id={id}>{title}</h2>
      </div>
      <div className="panel-body">{empty ? <p className="muted">None recorded.</p> : children}</div>
    </section>
  );
}

/** The item's links: campaigns (with confidence and reasons), parties, DISARM techniques, narratives, sources, files. */
export function ItemRelations({ item }: { item: ItemDetail }) {
  const parties = [
    ...item.persons.map((p) => ({ key: `p-${p.id}-${p.role}`, name: p.name, detail: p.description, role: p.role })),
    ...item.organizations.map((o) => ({ key: `o-${o.id}-${o.role}`, name: o.name, detail: humanize(o.kind), role: o.role })),
  ];
  return (
    <aside className={styles.sideColumn} aria-label="Links">
      <Panel id="campaigns" title="Campaigns" empty={item.campaigns.length === 0}>
        <ul className={styles.linkList}>
          {item.campaigns.map((c) => (
            <li key={c.slug}>
              <div className={styles.linkHead}>
                <Link href={`/items?campaign=${encodeURIComponent(c.slug)}`}>{c.name}</Link>
                <span className={`badge ${c.status === "confirmed" ? "verdict-authentic" : "badge-neutral"}`}>
                  {humanize(c.status)}
                </span>
              </div>
              <div className="muted">
                Confidence {Math.round(c.confidence * 100)}% · campaign {c.campaignStatus}
              </div>
              {c.reasons.length > 0 && (
                <ul className={styles.reasons}>
                  {c.reasons.map((r, i) => (
                    <li key={i}>
                      {r.signal && <code>{r.signal}</code>} {r.detail}
                    </li>
                  ))}
                </ul>
              )}
              {c.evidence && <div className="muted">Evidence: {c.evidence}</div>}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel id="parties" title="People and organisations" empty={parties.length === 0}>
        <ul className={styles.linkList}>
          {parties.map((p) => (
            <li key={p.key}>
              <div className={styles.linkHead}>
                <strong>{p.name}</strong>
                <span className={`badge ${p.role === "impersonated" ? "verdict-false" : "badge-neutral"}`}>{humanize(p.role)}</span>
              </div>
              {p.detail && <div className="muted">{p.detail}</div>}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel id="techniques" title="DISARM techniques" empty={item.techniques.length === 0}>
        <ul className={styles.plainList}>
          {item.techniques.map((t) => (
            <li key={t.id}>
              <code>{t.id}</code> {t.name}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel id="narratives" title="Narratives" empty={item.narratives.length === 0}>
        <ul className={styles.plainList}>
          {item.narratives.map((n) => (
            <li key={n.id}>
              <strong>{n.title}</strong>
              {n.claim && <div className="muted">{n.claim}</div>}
            </li>
          ))}
        </ul>
      </Panel>

      <Panel id="sources" title="Sources" empty={item.sources.length === 0}>
        <ul className={styles.plainList}>
          {item.sources.map((s) => (
            <li key={s.id}>
              <ExternalLink url={s.url}>{s.title}</ExternalLink>
              {!s.url && s.title}
              <div className="muted">
                {[s.publisher, humanize(s.kind), s.publishedAt ? formatDay(s.publishedAt) : null].filter(Boolean).join(" · ")}
              </div>
            </li>
          ))}
        </ul>
      </Panel>

      <Panel id="evidence" title="Evidence files" empty={item.evidence.length === 0}>
        <ul className={styles.plainList}>
          {item.evidence.map((e) => (
            <li key={e.id}>
              {/* Same-origin download: served as an attachment with the sniffed type and nosniff. */}
              <a href={`/api/evidence/${e.id}`} download className="break">
                <strong>{e.originalName ?? "Unnamed file"}</strong>
              </a>
              <div className="muted">
                {e.mimeType} · {formatBytes(e.sizeBytes)}
              </div>
              <div>
                SHA-256 <code className="break">{e.sha256}</code>
              </div>
            </li>
          ))}
        </ul>
      </Panel>
    </aside>
  );
}
