import path from "node:path";

/** The vendored official validators (lib/testing/validators/README.md), for tests of every export format. */
export const VALIDATORS_DIR = path.resolve(import.meta.dirname, "validators");
