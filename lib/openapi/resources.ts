import { z } from "zod";
import * as accounts from "../api-v1/accounts/schemas";
import * as campaigns from "../campaigns/schemas";
import { dataSchema } from "../api-v1/fields";
import * as items from "../api-v1/items/schemas";
import * as markers from "../api-v1/language-markers/schemas";
import * as narratives from "../api-v1/narratives/schemas";
import * as organizations from "../api-v1/organizations/schemas";
import * as persons from "../api-v1/persons/schemas";
import * as sightings from "../api-v1/sightings/schemas";

/** One REST resource as the document describes it; every schema is the one the route parses or answers with. */
export interface ResourceDoc {
  segment: string;
  tag: string;
  name: string;
  description: string;
  schema: z.ZodType;
  listQuery: z.ZodObject;
  createBody: z.ZodType;
  createResponse: z.ZodType;
  createDescription: string;
  updateBody: z.ZodType;
  lock: "version" | "updatedAt";
  softDelete: boolean;
  example: unknown;
}

const outcome = z.enum(["created", "attached", "merged"]).describe("created: new content; attached: added to itemId; merged: the URL or file hash was already known");

const simple = (schema: z.ZodType) => dataSchema(schema);

export const RESOURCES: ResourceDoc[] = [
  {
    segment: "items", tag: "Items", name: "Item", schema: items.itemSchema,
    description: "Reported content (video, post, image …) with its verdict, target countries and derived first/last seen and sighting count.",
    listQuery: items.listItemsQuerySchema, createBody: items.createItemBodySchema,
    createResponse: z.object({ data: items.itemSchema, sightingId: z.uuid(), outcome }),
    createDescription: "Creates content with its first sighting through the same ingest path as the form: URLs are canonicalised and content already known by URL or file hash is merged (200, outcome \"merged\") instead of duplicated.",
    updateBody: items.updateItemBodySchema, lock: "version", softDelete: true,
    example: { item: { kind: "video", title: "Deepfake of a KCL professor", url: "https://www.youtube.com/watch?v=abcDEF12345", language: "en", targetCountries: ["FR"], verdict: "synthetic", manipulations: ["face_swap", "voice_clone"] }, sighting: { observedAt: "2025-02-03T10:00:00Z", platform: "youtube", views: 1200 } },
  },
  {
    segment: "sightings", tag: "Sightings", name: "Sighting", schema: sightings.sightingSchema,
    description: "One observation of an item: where, when, reach, audience country. Sightings of deleted items are hidden with them.",
    listQuery: sightings.listSightingsQuerySchema, createBody: sightings.createSightingBodySchema,
    createResponse: z.object({ data: sightings.sightingSchema, itemId: z.uuid(), outcome }),
    createDescription: "Give `itemId` to add a sighting of known content, or `item` for new content (merged into known content with the same URL or file hash).",
    updateBody: sightings.updateSightingBodySchema, lock: "version", softDelete: true,
    example: { itemId: "3f1c2a9e-0b7d-4c55-9a43-7f5a3c2d1e00", sighting: { observedAt: "2025-02-04T08:30:00Z", url: "https://t.me/somechannel/1234", audienceCountry: "PL", views: 5400 } },
  },
  {
    segment: "campaigns", tag: "Campaigns", name: "Campaign", schema: campaigns.campaignSchema,
    description: "Coordinated operations. first/last seen are derived from confirmed items' sightings.",
    listQuery: campaigns.listCampaignsQuerySchema, createBody: campaigns.createCampaignBodySchema, createResponse: simple(campaigns.campaignSchema),
    createDescription: "The slug is derived from the name when omitted.", updateBody: campaigns.updateCampaignBodySchema, lock: "version", softDelete: true,
    example: { name: "Matryoshka", aliases: ["Operation Overload", "Storm-1679"], originCountry: "RU", targetCountries: ["FR", "DE", "PL"] },
  },
  {
    segment: "persons", tag: "Persons", name: "Person", schema: persons.personSchema,
    description: "Real people who are impersonated, targeted or mentioned.",
    listQuery: persons.listPersonsQuerySchema, createBody: persons.createPersonBodySchema, createResponse: simple(persons.personSchema),
    createDescription: "", updateBody: persons.updatePersonBodySchema, lock: "updatedAt", softDelete: true,
    example: { name: "Alan Read", country: "GB", description: "Professor, King's College London" },
  },
  {
    segment: "organizations", tag: "Organizations", name: "Organization", schema: organizations.organizationSchema,
    description: "Media outlets and other organisations, often impersonated with fake branding.",
    listQuery: organizations.listOrganizationsQuerySchema, createBody: organizations.createOrganizationBodySchema, createResponse: simple(organizations.organizationSchema),
    createDescription: "", updateBody: organizations.updateOrganizationBodySchema, lock: "updatedAt", softDelete: true,
    example: { name: "Euronews", kind: "media_outlet", domain: "euronews.com", country: "FR" },
  },
  {
    segment: "accounts", tag: "Accounts", name: "Account", schema: accounts.accountSchema,
    description: "Platform accounts and channels that posted or amplified items; (platform, handle) is unique.",
    listQuery: accounts.listAccountsQuerySchema, createBody: accounts.createAccountBodySchema, createResponse: simple(accounts.accountSchema),
    createDescription: "Handles are stored without a leading @, in lower case.", updateBody: accounts.updateAccountBodySchema, lock: "updatedAt", softDelete: true,
    example: { platform: "telegram", handle: "@somechannel", label: "amplifier" },
  },
  {
    segment: "narratives", tag: "Narratives", name: "Narrative", schema: narratives.narrativeSchema,
    description: "Claims or storylines that items push; titles are unique.",
    listQuery: narratives.listNarrativesQuerySchema, createBody: narratives.createNarrativeBodySchema, createResponse: simple(narratives.narrativeSchema),
    createDescription: "", updateBody: narratives.updateNarrativeBodySchema, lock: "updatedAt", softDelete: true,
    example: { title: "Poland must leave the EU", claim: "Brussels decides everything for Poles", language: "pl" },
  },
  {
    segment: "language-markers", tag: "Language markers", name: "LanguageMarker", schema: markers.languageMarkerSchema,
    description: "The controlled vocabulary of turns of phrase and artefacts that betray an origin. Deleting one hides it from lists and new annotations; annotations that use it keep it.",
    listQuery: markers.listLanguageMarkersQuerySchema, createBody: markers.createLanguageMarkerBodySchema, createResponse: simple(markers.languageMarkerSchema),
    createDescription: "", updateBody: markers.updateLanguageMarkerBodySchema, lock: "updatedAt", softDelete: true,
    example: { slug: "russian-syntax-calque", name: "Russian syntax calque", category: "syntax", languages: ["pl", "de"] },
  },
];
