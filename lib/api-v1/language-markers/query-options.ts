import { infiniteQueryOptions, keepPreviousData } from "@tanstack/react-query";
import { apiGet } from "../../http/api-client";
import { keys } from "../../query-keys";
import type { Page } from "../cursor";
import type { LanguageMarkerDto } from "./schemas";

/** The API's largest page: a controlled vocabulary is tens of markers, so one page is nearly always all of them. */
export const LANGUAGE_MARKERS_PAGE_SIZE = 200;

export type LanguageMarkersPage = Page<LanguageMarkerDto>;

/** Admin → Language markers: the v1 list (with annotation counts), newest first, deleted ones on request. */
export const languageMarkerQueries = {
  adminList: (includeDeleted: boolean) =>
    infiniteQueryOptions({
      queryKey: keys.admin.languageMarkers({ includeDeleted }),
      queryFn: ({ signal, pageParam }) =>
        apiGet<LanguageMarkersPage>(
          "/api/v1/language-markers",
          { limit: LANGUAGE_MARKERS_PAGE_SIZE, cursor: pageParam, includeDeleted: includeDeleted || undefined },
          signal,
        ),
      initialPageParam: null as string | null,
      getNextPageParam: (last) => last.nextCursor,
      placeholderData: keepPreviousData,
    }),
};
