// Entry of every worker thread started by lib/jobs/thread.ts: the app's server code is TypeScript, bundled by
// Next for requests but loaded from source here, so tsx (a runtime dependency) is registered first; then the
// module named in workerData runs. The same file works under `next start`, `npm run cluster` (tsx) and Vitest.
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
