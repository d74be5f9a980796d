import "server-only";
import type { PrismaClient } from "../generated/prisma/client";
import { db } from "../db";
import type { SearchGroup, SearchHit, SearchQuery, SearchResponse, SearchType } from "./schemas";
import { SEARCH_TYPES } from "./schemas";
import { searchAccounts } from "./search-accounts";
import { searchCampaigns } from "./search-campaigns";
import { searchItems } from "./search-items";
import { searchNarratives } from "./search-narratives";
import { searchOrganizations } from "./search-organizations";
import { searchPersons } from "./search-persons";

type Searcher = (q: string, limit: number, client: PrismaClient) => Promise<SearchHit[]>;

const SEARCHERS: Record<SearchType, Searcher> = {
  item: searchItems,
  campaign: searchCampaigns,
  person: searchPersons,
  organization: searchOrganizations,
  account: searchAccounts,
  narrative: searchNarratives,
};

/**
 * The one search box: each requested type is searched in parallel (one query each), groups in a fixed order, empty
 * groups left out. An empty query answers no groups without touching the database.
 */
export async function search(query: SearchQuery, client: PrismaClient = db): Promise<SearchResponse> {
  if (!query.q) return { q: "", groups: [] };
  const types = SEARCH_TYPES.filter((type) => query.types.includes(type));
  const results = await Promise.all(types.map((type) => SEARCHERS[type](query.q, query.limit, client)));
  const groups: SearchGroup[] = types.map((type, index) => ({ type, hits: results[index] })).filter((g) => g.hits.length > 0);
  return { q: query.q, groups };
}
