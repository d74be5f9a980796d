import Link from "next/link";
import type { ReactNode } from "react";
import { GraphSnapshot } from "@/components/graph/graph-snapshot";
import type { CampaignDossier } from "@/lib/dossier/get-campaign-dossier";
import type { GraphExcerpt } from "@/lib/graph/get-graph-excerpt";
import { DOSSIER_ITEM_LIMIT } from "@/lib/dossier/get-dossier-items";
import { countryName } from "@/lib/format/codes";
import { formatDay, formatInteger, humanize } from "@/lib/format/format";
import { DossierCountries, DossierLanguages, DossierTimeline } from "./dossier-charts";
import { DossierConnections, DossierItems, DossierMatrix, DossierParties, DossierSources } from "./dossier-sections";
import { PrintButton } from "./print-button";
import styles from "./dossier.module.css";

export function Section({ id, title, note, children }: { id: string; title: string; note?: ReactNode; children: ReactNode }) {
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.sectionHead}>
        <h2 id={id}>{title}</h2>
        {note && <p className="muted">{note}</p>}
      </div>
      {children}
    </section>
  );
}

/** The campaign's story for journalists, top to bottom; prints as a tidy document (dossier.module.css). */
export function DossierView({ dossier, excerpt }: { dossier: CampaignDossier; excerpt: GraphExcerpt | null }) {
  const { campaign: c, figures: f } = dossier;
  const list = (codes: string[]) => codes.map((code) => countryName(code)).join(", ");
  const period = c.firstSeenAt ? `${formatDay(c.firstSeenAt)} – ${formatDay(c.lastSeenAt)}` : "no sightings yet";
  return (
    <article className={`page ${styles.dossier}`}>
      <div className={styles.cover}>
        <p className="eyebrow">Campaign dossier</p>
        <h1>{c.name}</h1>
        {c.aliases.length > 0 && <p className={styles.aliases}>Also known as {c.aliases.join(", ")}</p>}
        <dl className="key-values">
          <dt>Status</dt>
          <dd>{humanize(c.status)}</dd>
          <dt>Active</dt>
          <dd>{period}</dd>
          {c.threatActor && (
            <>
              <dt>Attributed to</dt>
              <dd>
                {c.threatActor.name} ({humanize(c.threatActor.kind)}
                {c.threatActor.country ? `, ${countryName(c.threatActor.country)}` : ""})
              </dd>
            </>
          )}
          {c.originCountry && (
            <>
              <dt>Origin</dt>
              <dd>{countryName(c.originCountry)}</dd>
            </>
          )}
          {c.targetCountries.length > 0 && (
            <>
              <dt>Targets</dt>
              <dd>{list(c.targetCountries)}</dd>
            </>
          )}
          {c.mergedInto && (
            <>
              <dt>Merged into</dt>
              <dd>
                <Link href={`/campaigns/${c.mergedInto.slug}/dossier`}>{c.mergedInto.name}</Link>
              </dd>
            </>
          )}
        </dl>
        <p className="faint">
          Prepared from Sightline on {formatDay(new Date().toISOString())}. Figures count confirmed items only.
        </p>
        <div className={styles.actions} data-print="hide">
          <PrintButton />
          <Link className="button" href={`/analytics?campaign=${encodeURIComponent(c.slug)}`}>
            Explore in Analytics
          </Link>
          <Link className="button" href={`/items?campaign=${encodeURIComponent(c.slug)}`}>
            All items
          </Link>
        </div>
      </div>

      <Section id="summary" title="Summary">
        {c.description && <p className={styles.prose}>{c.description}</p>}
        <p className={styles.prose}>
          {f.items === 0
            ? "No confirmed items yet."
            : `Between ${period.replace(" – ", " and ")}, ${formatInteger(f.items)} confirmed item${f.items === 1 ? " was" : "s were"} seen ${formatInteger(f.sightings)} times on ${f.platforms} platform${f.platforms === 1 ? "" : "s"}, by audiences in ${f.countries} countr${f.countries === 1 ? "y" : "ies"}, in ${f.languages} language${f.languages === 1 ? "" : "s"}.`}
        </p>
        <dl className={styles.figures} aria-label="Key figures">
          <Figure label="Items" value={f.items} />
          <Figure label="Sightings" value={f.sightings} />
          <Figure label="Platforms" value={f.platforms} />
          <Figure label="Audience countries" value={f.countries} />
          <Figure label="Languages" value={f.languages} />
          <Figure label="Accounts" value={f.accounts} />
          <Figure label="Views recorded" value={f.views} />
        </dl>
      </Section>

      <Section id="timeline" title="Timeline" note="Sightings per week (UTC) by platform, and how reach added up.">
        <div className={styles.charts}>
          <DossierTimeline slug={c.slug} />
        </div>
      </Section>

      <Section id="countries" title="Countries" note="Where the content was aimed, where it surfaced first, and where it was seen.">
        <DossierCountries slug={c.slug} />
      </Section>

      <Section id="languages" title="Languages and language markers">
        <div className={styles.charts}>
          <DossierLanguages slug={c.slug} />
        </div>
      </Section>

      <Section id="parties" title="Impersonated and targeted persons and outlets">
        <DossierParties parties={dossier.parties} />
      </Section>

      <Section id="techniques" title="DISARM techniques" note={`${dossier.techniques.count} techniques across ${dossier.techniques.tactics.length} tactics (DISARM Red Framework).`}>
        <DossierMatrix tactics={dossier.techniques.tactics} />
      </Section>

      <Section id="connections" title="Strongest connections" note="The campaign's graph around its most sighted items, the accounts that spread most of them, and the narratives they push.">
        {excerpt && excerpt.graph.nodes.length > 0 && (
          <figure className={styles.graph}>
            <GraphSnapshot graph={excerpt.graph} positions={excerpt.positions} title={`Graph excerpt: ${c.name}`} />
            <figcaption className="muted">
              Graph excerpt: {excerpt.graph.nodes.length} nodes, {excerpt.graph.edges.length} edges (items, parties, accounts, narratives). The full,
              interactive graph is at <Link href={`/graph?campaign=${encodeURIComponent(c.slug)}`}>Graph</Link>.
            </figcaption>
          </figure>
        )}
        <DossierConnections connections={dossier.connections} />
      </Section>

      <Section
        id="items"
        title="Items and evidence"
        note={f.items > DOSSIER_ITEM_LIMIT ? `The earliest ${DOSSIER_ITEM_LIMIT} of ${formatInteger(f.items)} items; all of them are on the Items page.` : "Earliest first."}
      >
        <DossierItems items={dossier.items} />
      </Section>

      <Section id="sources" title="Sources">
        <DossierSources sources={dossier.sources} />
      </Section>
    </article>
  );
}

function Figure({ label, value }: { label: string; value: number }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{formatInteger(value)}</dd>
    </div>
  );
}
