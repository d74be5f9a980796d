import { Prisma } from "../generated/prisma/client";
import { ItemKind, Manipulation, Verdict } from "../generated/prisma/enums";
import { sightingFilterSql } from "../filters/dataset-filter-sql";
import { col, COUNTRY, LANGUAGE, type Column } from "./columns";
import type { ExportTable } from "./tables";

const names = (link: string, entity: string, key: string, role: string) =>
  `(SELECT to_json(coalesce(array_agg(p.name ORDER BY p.name), '{}'))::text FROM ${link} x JOIN ${entity} p ON p.id = x.${key}
    AND p.deleted_at IS NULL WHERE x.item_id = i.id AND x.role = '${role}')`;

function party(kind: "persons" | "organizations", role: "impersonated" | "targeted" | "mentioned"): Column {
  const verb = role === "mentioned" ? "mentions" : role === "targeted" ? "targets" : "impersonates";
  const sql = names(`item_${kind}`, kind, kind === "persons" ? "person_id" : "organization_id", role);
  return col.json(`${kind}_${role}`, sql, `Names of the ${kind} the item ${verb}`, "JSON array of names");
}

/**
 * One wide row per sighting with its item's fields, in the column names the Sightline bulk import (and most
 * spreadsheet users) expect: re-importing this file into another Sightline gives back the same items and sightings.
 * Names in lists are JSON arrays, so a name holding ";" survives. `campaign` is the item's confirmed campaign (the
 * earliest confirmed when there are several; item_campaigns.csv has them all).
 */
export const OBSERVATIONS_TABLE: ExportTable = {
  name: "observations",
  description: "One row per sighting with its item's fields, flattened (ready for a spreadsheet and for re-import).",
  columns: [
    col.id("s.id", "Sighting id (sightings.id); the import's row key", "row_key"),
    col.id("i.id", "Item id (items.id)", "item_id"),
    col.enumOf("kind", "i.kind", "Kind of content", ItemKind),
    col.text("title", "i.title", "Title or headline"),
    col.text("text", "i.text", "Body text, transcript or claim"),
    col.text("url", "i.original_url", "URL of the content as first reported", "http(s) URL"),
    col.text("platform", "i.platform", "Platform hosting the content", "lower-case platform name"),
    col.text("language", "i.language", "Language of the content", LANGUAGE),
    col.time("published_at", "i.published_at", "When the content was published"),
    col.enumOf("verdict", "i.verdict", "Fact-check verdict", Verdict),
    col.codes("manipulations", "i.manipulations::text[]", "Manipulation techniques", Object.values(Manipulation).join(" | ")),
    col.codes("target_countries", "i.target_countries", "Countries the content targets", COUNTRY),
    party("persons", "impersonated"),
    party("persons", "targeted"),
    party("persons", "mentioned"),
    party("organizations", "impersonated"),
    party("organizations", "targeted"),
    party("organizations", "mentioned"),
    col.json("narratives", `(SELECT to_json(coalesce(array_agg(n.title ORDER BY n.title), '{}'))::text FROM item_narratives x
      JOIN narratives n ON n.id = x.narrative_id AND n.deleted_at IS NULL WHERE x.item_id = i.id)`, "Narratives the item pushes", "JSON array of narrative titles"),
    col.codes("techniques", "ARRAY(SELECT x.technique_id FROM item_techniques x WHERE x.item_id = i.id ORDER BY x.technique_id)", "DISARM techniques", "DISARM technique ids"),
    col.text("campaign", `(SELECT c.slug FROM item_campaigns ic JOIN campaigns c ON c.id = ic.campaign_id AND c.deleted_at IS NULL
      WHERE ic.item_id = i.id AND ic.status = 'confirmed' ORDER BY ic.created_at, c.slug LIMIT 1)`, "Confirmed campaign (slug)", "campaign slug"),
    col.text("archive_url", "i.archive_url", "Archived copy", "http(s) URL"),
    col.text("notes", "i.notes", "Notes on the item"),
    col.text("file_sha256", "i.file_sha256", "SHA-256 of the original file", "64 lower-case hex digits"),
    col.text("sighting_url", "s.url", "Where this sighting was seen", "http(s) URL"),
    col.time("observed_at", "s.observed_at", "When it was seen"),
    col.text("sighting_platform", "s.platform", "Platform of the sighting", "lower-case platform name"),
    col.text("account_handle", "a.handle", "Account that posted or shared it"),
    col.int("views", "s.views", "Views when seen"),
    col.int("shares", "s.shares", "Shares when seen"),
    col.int("reactions", "s.reactions", "Reactions when seen"),
    col.text("audience_country", "s.audience_country", "Audience country", COUNTRY),
    col.text("sighting_notes", "s.notes", "Notes on the sighting"),
  ],
  from: (f) => Prisma.sql`FROM sightings s JOIN items i ON i.id = s.item_id LEFT JOIN accounts a ON a.id = s.account_id
    WHERE ${sightingFilterSql(f)}`,
  orderBy: "s.id",
};
