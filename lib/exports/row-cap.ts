import type { Role } from "../auth/permissions";
import { ApiError } from "../http/errors";

const DEFAULT_CAPS: Partial<Record<Role, number>> = { researcher: 250_000, admin: 2_000_000 };

/**
 * The most items one export may hold, per role: SIGHTLINE_EXPORT_ROW_CAP_RESEARCHER / _ADMIN override the defaults
 * (250,000 and 2,000,000). Sightings and links follow their items, so the cap is on items.
 */
export function exportRowCap(role: Role): number {
  const configured = Number(process.env[`SIGHTLINE_EXPORT_ROW_CAP_${role.toUpperCase()}`]);
  return Number.isInteger(configured) && configured > 0 ? configured : (DEFAULT_CAPS[role] ?? 0);
}

const ROLE_NAMES: Record<Role, string> = { admin: "admins", researcher: "researchers", journalist: "journalists", fact_checker: "fact-checkers" };

export function assertWithinRowCap(items: number, role: Role): void {
  const cap = exportRowCap(role);
  if (items <= cap) return;
  throw new ApiError(
    422,
    "over_row_cap",
    `This export would hold ${items.toLocaleString("en")} items; exports by ${ROLE_NAMES[role]} are capped at ${cap.toLocaleString("en")} items. Narrow the filter (a campaign or a date range).`,
    [{ path: "filter", message: `matches ${items} items, over the ${ROLE_NAMES[role]}' cap of ${cap}` }],
  );
}
