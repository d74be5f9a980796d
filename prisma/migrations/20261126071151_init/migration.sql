-- Migration 20261126071151_init
-- Trigram matching for names, titles, text and URLs (written by hand: Prisma's postgresqlExtensions preview breaks
-- introspection on PGlite). pg_trgm is a trusted extension on PostgreSQL and bundled with PGlite.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- CreateEnum
CREATE TYPE "Role" AS ENUM ('admin', 'fact_checker', 'journalist', 'researcher');

-- CreateEnum
CREATE TYPE "ItemKind" AS ENUM ('video', 'post', 'image', 'audio', 'article', 'email', 'website', 'other');

-- CreateEnum
CREATE TYPE "Verdict" AS ENUM ('unverified', 'false', 'misleading', 'manipulated', 'synthetic', 'misattributed', 'satire', 'authentic');

-- CreateEnum
CREATE TYPE "Manipulation" AS ENUM ('face_swap', 'voice_clone', 'lip_sync', 'fully_synthetic', 'edited', 'out_of_context', 'fake_branding', 'impersonated_outlet', 'cheap_fake', 'other');

-- CreateEnum
CREATE TYPE "LinkStatus" AS ENUM ('suggested', 'confirmed', 'rejected');

-- CreateEnum
CREATE TYPE "PartyRole" AS ENUM ('impersonated', 'targeted', 'mentioned');

-- CreateEnum
CREATE TYPE "CampaignStatus" AS ENUM ('active', 'dormant', 'concluded');

-- CreateEnum
CREATE TYPE "OrganizationKind" AS ENUM ('media_outlet', 'university', 'government', 'ngo', 'company', 'platform', 'other');

-- CreateEnum
CREATE TYPE "ThreatActorKind" AS ENUM ('state', 'state_affiliated', 'commercial', 'group', 'individual', 'unknown');

-- CreateEnum
CREATE TYPE "IngestChannel" AS ENUM ('form', 'api', 'import', 'seed');

-- CreateEnum
CREATE TYPE "SourceKind" AS ENUM ('report', 'article', 'fact_check', 'official', 'dataset', 'other');

-- CreateEnum
CREATE TYPE "TokenScope" AS ENUM ('read', 'write');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('queued', 'running', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('user', 'api_token', 'system');

-- CreateTable
CREATE TABLE "items" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "ItemKind" NOT NULL,
    "title" TEXT,
    "text" TEXT,
    "original_url" TEXT,
    "canonical_url" TEXT,
    "platform" TEXT,
    "language" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "verdict" "Verdict" NOT NULL DEFAULT 'unverified',
    "manipulations" "Manipulation"[] DEFAULT ARRAY[]::"Manipulation"[],
    "target_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "file_sha256" CHAR(64),
    "text_minhash" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "lsh_bands" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "archive_url" TEXT,
    "notes" TEXT,
    "first_seen_at" TIMESTAMPTZ(3),
    "last_seen_at" TIMESTAMPTZ(3),
    "sighting_count" INTEGER NOT NULL DEFAULT 0,
    "search_vector" tsvector,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sightings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "url" TEXT,
    "canonical_url" TEXT,
    "platform" TEXT,
    "account_id" UUID,
    "observed_at" TIMESTAMPTZ(3) NOT NULL,
    "reported_by_id" UUID,
    "views" BIGINT,
    "shares" BIGINT,
    "reactions" BIGINT,
    "audience_country" CHAR(2),
    "notes" TEXT,
    "channel" "IngestChannel" NOT NULL DEFAULT 'form',
    "import_job_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "sightings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaigns" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "status" "CampaignStatus" NOT NULL DEFAULT 'active',
    "threat_actor_id" UUID,
    "origin_country" CHAR(2),
    "target_countries" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "first_seen_at" TIMESTAMPTZ(3),
    "last_seen_at" TIMESTAMPTZ(3),
    "merged_into_id" UUID,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "created_by_id" UUID,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_campaigns" (
    "item_id" UUID NOT NULL,
    "campaign_id" UUID NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "status" "LinkStatus" NOT NULL DEFAULT 'suggested',
    "reasons" JSONB NOT NULL DEFAULT '[]',
    "evidence" TEXT,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_campaigns_pkey" PRIMARY KEY ("item_id","campaign_id")
);

