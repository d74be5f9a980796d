import { z } from "zod";
import { datasetFilterFields, refineDateRange, type DatasetFilter } from "../filters/dataset-filter";
import { NODE_TYPES, type GraphNodeType } from "./types";

/**
 * The graph's query: the shared dataset filter, composed with which node types to show and the minimum confidence
 * of an edge. Query strings come in as text: `types=campaign,item,person` and `minConfidence=0.6`.
 */
const nodeTypeList = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const types = [...new Set(value.split(",").map((t) => t.trim()).filter(Boolean))];
    const unknown = types.filter((t) => !(NODE_TYPES as readonly string[]).includes(t));
    if (unknown.length) {
      ctx.addIssue({ code: "custom", message: `unknown node type ${unknown.map((t) => JSON.stringify(t)).join(", ")}; use ${NODE_TYPES.join(", ")}` });
      return z.NEVER;
    }
    return types.length ? (NODE_TYPES.filter((t) => types.includes(t)) as GraphNodeType[]) : [...NODE_TYPES];
  });

const confidence = z
  .union([z.number(), z.string().trim().regex(/^\d*\.?\d+$/, { error: "must be a number from 0 to 1" }).transform(Number)], {
    error: "must be a number from 0 to 1",
  })
  .pipe(z.number().min(0, { error: "must be at least 0" }).max(1, { error: "must be at most 1" }));

const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
/** A node id to expand: its neighbourhood, whatever the dataset filter says ("item:<uuid>", "domain:example.com"). */
export const focusSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(new RegExp(`^((campaign|item|person|organization|account|threat_actor):${uuid}|domain:[a-z0-9.-]{1,253})$`), {
    error: "must be a node id such as item:<uuid> or domain:example.com",
  });

export const graphQuerySchema = z
  .strictObject({
    ...datasetFilterFields,
    types: nodeTypeList.optional(),
    minConfidence: confidence.optional(),
    focus: focusSchema.optional(),
  })
  .superRefine(refineDateRange)
  .transform(({ types, minConfidence, focus, ...filter }) => ({
    filter: filter as DatasetFilter,
    types: types ?? [...NODE_TYPES],
    minConfidence: minConfidence ?? 0,
    ...(focus ? { focus } : {}),
  }));

export type GraphQuery = z.output<typeof graphQuerySchema>;
export type GraphQueryInput = z.input<typeof graphQuerySchema>;
