import { createLoader, parseAsBoolean } from "nuqs/server";

/** "Show deleted" lives in the URL, so an admin can link a colleague to the deleted markers. */
export const markersSearchParams = {
  deleted: parseAsBoolean.withDefault(false),
};

export const loadMarkersSearchParams = createLoader(markersSearchParams);
