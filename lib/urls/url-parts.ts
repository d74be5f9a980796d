// RFC 3986 §6.2.2.2: percent-encoded unreserved characters are equivalent to the characters themselves.
const UNRESERVED = /^[A-Za-z0-9\-._~]$/;

function normalisePercentEncoding(path: string): string {
  return path.replace(/%([0-9a-fA-F]{2})/g, (_match, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return UNRESERVED.test(char) ? char : `%${hex.toUpperCase()}`;
  });
}

/** Percent-encoding normalised; trailing slash dropped except for the root, because servers almost always alias them. */
export function normalisePath(pathname: string): string {
  const path = normalisePercentEncoding(pathname);
  if (path === "" || path === "/") return "/";
  return path.replace(/\/+$/, "") || "/";
}

export function pathSegments(pathname: string): string[] {
  return pathname.split("/").filter((segment) => segment !== "");
}

/** Query pairs minus the dropped ones, sorted by name then value so parameter order never splits duplicates. */
export function keptParams(params: URLSearchParams, drop: (name: string) => boolean): [string, string][] {
  const kept: [string, string][] = [];
  for (const [name, value] of params) if (!drop(name)) kept.push([name, value]);
  // Code-unit order, not localeCompare: the result must not depend on the process locale.
  return kept.sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
}

export function buildUrl(host: string, port: string, path: string, params: ReadonlyArray<[string, string]> = []): string {
  const query = params.length > 0 ? `?${new URLSearchParams([...params]).toString()}` : "";
  return `https://${host}${port === "" ? "" : `:${port}`}${path}${query}`;
}
