import type { PrismaClient } from "../generated/prisma/client";
import type { DatasetFilter } from "../filters/dataset-filter";
import { buildGraph } from "../graph/build-graph";
import { graphToGexf } from "../graph/graph-gexf";
import { NODE_TYPES } from "../graph/types";
import type { ExportFile } from "./export-file";
import { withOutletsAndNarratives } from "./graph-extras";
import { writeGraphml } from "./graphml";

/** Nodes in an exported graph: more than the interactive view shows (a file has no frame rate to keep). */
export const EXPORT_GRAPH_NODE_CAP = Number(process.env.SIGHTLINE_EXPORT_GRAPH_NODE_CAP) > 0 ? Number(process.env.SIGHTLINE_EXPORT_GRAPH_NODE_CAP) : 50_000;

/**
 * The campaign graph of the filter (lib/graph's buildGraph: campaigns, items, people, outlets, accounts, domains,
 * threat actors and their edges) with the outlets items mention and the narratives they push (graph-extras.ts), as
 * GEXF 1.3 (lib/graph's writer) or GraphML. The graph is bounded by the node
 * cap, so it is built whole and then written; a truncated graph says so in the file's description.
 */
export function graphFile(prisma: PrismaClient, filter: DatasetFilter, format: "gexf" | "graphml"): ExportFile {
  let rows = 0;
  return {
    name: format === "gexf" ? "graph.gexf" : "graph.graphml",
    contentType: format === "gexf" ? "application/gexf+xml; charset=utf-8" : "application/graphml+xml; charset=utf-8",
    rows: () => rows,
    async *content() {
      const built = await buildGraph({ filter, types: [...NODE_TYPES], minConfidence: 0 }, prisma, { nodeCap: EXPORT_GRAPH_NODE_CAP });
      const graph = await withOutletsAndNarratives(prisma, built, EXPORT_GRAPH_NODE_CAP * 4);
      rows = graph.nodes.length;
      const description = `Sightline campaign graph; filter ${JSON.stringify(filter)}; ${graph.nodes.length} nodes, ${graph.edges.length} edges` +
        (graph.truncated ? `; truncated to the ${graph.nodeCap} most important of ${graph.totalNodes} nodes` : "");
      yield Buffer.from(format === "gexf" ? graphToGexf(graph, { description }) : writeGraphml(graph, description), "utf8");
    },
  };
}
