import { ItemKind, Manipulation, Verdict } from "../generated/prisma/enums";
import { enumToken, kindToken } from "./normalise-cell";
import { parseListCell } from "./parse/list-cell";
import type { TargetField } from "./target-fields";
import type { ColumnProfile } from "./values/profile-column";

/**
 * How well a column's values fit a target field, 0–1, whatever its header says. Identity fields (row key, file
 * hash) fit only columns whose values look like one — unique ids, 64 hex digits — so that a `keywords` or
 * `case_hash` column can never make rows look "already imported" or files look identical.
 */
export function fieldFit(field: TargetField, p: ColumnProfile): number {
  if (p.filled === 0) return 0;
  const s = p.shares;
  const scalarNoise = s.flag > 0.9 ? 0.1 : s.number > 0.9 ? 0.3 : 1; // a 0/1 score or a number is rarely text
  switch (field) {
    case "rowKey":
      return p.unique && s.idLike >= 0.99 && p.maxLength <= 200 ? 1 : 0;
    case "item.fileSha256":
      return s.sha256 >= 0.99 ? 1 : 0;
    case "item.url":
    case "sighting.url":
    case "item.archiveUrl":
      return s.url >= 0.5 ? s.url : 0;
    case "sighting.observedAt":
    case "item.publishedAt":
      return p.date?.share ?? 0;
    case "item.language":
      return s.language >= 0.5 ? s.language : 0;
    case "item.targetCountries":
    case "sighting.audienceCountry":
      return s.country >= 0.3 ? s.country : 0;
    case "sighting.views":
    case "sighting.shares":
    case "sighting.reactions":
      return s.number >= 0.8 && s.flag < 0.9 ? s.number : 0;
    case "item.techniques":
      return s.technique >= 0.5 ? s.technique : 0;
    case "item.kind":
      return enumShare(p, (v) => kindToken(v) in ItemKind);
    case "item.verdict":
      return enumShare(p, (v) => enumToken(v) in Verdict);
    case "item.manipulations":
      return enumShare(p, (v) => enumToken(v) in Manipulation);
    case "item.platform":
    case "sighting.platform":
      return s.url < 0.5 && p.meanLength <= 30 ? scalarNoise : 0;
    case "sighting.accountHandle":
      return s.idLike >= 0.8 && s.flag < 0.9 ? 1 : 0.3;
    case "item.title":
      return p.meanLength <= 300 ? scalarNoise : 0.5;
    default:
      return scalarNoise;
  }
}

function enumShare(p: ColumnProfile, test: (value: string) => boolean): number {
  const values = p.samples.flatMap((v) => parseListCell(v, p.list?.separator ?? "auto"));
  return values.length ? values.filter(test).length / values.length : 0;
}
