/**
 * Structural checks of an OpenAPI 3.1 document — the parts a generator can get wrong: the version, that every
 * $ref resolves, that every operation answers something, and that path templates and path parameters agree.
 */
const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
type Node = { [key: string]: unknown };

function resolvePointer(doc: unknown, pointer: string): unknown {
  if (!pointer.startsWith("#/")) return undefined;
  return pointer
    .slice(2)
    .split("/")
    .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce<unknown>((node, key) => (node && typeof node === "object" ? (node as Node)[key] : undefined), doc);
}

function collectRefs(value: unknown, at: string, out: { ref: string; at: string }[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collectRefs(v, `${at}/${i}`, out));
  else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "$ref" && typeof v === "string") out.push({ ref: v, at });
      else collectRefs(v, `${at}/${key}`, out);
    }
  }
}

export function checkOpenApiDocument(doc: Node): string[] {
  const problems: string[] = [];
  if (typeof doc.openapi !== "string" || !/^3\.1\.\d+$/.test(doc.openapi)) problems.push(`openapi must be 3.1.x, got ${String(doc.openapi)}`);
  const info = doc.info as Node | undefined;
  if (!info || typeof info.title !== "string" || typeof info.version !== "string") problems.push("info.title and info.version are required");
  const refs: { ref: string; at: string }[] = [];
  collectRefs(doc, "#", refs);
  for (const { ref, at } of refs) if (resolvePointer(doc, ref) === undefined) problems.push(`${at}: $ref ${ref} does not resolve`);
  const deref = (node: unknown): Node => {
    const r = node && typeof node === "object" ? (node as Node).$ref : undefined;
    return (typeof r === "string" ? resolvePointer(doc, r) : node) as Node;
  };
  for (const [path, item] of Object.entries((doc.paths as Record<string, Node>) ?? {})) {
    if (!path.startsWith("/")) problems.push(`${path}: paths must start with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
    const shared = ((item.parameters as unknown[]) ?? []).map(deref);
    for (const method of METHODS) {
      const op = item[method] as Node | undefined;
      if (!op) continue;
      const responses = op.responses as Node | undefined;
      if (!responses || Object.keys(responses).length === 0) problems.push(`${method.toUpperCase()} ${path}: no responses`);
      for (const [status, response] of Object.entries(responses ?? {})) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) problems.push(`${method.toUpperCase()} ${path}: bad status ${status}`);
        if (typeof deref(response)?.description !== "string") problems.push(`${method.toUpperCase()} ${path} ${status}: a response needs a description`);
      }
      const params = [...shared, ...((op.parameters as unknown[]) ?? []).map(deref)];
      const pathParams = params.filter((p) => p?.in === "path").map((p) => String(p.name));
      for (const name of templated) if (!pathParams.includes(name)) problems.push(`${method.toUpperCase()} ${path}: path parameter {${name}} is not declared`);
      for (const p of params) if (p?.in === "path" && p.required !== true) problems.push(`${method.toUpperCase()} ${path}: path parameter ${String(p.name)} must be required`);
    }
  }
  return problems;
}
