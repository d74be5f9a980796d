/**
 * What a column can be mapped to: the fields of the ingest input (lib/ingest/schemas.ts), flattened for a
 * spreadsheet, plus a row key. Synonyms are compared after folding (lower case, no spaces, dashes or underscores).
 */
export const TARGET_FIELDS = {
  "item.kind": { label: "Item kind", synonyms: ["kind", "type", "content_type", "media_type", "format"] },
  "item.title": { label: "Title", synonyms: ["title", "headline", "name", "subject"] },
  "item.text": { label: "Text / transcript / claim", synonyms: ["text", "body", "content", "transcript", "claim", "description", "message"] },
  "item.url": { label: "Content URL", synonyms: ["url", "link", "content_url", "original_url", "post_url", "source_url", "href"] },
  "item.platform": { label: "Platform", synonyms: ["platform", "network", "site", "social_network"] },
  "item.language": { label: "Languages", synonyms: ["language", "languages", "lang", "locale", "language_code"] },
  "item.publishedAt": { label: "Published at", synonyms: ["published_at", "published", "publication_date", "posted_at", "date_published", "created_at"] },
  "item.verdict": { label: "Verdict", synonyms: ["verdict", "rating", "label", "assessment"] },
  "item.manipulations": { label: "Manipulations", synonyms: ["manipulations", "manipulation", "manipulation_type", "techniques_used"] },
  "item.targetCountries": { label: "Target countries", synonyms: ["target_countries", "target_country", "country", "countries", "targets"] },
  "item.personsImpersonated": { label: "Persons impersonated", synonyms: ["persons_impersonated", "impersonated", "impersonated_person", "impersonated_persons", "deepfaked_person"] },
  "item.personsTargeted": { label: "Persons targeted", synonyms: ["persons_targeted", "targeted_person", "targeted_persons"] },
  "item.personsMentioned": { label: "Persons mentioned", synonyms: ["persons_mentioned", "mentioned", "people", "persons"] },
  "item.organizationsImpersonated": { label: "Organizations impersonated", synonyms: ["organizations_impersonated", "impersonated_outlet", "impersonated_media", "outlet_impersonated", "fake_brand"] },
  "item.organizationsTargeted": { label: "Organizations targeted", synonyms: ["organizations_targeted", "targeted_organization"] },
  "item.organizationsMentioned": { label: "Organizations mentioned", synonyms: ["organizations_mentioned", "organizations", "outlets", "outlet", "media", "source_outlet"] },
  "item.narratives": { label: "Narratives", synonyms: ["narratives", "narrative", "storyline", "claims", "keywords", "tags", "topics", "themes", "hashtags"] },
  "item.techniques": { label: "DISARM techniques", synonyms: ["techniques", "disarm", "disarm_techniques", "disarm_ids", "ttps"] },
  "item.campaign": { label: "Campaign (slug)", synonyms: ["campaign", "campaign_slug", "operation"] },
  "item.archiveUrl": { label: "Archive URL", synonyms: ["archive_url", "archive", "archived_url", "wayback"] },
  "item.notes": { label: "Item notes", synonyms: ["notes", "note", "comment", "comments", "remarks"] },
  "item.fileSha256": { label: "File SHA-256", synonyms: ["file_sha256", "sha256", "hash", "file_hash", "sha_256"] },
  "sighting.url": { label: "Sighting URL", synonyms: ["sighting_url", "seen_url", "repost_url", "share_url"] },
  "sighting.observedAt": { label: "Observed at", synonyms: ["observed_at", "date", "seen_at", "first_seen", "seen", "observed", "sighted_at", "timestamp", "datetime", "seen_on"] },
  "sighting.platform": { label: "Sighting platform", synonyms: ["sighting_platform", "seen_on_platform"] },
  "sighting.accountHandle": { label: "Account handle", synonyms: ["account", "handle", "account_handle", "username", "user", "channel", "author", "posted_by"] },
  "sighting.views": { label: "Views", synonyms: ["views", "view_count", "impressions", "plays"] },
  "sighting.shares": { label: "Shares", synonyms: ["shares", "share_count", "reposts", "retweets", "forwards"] },
  "sighting.reactions": { label: "Reactions", synonyms: ["reactions", "likes", "like_count", "reaction_count"] },
  "sighting.audienceCountry": { label: "Audience country", synonyms: ["audience_country", "seen_in", "audience", "observed_country", "geo"] },
  "sighting.notes": { label: "Sighting notes", synonyms: ["sighting_notes", "observation_notes"] },
  rowKey: { label: "Row key (stable id)", synonyms: ["row_key", "id", "external_id", "record_id", "uid", "uuid", "key"] },
} as const;

export type TargetField = keyof typeof TARGET_FIELDS;
export const TARGET_FIELD_IDS = Object.keys(TARGET_FIELDS) as TargetField[];

/** Fields whose cells are lists (`a; b`, JSON arrays, Python reprs). */
export const LIST_FIELDS: ReadonlySet<TargetField> = new Set([
  "item.language",
  "item.manipulations",
  "item.targetCountries",
  "item.personsImpersonated",
  "item.personsTargeted",
  "item.personsMentioned",
  "item.organizationsImpersonated",
  "item.organizationsTargeted",
  "item.organizationsMentioned",
  "item.narratives",
  "item.techniques",
]);

export function isTargetField(value: unknown): value is TargetField {
  return typeof value === "string" && value in TARGET_FIELDS;
}

export function foldHeader(header: string): string {
  return header.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[\s_\-.:/()]+/g, "");
}
