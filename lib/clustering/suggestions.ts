import type { ItemGraph } from "./communities";
import { itemReasons, KEYS_OF, signalsOf, suggestionReasons, setKeyCounts, type ItemEvidence, type Label } from "./reasons";
import type { ClusterInput, ClusterItem, SignalName, Suggestion } from "./types";
import { MIN_CANDIDATE_SIZE, MIN_ITEM_SCORE } from "./weights";

const round = (x: number) => Math.round(x * 100) / 100;

/** Noisy-OR of an item's three strongest edges into a set: how firmly it is tied there (one weak link is not enough). */
function tie(graph: ItemGraph, u: number, inSet: (v: number) => boolean): number {
  const best = [0, 0, 0];
  for (let p = graph.offsets[u]; p < graph.offsets[u + 1]; p++) {
    if (!inSet(graph.neighbour[p])) continue;
    const w = graph.weight[graph.adjacencyEdge[p]];
    if (w > best[2]) {
      best[2] = w;
      best.sort((x, y) => y - x);
    }
  }
  return 1 - (1 - best[0]) * (1 - best[1]) * (1 - best[2]);
}

function evidenceOf(graph: ItemGraph, u: number, inSet: (v: number) => boolean): ItemEvidence {
  const neighboursBySignal = new Map<SignalName, number[]>();
  for (let p = graph.offsets[u]; p < graph.offsets[u + 1]; p++) {
    const v = graph.neighbour[p];
    if (!inSet(v)) continue;
    for (const signal of signalsOf(graph.mask[graph.adjacencyEdge[p]])) {
      const list = neighboursBySignal.get(signal);
      if (list) list.push(v);
      else neighboursBySignal.set(signal, [v]);
    }
  }
  return { neighboursBySignal };
}

interface Draft {
  campaignId: string | null;
  members: { index: number; score: number }[];
  memberSet: Set<number>;
  /** Items the members are compared with for reasons: the campaign's confirmed items, or the candidate itself. */
  reference: (v: number) => boolean;
}

/**
 * Communities → suggestions. A community with confirmed members proposes its unlinked items to the campaign they
 * are most tied to (score = that campaign's share of the community's confirmed members × the item's tie to it);
 * one without becomes a new campaign candidate. Confirmed links are never proposed or changed; rejected links and
 * rejected pairs are never proposed again.
 */
