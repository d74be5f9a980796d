import { describe, expect, it } from "vitest";
import { createBody, EMPTY_CAMPAIGN, updateBody } from "./campaign-form-state";

describe("campaign form bodies", () => {
  it("sends only changed fields with the version it was opened at", () => {
    const before = { ...EMPTY_CAMPAIGN, name: "Matryoshka", aliases: "Operation Overload", techniques: ["T0087.001"] };
    expect(updateBody(before, { ...before }, 3)).toEqual({ version: 3 });
    expect(updateBody(before, { ...before, aliases: "Operation Overload\n  Storm-1679 \n", status: "dormant" }, 3)).toEqual({
      version: 3,
      aliases: ["Operation Overload", "Storm-1679"],
      status: "dormant",
    });
  });

  it("picks an actor by id, creates one by name, or clears it", () => {
    const before = { ...EMPTY_CAMPAIGN, name: "X", threatActor: { id: "a1", name: "SDA" } };
    expect(updateBody(before, { ...before, threatActor: { name: "New actor" } }, 1)).toEqual({ version: 1, newThreatActor: { name: "New actor" } });
    expect(updateBody(before, { ...before, threatActor: null }, 1)).toEqual({ version: 1, threatActorId: null });
    expect(createBody({ ...EMPTY_CAMPAIGN, name: " Y ", sources: [{ title: "Report", url: "", publisher: "" }, { title: "", url: "", publisher: "" }] })).toMatchObject({
      name: "Y",
      sources: [{ title: "Report", url: null, publisher: null }],
    });
  });
});
