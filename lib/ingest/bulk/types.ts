import type { IngestChannel, Prisma } from "../../generated/prisma/client";
import type { Actor } from "../../audit/record-audit";
import type { TextFingerprint } from "../fingerprint";
import type { FillableItem, ResolvedItemFacts, SightingVariants } from "../item-facts";
import type { ItemInput, LogSightingInput } from "../schemas";
import type { PreparedUrls } from "../validate-submission";

export type Tx = Pick<Prisma.TransactionClient, "$executeRaw" | "$queryRaw">;

/** One already-validated input row (logSightingSchema({ lenient: true })) with where it came from. */
export interface BulkRow {
  rowNumber: number;
  rowKey: string | null;
  input: LogSightingInput;
  /** The item's text fingerprint and prepareSubmission's result, when the caller has them already (off the write path). */
  fingerprint?: TextFingerprint;
  urls?: PreparedUrls;
}

export interface BulkOptions {
  channel: IngestChannel;
  actor: Actor;
  /** When set, every written row's ImportJobRow is inserted in the same transaction (exactly-once imports). */
  importJobId?: string;
  /** Profiling hook: called with each phase's wall time in ms (bench/import.ts prints where a batch spends it). */
  onPhase?: (phase: string, ms: number) => void;
}

/** What became of one row. `field` is the input path ("item.annotations[0].marker"), like fieldError's. */
export interface BulkRowResult {
  rowNumber: number;
  rowKey: string | null;
  status: "created" | "merged" | "failed";
  itemId?: string;
  sightingId?: string;
  field?: string;
  reason?: string;
  /** True when its ImportJobRow was written inside the batch's transaction. */
  recorded: boolean;
}

/** A row that passed the per-row checks, with its canonical URLs and (for new items) its text fingerprint. */
export interface PreparedRow {
  row: BulkRow;
  item: ItemInput | null;
  urls: PreparedUrls;
}

/** The item a row writes to: one known before the batch, or one the batch creates. */
export interface Target {
  id: string;
  isNew: boolean;
  /** The row that creates it (new items only). */
  creator: PlannedRow | null;
  /** Current values as the rows of the batch see them in order (merges union into them). */
  targetCountries: string[];
  manipulations: string[];
  /** How many merges grew the item (arrays or filled fields): each bumps the version, as mergeIntoItem does. */
  grew: number;
  fingerprint?: TextFingerprint;
  /** The fillable fields as the rows of the batch see them in order (null for items attached to by id). */
  current: FillableItem | null;
  /** Known items: the empty fields the batch's merges fill (written by updateKnownItems). */
  fill: Partial<FillableItem>;
  /** New items: kind, platform and languages as stored. */
  facts?: ResolvedItemFacts;
}

export interface PlannedRow {
  prepared: PreparedRow;
  target: Target;
  outcome: "created" | "merged" | "attached";
  sightingId: string;
  /** What the sighting keeps of the row: title/text as written there when they differ, archive copy, notes. */
  variants: SightingVariants;
  /** The arrays and filled fields before and after this row's merge, for its audit event. */
  mergeAudit?: { before: Record<string, unknown>; after: Record<string, unknown> };
}
