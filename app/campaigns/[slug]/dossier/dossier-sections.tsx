import Link from "next/link";
import { ExternalLink } from "@/components/ui/external-link";
import { VerdictBadge } from "@/components/ui/verdict-badge";
import type { CampaignDossier } from "@/lib/dossier/get-campaign-dossier";
import type { DossierConnection } from "@/lib/dossier/get-dossier-connections";
import type { DossierItem } from "@/lib/dossier/get-dossier-items";
import type { DossierParty } from "@/lib/dossier/get-dossier-parties";
import { countryName, languageNames } from "@/lib/format/codes";
import { formatDay, formatInteger, humanize, platformName } from "@/lib/format/format";
import styles from "./dossier.module.css";

const plural = (n: number, word: string) => `${formatInteger(n)} ${word}${n === 1 ? "" : "s"}`;
const None = ({ children }: { children: string }) => <p className="muted">{children}</p>;

export function DossierParties({ parties }: { parties: DossierParty[] }) {
  if (parties.length === 0) return <None>No impersonated or targeted persons or outlets recorded.</None>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col">Role</th>
            <th scope="col" className="num">Items</th>
            <th scope="col">About</th>
          </tr>
        </thead>
        <tbody>
          {parties.map((p) => (
            <tr key={`${p.id}:${p.role}`}>
              <td className={styles.name}>{p.url ? <ExternalLink url={p.url}>{p.name}</ExternalLink> : p.name}</td>
              <td>{p.kind === "person" ? "Person" : "Organisation"}</td>
              <td>{humanize(p.role)}</td>
              <td className="num">{formatInteger(p.items)}</td>
              <td className={styles.about}>{p.detail ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Tactic × technique matrix: one column per tactic (in kill-chain order), the techniques used under it. */
export function DossierMatrix({ tactics }: { tactics: CampaignDossier["techniques"]["tactics"] }) {
  if (tactics.length === 0) return <None>No DISARM techniques tagged.</None>;
  return (
    <div className={styles.matrix} role="table" aria-label="DISARM tactics and techniques">
      {tactics.map((t) => (
        <div key={t.id} className={styles.tactic} role="rowgroup">
          <div className={styles.tacticHead} role="row">
            <span role="columnheader">
              <span className="mono">{t.id}</span> {t.name}
            </span>
          </div>
          {t.techniques.map((te) => (
            <div key={te.id} className={styles.technique} role="row">
              <span role="cell">
                <span className="mono">{te.id}</span> {te.name}
                <span className={styles.techMeta}>
                  {te.items > 0 && ` · ${te.items} item${te.items === 1 ? "" : "s"}`}
                  {te.onCampaign && " · campaign"}
                </span>
              </span>
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}

export function DossierConnections({ connections }: { connections: DossierConnection[] }) {
  if (connections.length === 0) return <None>No accounts or narratives recorded.</None>;
  const accounts = connections.filter((c) => c.kind === "account");
  const narratives = connections.filter((c) => c.kind === "narrative");
  return (
    <div className={styles.columns}>
      <div>
        <h3>Accounts</h3>
        {accounts.length === 0 ? (
          <None>No accounts recorded.</None>
        ) : (
          <ol className={styles.connections}>
            {accounts.map((a) => (
              <li key={a.label}>
                <span className={styles.name}>{a.url ? <ExternalLink url={a.url}>{a.label}</ExternalLink> : a.label}</span>
                {a.detail && <span className="muted"> ({a.detail})</span>} — {plural(a.items, "item")}, {plural(a.sightings, "sighting")}
              </li>
            ))}
          </ol>
        )}
      </div>
      <div>
        <h3>Narratives</h3>
        {narratives.length === 0 ? (
          <None>No narratives recorded.</None>
        ) : (
          <ol className={styles.connections}>
            {narratives.map((n) => (
              <li key={n.label}>
                <span className={styles.name}>{n.label}</span> — {formatInteger(n.items)} item{n.items === 1 ? "" : "s"}
              </li>
            ))}
          </ol>
        )}
      </div>
    </div>
  );
}

export function DossierItems({ items }: { items: DossierItem[] }) {
  if (items.length === 0) return <None>No confirmed items.</None>;
  return (
    <ol className={styles.items}>
      {items.map((item) => (
        <li key={item.id} className={styles.item}>
          <div className={styles.itemHead}>
            <Link href={`/items/${item.id}`} className={styles.itemTitle}>
              {item.title ?? `Untitled ${item.kind}`}
            </Link>
            <VerdictBadge verdict={item.verdict} />
          </div>
          <p className={styles.itemMeta}>
            {humanize(item.kind)}
            {item.platform && ` · ${platformName(item.platform)}`}
            {item.languages.length > 0 && ` · ${languageNames(item.languages)}`}
            {` · first seen ${formatDay(item.firstSeenAt)} · ${formatInteger(item.sightingCount)} sightings`}
            {item.targetCountries.length > 0 && ` · targets ${item.targetCountries.map(countryName).join(", ")}`}
            {item.manipulations.length > 0 && ` · ${item.manipulations.map(humanize).join(", ")}`}
          </p>
          <dl className={styles.evidence}>
            <dt>Link to campaign</dt>
            <dd>
              confidence {Math.round(item.confidence * 100)} %{item.decidedBy && `, confirmed by ${item.decidedBy}`}
              {item.decidedAt && ` on ${formatDay(item.decidedAt)}`}
            </dd>
            {item.reasons.length > 0 && (
              <>
                <dt>Reasons</dt>
                <dd>
                  <ul>
                    {item.reasons.map((r, i) => (
                      <li key={i}>{r.detail ?? r.signal}</li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {item.linkEvidence && (
              <>
                <dt>Evidence</dt>
                <dd>{item.linkEvidence}</dd>
              </>
            )}
            {item.annotations.length > 0 && (
              <>
                <dt>Language markers</dt>
                <dd>
                  <ul>
                    {item.annotations.map((a, i) => (
                      <li key={i}>
                        {a.marker.name}: <q>{a.quote}</q>
                      </li>
                    ))}
                  </ul>
                </dd>
              </>
            )}
            {item.evidence.length > 0 && (
              <>
                <dt>Files</dt>
                <dd>
                  {item.evidence.map((e) => (
                    <div key={e.id}>
                      <a href={`/api/evidence/${e.id}`} download>
                        {e.originalName ?? e.mimeType}
                      </a>{" "}
                      <span className="mono faint">SHA-256 {e.sha256.slice(0, 16)}…</span>
                    </div>
                  ))}
                </dd>
              </>
            )}
            <dt>Original</dt>
            <dd className={styles.url}>
              <ExternalLink url={item.originalUrl} />
              {item.archiveUrl && (
                <>
                  {" "}
                  (archive: <ExternalLink url={item.archiveUrl} />)
                </>
              )}
            </dd>
          </dl>
        </li>
      ))}
    </ol>
  );
}

export function DossierSources({ sources }: { sources: CampaignDossier["sources"] }) {
  if (sources.length === 0) return <None>No sources recorded.</None>;
  return (
    <ol className={styles.sources}>
      {sources.map((s) => (
        <li key={s.id}>
          {s.url ? <ExternalLink url={s.url}>{s.title}</ExternalLink> : <span>{s.title}</span>}
          <span className="muted">
            {s.publisher && ` — ${s.publisher}`}
            {s.publishedAt && `, ${formatDay(s.publishedAt)}`} · {humanize(s.kind)}
            {s.items > 0 && ` · cited by ${s.items} item${s.items === 1 ? "" : "s"}`}
          </span>
        </li>
      ))}
    </ol>
  );
}