export function buildSuggestions(
  input: ClusterInput, graph: ItemGraph, communityOf: Int32Array, communityCount: number,
  coordinationKeys: (item: ClusterItem) => readonly string[] = () => [],
): { suggestions: Suggestion[]; topReasonOf: string[] } {
  const { items } = input;
  const counts = new Map<string, number>();
  const keysOf = (signal: SignalName) => (signal === "coordinated_accounts" ? coordinationKeys : KEYS_OF[signal]);
  for (const item of items) {
    for (const signal of ["same_account", "same_domain", "same_person", "same_outlet", "shared_narrative", "mentioned_org", "shared_hashtag", "coordinated_accounts"] as const) {
      for (const key of keysOf(signal)!(item)) counts.set(`${signal} ${key}`, (counts.get(`${signal} ${key}`) ?? 0) + 1);
    }
  }
  setKeyCounts((signal, key) => counts.get(`${signal} ${key}`) ?? 0, items.length);
  const withCoordination = coordinationKeys;
  const index = new Map(items.map((item, i) => [item.id, i]));
  const confirmedIn: string[][] = items.map(() => []);
  for (const { itemId, campaignId } of input.confirmed) {
    const i = index.get(itemId);
    if (i !== undefined) confirmedIn[i].push(campaignId);
  }
  const rejectedLink = new Set(input.rejectedLinks.map((r) => `${r.itemId}|${r.campaignId}`));
  const rejectedWith = new Map<number, Set<number>>();
  for (const [x, y] of input.rejectedPairs) {
    const i = index.get(x);
    const j = index.get(y);
    if (i === undefined || j === undefined) continue;
    (rejectedWith.get(i) ?? rejectedWith.set(i, new Set()).get(i)!).add(j);
    (rejectedWith.get(j) ?? rejectedWith.set(j, new Set()).get(j)!).add(i);
  }
  const members: number[][] = Array.from({ length: communityCount }, () => []);
  for (let i = 0; i < items.length; i++) members[communityOf[i]].push(i);

  const byCampaign = new Map<string, Draft>();
  const drafts: Draft[] = [];
  for (const community of members) {
    if (community.length < 2) continue;
    const inCommunity = (v: number) => communityOf[v] === communityOf[community[0]];
    const counts = new Map<string, number>();
    let confirmedTotal = 0;
    for (const i of community) {
      for (const c of confirmedIn[i]) counts.set(c, (counts.get(c) ?? 0) + 1);
      if (confirmedIn[i].length) confirmedTotal++;
    }
    const unlinked = community.filter((i) => confirmedIn[i].length === 0);
    if (confirmedTotal > 0) {
      const dominant = [...counts.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0];
      for (const u of unlinked) {
        // The campaign whose confirmed items u is most directly tied to; the community's main one otherwise.
        const direct = new Map<string, number>();
        for (let p = graph.offsets[u]; p < graph.offsets[u + 1]; p++) {
          const w = graph.weight[graph.adjacencyEdge[p]];
          for (const c of confirmedIn[graph.neighbour[p]]) direct.set(c, (direct.get(c) ?? 0) + w);
        }
        const campaignId = [...direct.entries()].filter(([c]) => counts.has(c))
          .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0] ?? dominant;
        if (rejectedLink.has(`${items[u].id}|${campaignId}`)) continue;
        const score = ((counts.get(campaignId) ?? 0) / confirmedTotal) * tie(graph, u, inCommunity);
        if (score < MIN_ITEM_SCORE) continue;
        let draft = byCampaign.get(campaignId);
        if (!draft) {
          const memberSet = new Set<number>();
          draft = { campaignId, members: [], memberSet, reference: (v) => memberSet.has(v) || confirmedIn[v].includes(campaignId) };
          byCampaign.set(campaignId, draft);
          drafts.push(draft);
        }
        draft.members.push({ index: u, score });
        draft.memberSet.add(u);
      }
    } else if (unlinked.length >= MIN_CANDIDATE_SIZE) {
      const scored = unlinked.map((u) => ({ index: u, score: tie(graph, u, inCommunity) }))
        .filter((m) => m.score >= MIN_ITEM_SCORE)
        .sort((x, y) => y.score - x.score || x.index - y.index);
      // Rejected pairs never end up together: the better-scored item of a rejected pair stays.
      const kept: { index: number; score: number }[] = [];
      const keptSet = new Set<number>();
      for (const m of scored) {
        const rejected = rejectedWith.get(m.index);
        if (rejected && [...rejected].some((j) => keptSet.has(j))) continue;
        kept.push(m);
        keptSet.add(m.index);
      }
      if (kept.length >= MIN_CANDIDATE_SIZE) drafts.push({ campaignId: null, members: kept, memberSet: keptSet, reference: (v) => keptSet.has(v) });
    }
  }
  const label: Label = (id) => input.labels.get(id) ?? id;
  // Reasons name a coordinated group like any other shared value: the items carry their group key while reasons are written.
  const reasonItems = items.map((item) => {
    const keys = withCoordination(item);
    return keys.length ? { ...item, coordination: keys } : item;
  });
  const suggestions = drafts
    .map((draft) => finish(draft, graph, { ...input, items: reasonItems }, label))
    .filter((s) => s.members.length > 0)
    .sort((x, y) => y.score - x.score || y.members.length - x.members.length || (x.members[0].itemId < y.members[0].itemId ? -1 : 1));
  const index2 = new Map(items.map((item, i) => [item.id, i]));
  const topReasonOf = items.map(() => "");
  for (const s of suggestions) for (const m of s.members) topReasonOf[index2.get(m.itemId)!] = m.reasons[0]?.detail ?? "";
  return { suggestions, topReasonOf };
}

function finish(draft: Draft, graph: ItemGraph, input: ClusterInput, label: Label): Suggestion {
  // Every member is kept: a large group says it is large (itemCount) and the UI pages its items; nothing is capped.
  const members = draft.members.sort((x, y) => y.score - x.score || x.index - y.index);
  const withEvidence = members.map((m) => ({ ...m, evidence: evidenceOf(graph, m.index, (v) => v !== m.index && draft.reference(v)) }));
  return {
    campaignId: draft.campaignId,
    score: round(members.reduce((sum, m) => sum + m.score, 0) / Math.max(1, members.length)),
    reasons: suggestionReasons(withEvidence, input.items, label),
    members: withEvidence.map((m) => ({
      itemId: input.items[m.index].id,
      score: round(m.score),
      reasons: itemReasons(input.items[m.index], m.evidence, input.items, label),
    })),
  };
}
