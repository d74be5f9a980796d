import { startThread, yieldToEventLoop } from "../jobs/thread";
import type { ClusterPhase } from "./engine";
import type { ClusterInput, ClusterResult, ClusterStats, Suggestion, SuggestedMember } from "./types";

export type ToThread =
  | { kind: "items"; items: ClusterInput["items"]; bands: (readonly number[])[] }
  | { kind: "run"; input: Omit<ClusterInput, "items"> };
export type FromThread =
  | { kind: "phase"; phase: ClusterPhase }
  | { kind: "suggestion"; index: number; head: Omit<Suggestion, "members"> | null; members: SuggestedMember[] }
  | { kind: "done"; stats: ClusterStats; contentOf: Int32Array; topReasonOf: string[] }
  | { kind: "error"; message: string };

const ITEMS_PER_MESSAGE = 500;

/**
 * runClustering in a worker thread (engine-worker.ts), so a full run never blocks the server: the engine is
 * synchronous and takes seconds at 100k items. Messages are structured-cloned synchronously by the sending thread,
 * so the input goes in chunks with a yield between them, and the suggestions come back in chunks.
 */
/** What a run needs back: the suggestions, and per item its content cluster and top reason (the assignments). */
export type ThreadResult = Pick<ClusterResult, "suggestions" | "stats" | "contentOf" | "topReasonOf">;

export async function runClusteringInThread(
  input: ClusterInput, bands: readonly (readonly number[])[], onPhase?: (phase: ClusterPhase) => void,
): Promise<ThreadResult> {
  const worker = startThread("lib/clustering/engine-worker.ts");
  try {
    const result = new Promise<ThreadResult>((resolve, reject) => {
      const suggestions: Suggestion[] = [];
      worker.on("message", (message: FromThread) => {
        if (message.kind === "phase") onPhase?.(message.phase);
        else if (message.kind === "suggestion") {
          if (message.head) suggestions[message.index] = { ...message.head, members: [] };
          for (const member of message.members) suggestions[message.index].members.push(member);
        } else if (message.kind === "done") resolve({ suggestions, stats: message.stats, contentOf: message.contentOf, topReasonOf: message.topReasonOf });
        else reject(new Error(`Clustering engine: ${message.message}`));
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`Clustering engine thread exited with code ${code}`)));
    });
    result.catch(() => {}); // awaited below; a failure while the input is still being sent must not go unhandled
    const { items, ...rest } = input;
    for (let from = 0; from < items.length; from += ITEMS_PER_MESSAGE) {
      worker.postMessage({ kind: "items", items: items.slice(from, from + ITEMS_PER_MESSAGE), bands: bands.slice(from, from + ITEMS_PER_MESSAGE) } satisfies ToThread);
      await yieldToEventLoop();
    }
    worker.postMessage({ kind: "run", input: rest } satisfies ToThread);
    return await result;
  } finally {
    await worker.terminate();
  }
}
