import { parentPort } from "node:worker_threads";
import { runClustering } from "./engine";
import type { ClusterItem } from "./types";
import type { FromThread, ToThread } from "./engine-thread";

/**
 * The clustering engine in a worker thread (started by engine-thread.ts): items arrive in chunks, the run starts on
 * "run", and the suggestions go back in chunks, so neither side blocks its event loop on one huge message.
 */
const port = parentPort!;
const items: ClusterItem[] = [];
const bands: (readonly number[])[] = [];
const send = (message: FromThread) => port.postMessage(message);
const MEMBERS_PER_MESSAGE = 250;

port.on("message", (message: ToThread) => {
  if (message.kind === "items") {
    for (const item of message.items) items.push(item);
    for (const b of message.bands) bands.push(b);
    return;
  }
  try {
    const result = runClustering({ ...message.input, items }, { bands, onPhase: (phase) => send({ kind: "phase", phase }) });
    result.suggestions.forEach(({ members, ...head }, index) => {
      for (let from = 0; from < Math.max(1, members.length); from += MEMBERS_PER_MESSAGE) {
        send({ kind: "suggestion", index, head: from === 0 ? head : null, members: members.slice(from, from + MEMBERS_PER_MESSAGE) });
      }
    });
    send({ kind: "done", stats: result.stats, contentOf: result.contentOf, topReasonOf: result.topReasonOf });
  } catch (error) {
    send({ kind: "error", message: error instanceof Error ? error.message : String(error) });
  }
});
