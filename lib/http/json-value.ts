import { ApiError } from "./errors";

/** Deeper than any body or import row this app reads; a deeper document is an attack or a broken file. */
export const MAX_JSON_DEPTH = 64;

export interface JsonProblem {
  path: string;
  message: string;
}

/**
 * Checks a parsed JSON value without recursion (a 100k-deep array must not blow the stack here either): nesting
 * beyond `maxDepth`, and NUL characters in any string or key — PostgreSQL cannot store U+0000 in text, so one
 * would otherwise surface as a 500 from deep inside a write. Answers the first problem with the field's path.
 */
export function findJsonProblem(value: unknown, maxDepth = MAX_JSON_DEPTH, options: { nul?: boolean } = {}): JsonProblem | null {
  const checkNul = options.nul ?? true;
  const stack: { value: unknown; path: string; depth: number }[] = [{ value, path: "", depth: 0 }];
  while (stack.length > 0) {
    const { value: current, path, depth } = stack.pop()!;
    if (typeof current === "string") {
      if (checkNul && current.includes("\u0000")) return { path: path || "(body)", message: "must not contain a NUL character" };
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (depth >= maxDepth) return { path: path || "(body)", message: `is nested deeper than ${maxDepth} levels` };
    const entries = Array.isArray(current) ? current.map((v, i) => [String(i), v] as const) : Object.entries(current);
    for (const [key, child] of entries) {
      const childPath = path ? `${path}.${key}` : key;
      if (checkNul && key.includes("\u0000")) return { path: childPath.replace(/\u0000/g, "\\0"), message: "must not contain a NUL character" };
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return null;
}

/** Only the nesting check, for import files (their cells are cleaned by the import itself): a reason, or null. */
export function nestingProblem(value: unknown): string | null {
  const problem = findJsonProblem(value, MAX_JSON_DEPTH, { nul: false });
  return problem ? `${problem.path === "(body)" ? "the document" : problem.path} ${problem.message}` : null;
}

/** 422 naming the field when a parsed body holds NUL or nests too deep. */
export function assertCleanJson(value: unknown): void {
  const problem = findJsonProblem(value);
  if (problem) throw new ApiError(422, "invalid_request", `Invalid ${problem.path}: ${problem.message}`, [problem]);
}
