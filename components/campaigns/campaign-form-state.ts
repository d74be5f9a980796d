import type { CampaignDetail } from "@/lib/campaigns/get-campaign";
import type { CreateCampaignInput, UpdateCampaignInput } from "@/lib/campaigns/schemas";

export interface SourceEntry {
  title: string;
  url: string;
  publisher: string;
}

export interface CampaignFormState {
  name: string;
  /** One alias per line. */
  aliases: string;
  description: string;
  status: "active" | "dormant" | "concluded";
  /** A picked actor has an id; a new one only a name. */
  threatActor: { id?: string; name: string } | null;
  originCountry: string | null;
  targetCountries: string[];
  techniques: string[];
  sources: SourceEntry[];
}

export const EMPTY_CAMPAIGN: CampaignFormState = {
  name: "",
  aliases: "",
  description: "",
  status: "active",
  threatActor: null,
  originCountry: null,
  targetCountries: [],
  techniques: [],
  sources: [],
};

export function formStateOf(c: CampaignDetail): CampaignFormState {
  return {
    name: c.name,
    aliases: c.aliases.join("\n"),
    description: c.description ?? "",
    status: c.status,
    threatActor: c.threatActor ? { id: c.threatActor.id, name: c.threatActor.name } : null,
    originCountry: c.originCountry,
    targetCountries: c.targetCountries,
    techniques: c.techniques.map((t) => t.id),
    sources: c.sources.map((s) => ({ title: s.title, url: s.url ?? "", publisher: s.publisher ?? "" })),
  };
}

const lines = (text: string) => text.split("\n").map((a) => a.trim()).filter(Boolean);
const sourcesOf = (entries: SourceEntry[]) =>
  entries
    .filter((s) => s.title.trim() || s.url.trim())
    .map((s) => ({ title: s.title.trim(), url: s.url.trim() || null, publisher: s.publisher.trim() || null }));
const actorFields = (actor: CampaignFormState["threatActor"]) =>
  actor ? (actor.id ? { threatActorId: actor.id } : { newThreatActor: { name: actor.name } }) : { threatActorId: null };

export function createBody(form: CampaignFormState): CreateCampaignInput {
  return {
    name: form.name.trim(),
    aliases: lines(form.aliases),
    description: form.description.trim() || null,
    status: form.status,
    ...(form.threatActor ? actorFields(form.threatActor) : {}),
    originCountry: form.originCountry,
    targetCountries: form.targetCountries,
    techniques: form.techniques,
    sources: sourcesOf(form.sources),
  };
}

/** Only what the person changed is sent, with the version the form was opened at (optimistic locking). */
export function updateBody(before: CampaignFormState, after: CampaignFormState, version: number): UpdateCampaignInput {
  const body: UpdateCampaignInput = { version };
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (before.name !== after.name) body.name = after.name.trim();
  if (!same(lines(before.aliases), lines(after.aliases))) body.aliases = lines(after.aliases);
  if (before.description !== after.description) body.description = after.description.trim() || null;
  if (before.status !== after.status) body.status = after.status;
  if (!same(before.threatActor, after.threatActor)) Object.assign(body, actorFields(after.threatActor));
  if (before.originCountry !== after.originCountry) body.originCountry = after.originCountry;
  if (!same(before.targetCountries, after.targetCountries)) body.targetCountries = after.targetCountries;
  if (!same(before.techniques, after.techniques)) body.techniques = after.techniques;
  if (!same(sourcesOf(before.sources), sourcesOf(after.sources))) body.sources = sourcesOf(after.sources);
  return body;
}
