import { describe, expect, it } from "vitest";
import { parseListCell } from "./list-cell";

describe("parseListCell", () => {
  it.each([
    ["['Ukraine', 'Belarus']", ["Ukraine", "Belarus"]],
    ['["UA", "BY"]', ["UA", "BY"]],
    ["Ukraine; Belarus", ["Ukraine", "Belarus"]],
    ["UA|BY|", ["UA", "BY"]],
    ["Korea, Republic of", ["Korea, Republic of"]],
    ["['O\\'Brien', \"x, y\"]", ["O'Brien", "x, y"]],
    ["[]", []],
    ["", []],
    ["  single  ", ["single"]],
  ])("%s", (input, expected) => {
    expect(parseListCell(input)).toEqual(expected);
  });

  it("splits on the column's separator, brackets first", () => {
    expect(parseListCell("Sockpuppets, Botnets", ",")).toEqual(["Sockpuppets", "Botnets"]);
    expect(parseListCell("['a, b', 'c']", ",")).toEqual(["a, b", "c"]);
    expect(parseListCell("a; b", "none")).toEqual(["a; b"]);
  });

  it("passes arrays through and drops empty values", () => {
    expect(parseListCell(["a", " ", null, 3])).toEqual(["a", "3"]);
  });
});
