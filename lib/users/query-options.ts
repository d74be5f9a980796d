import { queryOptions } from "@tanstack/react-query";
import { apiGet } from "../http/api-client";
import { keys } from "../query-keys";
import type { PeopleList } from "./list-people";

export const peopleQueries = {
  list: () =>
    queryOptions({
      queryKey: keys.admin.people(),
      queryFn: ({ signal }) => apiGet<PeopleList>("/api/admin/users", {}, signal),
    }),
};
