import { createLoader, parseAsInteger, parseAsStringLiteral } from "nuqs/server";

/** Admin → Clustering filters live in the URL, so an admin can link a colleague to "large additions, page 2". */
export const clusteringSearchParams = {
  kind: parseAsStringLiteral(["new", "additions"] as const),
  size: parseAsStringLiteral(["small", "large"] as const),
  page: parseAsInteger.withDefault(1),
};

export const loadClusteringSearchParams = createLoader(clusteringSearchParams);
