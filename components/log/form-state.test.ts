import { describe, expect, it } from "vitest";
import { initialLogFormState, normalisePath, toRequestBody } from "./form-state";

describe("toRequestBody", () => {
  it("sends a new item with its sighting, leaving empty fields out", () => {
    const state = { ...initialLogFormState(new Date("2025-03-01T10:00:00Z")), url: " https://x.com/a/status/1 ", title: "T", views: "1 200", persons: [{ name: "Alan Read", role: "impersonated" as const }] };
    const body = toRequestBody(state);
    expect(body).toMatchObject({ item: { kind: "video", url: "https://x.com/a/status/1", title: "T", persons: [{ name: "Alan Read", role: "impersonated" }] }, sighting: { views: "1200" } });
    expect("item" in body ? body.item?.text : "unexpected").toBeUndefined();
    expect(body.sighting.url).toBeUndefined();
  });

  it("attaches to a known item: only the sighting, with the pasted URL", () => {
    const state = { ...initialLogFormState(), url: "https://t.me/c/5", title: "ignored", attachTo: { itemId: "i-1", title: "Known" } };
    const body = toRequestBody(state);
    expect(body).not.toHaveProperty("item");
    expect(body).toMatchObject({ itemId: "i-1", sighting: { url: "https://t.me/c/5" } });
  });

  it("normalises error paths", () => {
    expect(normalisePath("item.persons[0].name")).toBe("item.persons.0.name");
    expect(normalisePath("item.annotations[12].startOffset")).toBe("item.annotations.12.startOffset");
  });
});
