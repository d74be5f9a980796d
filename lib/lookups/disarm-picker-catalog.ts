import { readDisarmCatalog } from "../disarm/catalog";
import type { DisarmPickerCatalog } from "./schemas";

/** All 391 techniques with their tactics, in framework order: small enough (~30 KB) to send once and filter in the browser. */
export function disarmPickerCatalog(): DisarmPickerCatalog {
  const { tactics, techniques } = readDisarmCatalog();
  return {
    tactics: [...tactics].sort((a, b) => a.sortOrder - b.sortOrder).map((t) => ({ id: t.id, name: t.name, phase: t.phase })),
    techniques: techniques.map((t) => ({ id: t.id, name: t.name, tacticId: t.tacticId, parentId: t.parentId })),
  };
}