-- CreateTable
CREATE TABLE "persons" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT,
    "affiliation_id" UUID,
    "country" CHAR(2),
    "wikidata_id" TEXT,
    "url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "persons_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "organizations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "kind" "OrganizationKind" NOT NULL DEFAULT 'media_outlet',
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "country" CHAR(2),
    "url" TEXT,
    "domain" TEXT,
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "organizations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_persons" (
    "item_id" UUID NOT NULL,
    "person_id" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_persons_pkey" PRIMARY KEY ("item_id","person_id","role")
);

-- CreateTable
CREATE TABLE "item_organizations" (
    "item_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "role" "PartyRole" NOT NULL,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_organizations_pkey" PRIMARY KEY ("item_id","organization_id","role")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "platform" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "url" TEXT,
    "display_name" TEXT,
    "label" TEXT,
    "notes" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "threat_actors" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kind" "ThreatActorKind" NOT NULL DEFAULT 'unknown',
    "country" CHAR(2),
    "description" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "threat_actors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "narratives" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "claim" TEXT,
    "language" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "narratives_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_narratives" (
    "item_id" UUID NOT NULL,
    "narrative_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_narratives_pkey" PRIMARY KEY ("item_id","narrative_id")
);

-- CreateTable
CREATE TABLE "language_markers" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT,
    "category" TEXT,
    "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "language_markers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "marker_annotations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "marker_id" UUID NOT NULL,
    "quote" TEXT NOT NULL,
    "start_offset" INTEGER,
    "end_offset" INTEGER,
    "note" TEXT,
    "author_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "marker_annotations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disarm_tactics" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT,
    "phase" TEXT,
    "sort_order" INTEGER NOT NULL,

    CONSTRAINT "disarm_tactics_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "disarm_techniques" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT,
    "tactic_id" TEXT NOT NULL,
    "parent_id" TEXT,

    CONSTRAINT "disarm_techniques_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_techniques" (
    "item_id" UUID NOT NULL,
    "technique_id" TEXT NOT NULL,
    "added_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "item_techniques_pkey" PRIMARY KEY ("item_id","technique_id")
);

-- CreateTable
CREATE TABLE "campaign_techniques" (
    "campaign_id" UUID NOT NULL,
    "technique_id" TEXT NOT NULL,
    "added_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "campaign_techniques_pkey" PRIMARY KEY ("campaign_id","technique_id")
);

-- CreateTable
CREATE TABLE "sources" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published_at" TIMESTAMPTZ(3),
    "kind" "SourceKind" NOT NULL DEFAULT 'article',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "sources_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "campaign_sources" (
    "campaign_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,

    CONSTRAINT "campaign_sources_pkey" PRIMARY KEY ("campaign_id","source_id")
);

-- CreateTable
CREATE TABLE "item_sources" (
    "item_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,

    CONSTRAINT "item_sources_pkey" PRIMARY KEY ("item_id","source_id")
);

-- CreateTable
CREATE TABLE "evidence_files" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_id" UUID NOT NULL,
    "sighting_id" UUID,
    "storage_path" TEXT NOT NULL,
    "original_name" TEXT,
    "mime_type" TEXT NOT NULL,
    "size_bytes" BIGINT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "custody" JSONB NOT NULL DEFAULT '[]',
    "uploaded_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deleted_at" TIMESTAMPTZ(3),

    CONSTRAINT "evidence_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'journalist',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "last_login_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "scope" "TokenScope" NOT NULL DEFAULT 'read',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_used_at" TIMESTAMPTZ(3),
    "expires_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_tokens_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_kind" "ActorKind" NOT NULL DEFAULT 'user',
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_type" TEXT NOT NULL,
    "entity_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "request_id" TEXT,

    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_jobs" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "status" "JobStatus" NOT NULL DEFAULT 'queued',
    "format" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "file_sha256" CHAR(64),
    "storage_path" TEXT,
    "mapping" JSONB NOT NULL DEFAULT '{}',
    "total_rows" INTEGER NOT NULL DEFAULT 0,
    "done_rows" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "merged" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "failed" INTEGER NOT NULL DEFAULT 0,
    "failures" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "started_at" TIMESTAMPTZ(3),
    "finished_at" TIMESTAMPTZ(3),
    "heartbeat_at" TIMESTAMPTZ(3),

    CONSTRAINT "import_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "export_snapshots" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "format" TEXT NOT NULL,
    "filter" JSONB NOT NULL,
    "manifest" JSONB NOT NULL,
    "storage_path" TEXT NOT NULL,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "export_snapshots_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "items_canonical_url_key" ON "items"("canonical_url");

