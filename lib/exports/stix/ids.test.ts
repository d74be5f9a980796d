import { v5 } from "uuid";
import { describe, expect, it } from "vitest";
import { SIGHTLINE_STIX_NAMESPACE, stixId, uuidv5 } from "./ids";

describe("uuidv5", () => {
  it("is the uuid package's v5 for any name, ASCII or not", () => {
    const namespace = Buffer.from(SIGHTLINE_STIX_NAMESPACE.replace(/-/g, ""), "hex");
    for (const name of ["", "item:0000561b-ddba-50fc-ac69-6509742ac496", "person:Émilie Dubois", "関係:🙂", "x".repeat(5000), "é".repeat(30_000)]) {
      expect(uuidv5(name, namespace)).toBe(v5(name, SIGHTLINE_STIX_NAMESPACE));
    }
  });

  it("gives STIX ids of the type asked, the same every time", () => {
    expect(stixId("campaign", "campaign:1")).toBe(`campaign--${v5("campaign:1", SIGHTLINE_STIX_NAMESPACE)}`);
  });
});
