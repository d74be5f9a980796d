import type { ItemInput } from "../schemas";
import type { AuditRow } from "./write-sightings";
import type { PlannedRow } from "./types";

/** The audit events logSighting records for each row: the item's create or merge, then the sighting's create. */
export function auditEvents(rows: readonly PlannedRow[], sightings: readonly { id: string }[], createdById: string | null): AuditRow[] {
  const out: AuditRow[] = [];
  rows.forEach((r, k) => {
    const item = r.prepared.item;
    if (r.outcome === "created" && item) {
      const url = r.prepared.urls.item;
      // As logSighting's create event: the row's own values (later rows' fills have merge events of their own).
      const facts = r.target.facts!;
      out.push({
        action: "create",
        entityType: "item",
        entityId: r.target.id,
        before: null,
        after: {
          id: r.target.id,
          kind: facts.kind,
          title: item.title ?? null,
          text: item.text ?? null,
          originalUrl: url?.original ?? null,
          canonicalUrl: url?.canonical ?? null,
          platform: facts.platform,
          platformRaw: facts.platformRaw,
          languages: facts.languages,
          languagesDetected: facts.languagesDetected,
          publishedAt: item.publishedAt ?? null,
          verdict: item.verdict,
          manipulations: item.manipulations,
          targetCountries: [...new Set(item.targetCountries)],
          fileSha256: item.fileSha256 ?? null,
          archiveUrl: item.archiveUrl ?? null,
          notes: item.notes ?? null,
          createdById,
          links: summariseLinks(item),
        },
      });
    } else if (r.outcome === "merged" && item && r.mergeAudit) {
      out.push({
        action: "merge",
        entityType: "item",
        entityId: r.target.id,
        before: r.mergeAudit.before,
        after: { ...r.mergeAudit.after, links: summariseLinks(item) },
      });
    }
    out.push({ action: "create", entityType: "sighting", entityId: r.sightingId, before: null, after: sightings[k] });
  });
  return out;
}

function summariseLinks(input: ItemInput) {
  return {
    persons: input.persons.map((p) => ({ ref: p.id ?? p.name, role: p.role })),
    organizations: input.organizations.map((o) => ({ ref: o.id ?? o.name, role: o.role })),
    narratives: input.narratives,
    techniques: input.techniques,
    annotations: input.annotations.length,
    campaign: input.campaign ?? null,
  };
}