-- CreateIndex
CREATE INDEX "items_first_seen_at_idx" ON "items"("first_seen_at" DESC);

-- CreateIndex
CREATE INDEX "items_last_seen_at_idx" ON "items"("last_seen_at" DESC);

-- CreateIndex
CREATE INDEX "items_sighting_count_idx" ON "items"("sighting_count" DESC);

-- CreateIndex
CREATE INDEX "items_created_at_idx" ON "items"("created_at" DESC);

-- CreateIndex
CREATE INDEX "items_kind_idx" ON "items"("kind");

-- CreateIndex
CREATE INDEX "items_verdict_idx" ON "items"("verdict");

-- CreateIndex
CREATE INDEX "items_platform_idx" ON "items"("platform");

-- CreateIndex
CREATE INDEX "items_language_idx" ON "items"("language");

-- CreateIndex
CREATE INDEX "items_file_sha256_idx" ON "items"("file_sha256");

-- CreateIndex
CREATE INDEX "items_target_countries_idx" ON "items" USING GIN ("target_countries");

-- CreateIndex
CREATE INDEX "items_lsh_bands_idx" ON "items" USING GIN ("lsh_bands");

-- CreateIndex
CREATE INDEX "items_search_vector_idx" ON "items" USING GIN ("search_vector");

