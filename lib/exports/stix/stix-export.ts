import { Prisma } from "../../generated/prisma/client";
import type { DatasetFilter } from "../../filters/dataset-filter";
import type { ExportFile } from "../export-file";
import { perItemBatches } from "../item-windows";
import { jsonlQuery } from "../jsonl-export";
import type { ReadSession } from "../read-session";
import { entityQueries, type ActorRow, type CampaignRow, type NarrativeRow, type PartyRow, type TechniqueRow } from "./entities";
import { stixId } from "./ids";
import { actorObject, campaignObjects, itemObjects, narrativeObject, partyObject, techniqueObject, type ItemJson, type StixObject } from "./objects";

const REPORT_OBSERVED_REFS = 1000;

/**
 * A STIX 2.1 bundle, written object by object: the entities (campaigns, threat actors, identities, DISARM
 * attack-patterns and their relationships), then every item in batches, then a report. Memory holds the entity
 * ids (hundreds) and the first 1,000 observed-data ids the report lists — never the items.
 */
export function stixFile(session: ReadSession, filter: DatasetFilter, options: { signal?: AbortSignal; now: Date; windowItems?: number }): ExportFile {
  let count = 0;
  return {
    name: "bundle.json",
    contentType: "application/stix+json; charset=utf-8",
    rows: () => count,
    async *content() {
      const bundleId = stixId("bundle", `export:${JSON.stringify(filter)}:${options.now.toISOString()}`);
      yield Buffer.from(`{"type":"bundle","id":"${bundleId}","objects":[\n`);
      let first = true;
      const write = (objects: StixObject[]) => {
        let text = "";
        for (const o of objects) {
          text += `${first ? "" : ",\n"}${JSON.stringify(o)}`;
          first = false;
          count++;
        }
        return Buffer.from(text, "utf8");
      };
      const json = async <T>(query: Prisma.Sql) => (await session.rows(query)).map(([v]) => JSON.parse(v!) as T);
      const actors = await json<ActorRow>(entityQueries.actors(filter));
      const campaigns = await json<CampaignRow>(entityQueries.campaigns(filter));
      const parties = await json<PartyRow>(entityQueries.parties(filter));
      const techniques = await json<TechniqueRow>(entityQueries.techniques(filter));
      const narratives = await json<NarrativeRow>(entityQueries.narratives(filter));
      const partyIds = new Set(parties.map((p) => p.id));
      const entities = [...actors.map(actorObject), ...techniques.map(techniqueObject), ...parties.map((p) => partyObject(p, partyIds)), ...narratives.map(narrativeObject)];
      const actorIds = new Set(actors.map((a) => a.id));
      entities.push(...campaigns.flatMap((c) => campaignObjects(c, actorIds)));
      const sightline = stixId("identity", "sightline");
      const creator: StixObject = { type: "identity", spec_version: "2.1", id: sightline, created: "2024-01-01T00:00:00.000Z", modified: "2024-01-01T00:00:00.000Z", name: "Sightline", identity_class: "system" };
      yield write([creator, ...entities]);
      const reportRefs = [sightline, ...entities.filter((o) => o.type !== "relationship").map((o) => o.id)];
      const exported = { campaigns: new Set(campaigns.map((c) => c.id)), parties: new Set(parties.map((p) => p.id)), narratives: new Set(narratives.map((n) => n.id)) };
      let observed = 0;
      const items = perItemBatches(session, filter, (f) => jsonlQuery(f, { fileOwner: true }), { signal: options.signal, first: 200, size: 500, windowItems: options.windowItems });
      for await (const batch of items) {
        const objects: StixObject[] = [];
        for (const [line] of batch) {
          const itemObjectsOf = itemObjects(JSON.parse(line!) as ItemJson, exported);
          for (const o of itemObjectsOf) {
            if (o.type === "observed-data" && observed++ < REPORT_OBSERVED_REFS) reportRefs.push(o.id);
          }
          objects.push(...itemObjectsOf);
        }
        yield write(objects);
      }
      const description = [
        `Sightline export of ${observed} items${filter.campaign ? ` of the campaign ${filter.campaign}` : ""}; filter ${JSON.stringify(filter)}.`,
        observed > REPORT_OBSERVED_REFS ? `object_refs lists the entities and the first ${REPORT_OBSERVED_REFS} observed-data; the bundle holds them all.` : "",
      ].filter(Boolean).join(" ");
      const report: StixObject = {
        type: "report", spec_version: "2.1", id: stixId("report", `export:${JSON.stringify(filter)}:${options.now.toISOString()}`),
        created: options.now.toISOString(), modified: options.now.toISOString(), created_by_ref: sightline,
        name: `Sightline export${filter.campaign ? `: ${filter.campaign}` : ""}`, description,
        report_types: [filter.campaign ? "campaign" : "threat-report"], published: options.now.toISOString(), object_refs: reportRefs,
      };
      yield write([report]);
      yield Buffer.from("\n]}\n");
    },
  };
}
