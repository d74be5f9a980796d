import { execFileSync } from "node:child_process";
import path from "node:path";
import { VALIDATORS_DIR } from "../../testing/validators-dir";

/** The official validators (vendored copy of ../shared/validators, see its README), run as their README says. */
const SHARED = VALIDATORS_DIR;
const ROOT = path.resolve(__dirname, "../../..");

export type Validator = "stix" | "gexf" | "graphml" | "claimreview";

/** "" when the file is valid, else the validator's own output. */
export function validateWith(validator: Validator, file: string): string {
  const [command, args] = {
    stix: ["node", [path.join(SHARED, "stix21/validate-stix21.js"), file]],
    gexf: ["xmllint", ["--noout", "--relaxng", path.join(SHARED, "gexf-1.3/gexf.rng"), file]],
    graphml: ["xmllint", ["--noout", "--schema", path.join(SHARED, "graphml-1.0/graphml.xsd"), file]],
    claimreview: ["node", [path.join(SHARED, "claimreview/check-claimreview.mjs"), file]],
  }[validator] as [string, string[]];
  try {
    execFileSync(command, args, { encoding: "utf8", stdio: "pipe", env: { ...process.env, NODE_PATH: path.join(ROOT, "node_modules") } });
    return "";
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return `${e.stdout ?? ""}${e.stderr ?? ""}` || String(error);
  }
}
