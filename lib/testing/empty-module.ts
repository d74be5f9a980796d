// Stands in for the `server-only` guard when lib code runs under Vitest.
export {};