-- CreateIndex
CREATE INDEX "items_title_trgm_idx" ON "items" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "items_text_trgm_idx" ON "items" USING GIN ("text" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "items_canonical_url_trgm_idx" ON "items" USING GIN ("canonical_url" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "sightings_observed_at_idx" ON "sightings"("observed_at");

-- CreateIndex
CREATE INDEX "sightings_item_id_observed_at_idx" ON "sightings"("item_id", "observed_at");

-- CreateIndex
CREATE INDEX "sightings_audience_country_observed_at_idx" ON "sightings"("audience_country", "observed_at");

-- CreateIndex
CREATE INDEX "sightings_platform_observed_at_idx" ON "sightings"("platform", "observed_at");

-- CreateIndex
CREATE INDEX "sightings_account_id_idx" ON "sightings"("account_id");

-- CreateIndex
CREATE INDEX "sightings_canonical_url_idx" ON "sightings"("canonical_url");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_slug_key" ON "campaigns"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "campaigns_name_key" ON "campaigns"("name");

-- CreateIndex
CREATE INDEX "campaigns_status_idx" ON "campaigns"("status");

-- CreateIndex
CREATE INDEX "campaigns_last_seen_at_idx" ON "campaigns"("last_seen_at" DESC);

-- CreateIndex
CREATE INDEX "campaigns_name_trgm_idx" ON "campaigns" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "item_campaigns_campaign_id_status_idx" ON "item_campaigns"("campaign_id", "status");

-- CreateIndex
CREATE UNIQUE INDEX "persons_wikidata_id_key" ON "persons"("wikidata_id");

-- CreateIndex
CREATE INDEX "persons_name_trgm_idx" ON "persons" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "organizations_name_key" ON "organizations"("name");

-- CreateIndex
CREATE INDEX "organizations_name_trgm_idx" ON "organizations" USING GIN ("name" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "item_persons_person_id_role_idx" ON "item_persons"("person_id", "role");

-- CreateIndex
CREATE INDEX "item_organizations_organization_id_role_idx" ON "item_organizations"("organization_id", "role");

-- CreateIndex
CREATE INDEX "accounts_handle_trgm_idx" ON "accounts" USING GIN ("handle" gin_trgm_ops);

-- CreateIndex
CREATE UNIQUE INDEX "accounts_platform_handle_key" ON "accounts"("platform", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "threat_actors_name_key" ON "threat_actors"("name");

-- CreateIndex
CREATE UNIQUE INDEX "narratives_title_key" ON "narratives"("title");

-- CreateIndex
CREATE INDEX "item_narratives_narrative_id_idx" ON "item_narratives"("narrative_id");

-- CreateIndex
CREATE UNIQUE INDEX "language_markers_slug_key" ON "language_markers"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "language_markers_name_key" ON "language_markers"("name");

-- CreateIndex
CREATE INDEX "marker_annotations_item_id_idx" ON "marker_annotations"("item_id");

-- CreateIndex
CREATE INDEX "marker_annotations_marker_id_created_at_idx" ON "marker_annotations"("marker_id", "created_at");

-- CreateIndex
CREATE INDEX "disarm_techniques_tactic_id_idx" ON "disarm_techniques"("tactic_id");

-- CreateIndex
CREATE INDEX "item_techniques_technique_id_idx" ON "item_techniques"("technique_id");

-- CreateIndex
CREATE INDEX "campaign_techniques_technique_id_idx" ON "campaign_techniques"("technique_id");

-- CreateIndex
CREATE UNIQUE INDEX "sources_url_key" ON "sources"("url");

-- CreateIndex
CREATE INDEX "item_sources_source_id_idx" ON "item_sources"("source_id");

-- CreateIndex
CREATE INDEX "evidence_files_item_id_idx" ON "evidence_files"("item_id");

-- CreateIndex
CREATE INDEX "evidence_files_sha256_idx" ON "evidence_files"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE UNIQUE INDEX "api_tokens_token_hash_key" ON "api_tokens"("token_hash");

-- CreateIndex
CREATE INDEX "api_tokens_user_id_idx" ON "api_tokens"("user_id");

-- CreateIndex
CREATE INDEX "audit_events_entity_type_entity_id_at_idx" ON "audit_events"("entity_type", "entity_id", "at");

-- CreateIndex
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at" DESC);

-- CreateIndex
CREATE INDEX "audit_events_actor_id_at_idx" ON "audit_events"("actor_id", "at");

-- CreateIndex
CREATE INDEX "import_jobs_status_created_at_idx" ON "import_jobs"("status", "created_at");

-- AddForeignKey
ALTER TABLE "items" ADD CONSTRAINT "items_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sightings" ADD CONSTRAINT "sightings_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sightings" ADD CONSTRAINT "sightings_account_id_fkey" FOREIGN KEY ("account_id") REFERENCES "accounts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sightings" ADD CONSTRAINT "sightings_reported_by_id_fkey" FOREIGN KEY ("reported_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sightings" ADD CONSTRAINT "sightings_import_job_id_fkey" FOREIGN KEY ("import_job_id") REFERENCES "import_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_threat_actor_id_fkey" FOREIGN KEY ("threat_actor_id") REFERENCES "threat_actors"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_merged_into_id_fkey" FOREIGN KEY ("merged_into_id") REFERENCES "campaigns"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_campaigns" ADD CONSTRAINT "item_campaigns_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_campaigns" ADD CONSTRAINT "item_campaigns_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_campaigns" ADD CONSTRAINT "item_campaigns_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "persons" ADD CONSTRAINT "persons_affiliation_id_fkey" FOREIGN KEY ("affiliation_id") REFERENCES "organizations"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_persons" ADD CONSTRAINT "item_persons_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_persons" ADD CONSTRAINT "item_persons_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "persons"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_organizations" ADD CONSTRAINT "item_organizations_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_organizations" ADD CONSTRAINT "item_organizations_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_narratives" ADD CONSTRAINT "item_narratives_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_narratives" ADD CONSTRAINT "item_narratives_narrative_id_fkey" FOREIGN KEY ("narrative_id") REFERENCES "narratives"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marker_annotations" ADD CONSTRAINT "marker_annotations_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marker_annotations" ADD CONSTRAINT "marker_annotations_marker_id_fkey" FOREIGN KEY ("marker_id") REFERENCES "language_markers"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "marker_annotations" ADD CONSTRAINT "marker_annotations_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disarm_techniques" ADD CONSTRAINT "disarm_techniques_tactic_id_fkey" FOREIGN KEY ("tactic_id") REFERENCES "disarm_tactics"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "disarm_techniques" ADD CONSTRAINT "disarm_techniques_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "disarm_techniques"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_techniques" ADD CONSTRAINT "item_techniques_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_techniques" ADD CONSTRAINT "item_techniques_technique_id_fkey" FOREIGN KEY ("technique_id") REFERENCES "disarm_techniques"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_techniques" ADD CONSTRAINT "campaign_techniques_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_techniques" ADD CONSTRAINT "campaign_techniques_technique_id_fkey" FOREIGN KEY ("technique_id") REFERENCES "disarm_techniques"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_sources" ADD CONSTRAINT "campaign_sources_campaign_id_fkey" FOREIGN KEY ("campaign_id") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "campaign_sources" ADD CONSTRAINT "campaign_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_sources" ADD CONSTRAINT "item_sources_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_sources" ADD CONSTRAINT "item_sources_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "items"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_sighting_id_fkey" FOREIGN KEY ("sighting_id") REFERENCES "sightings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_files" ADD CONSTRAINT "evidence_files_uploaded_by_id_fkey" FOREIGN KEY ("uploaded_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_jobs" ADD CONSTRAINT "import_jobs_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "export_snapshots" ADD CONSTRAINT "export_snapshots_created_by_id_fkey" FOREIGN KEY ("created_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Full-text search on items (written by hand: Prisma does not model functions or triggers).
-- The vector joins a stemmed vector in the item's own language, where PostgreSQL knows one, with a 'simple' one,
-- so that a query in either form matches. Titles weigh more than text.
CREATE FUNCTION sightline_ts_config(language_tag text) RETURNS regconfig
LANGUAGE sql STABLE AS $$
  SELECT (CASE lower(split_part(coalesce(language_tag, ''), '-', 1))
    WHEN 'ar' THEN 'arabic' WHEN 'da' THEN 'danish' WHEN 'de' THEN 'german' WHEN 'el' THEN 'greek'
    WHEN 'en' THEN 'english' WHEN 'es' THEN 'spanish' WHEN 'fi' THEN 'finnish' WHEN 'fr' THEN 'french'
    WHEN 'ga' THEN 'irish' WHEN 'hi' THEN 'hindi' WHEN 'hu' THEN 'hungarian' WHEN 'id' THEN 'indonesian'
    WHEN 'it' THEN 'italian' WHEN 'lt' THEN 'lithuanian' WHEN 'ne' THEN 'nepali' WHEN 'nb' THEN 'norwegian'
    WHEN 'nn' THEN 'norwegian' WHEN 'no' THEN 'norwegian' WHEN 'nl' THEN 'dutch' WHEN 'pt' THEN 'portuguese'
    WHEN 'ro' THEN 'romanian' WHEN 'ru' THEN 'russian' WHEN 'sr' THEN 'serbian' WHEN 'sv' THEN 'swedish'
    WHEN 'ta' THEN 'tamil' WHEN 'tr' THEN 'turkish'
    ELSE 'simple' END)::regconfig
$$;

CREATE FUNCTION sightline_items_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  cfg regconfig := sightline_ts_config(NEW.language);
BEGIN
  NEW.search_vector :=
    setweight(to_tsvector(cfg, coalesce(NEW.title, '')), 'A') ||
    setweight(to_tsvector(cfg, coalesce(NEW.text, '')), 'B') ||
    CASE WHEN cfg = 'simple'::regconfig THEN ''::tsvector
      ELSE setweight(to_tsvector('simple', coalesce(NEW.title, '') || ' ' || coalesce(NEW.text, '')), 'D') END;
  RETURN NEW;
END
$$;

CREATE TRIGGER items_search_vector_update
  BEFORE INSERT OR UPDATE OF title, text, language ON "items"
  FOR EACH ROW EXECUTE FUNCTION sightline_items_search_vector();
