import { describe, expect, it } from "vitest";
import { tableToCsv } from "./chart-data-csv";

const table = {
  columns: [
    { key: "label", label: "Label" },
    { key: "n", label: "N", numeric: true },
  ],
  rows: [
    { label: "=HYPERLINK(\"http://evil.example\",\"click\")", n: -5 },
    { label: "+1+cmd|' /C calc'!A0", n: 2 },
    { label: "@SUM(A1:A2)", n: 0 },
    { label: "-look", n: 1 },
    { label: "\tTab", n: 1 },
    { label: "Łódź — Київ", n: 3 },
  ],
};

describe("tableToCsv: formula injection", () => {
  it("prefixes text cells starting with = + - @ or a tab with ', and leaves numbers (even negative) alone", () => {
    const lines = tableToCsv(table).split("\r\n");
    expect(lines.slice(1, 7)).toEqual([
      `"'=HYPERLINK(""http://evil.example"",""click"")",-5`,
      `'+1+cmd|' /C calc'!A0,2`,
      `'@SUM(A1:A2),0`,
      `'-look,1`,
      `'\tTab,1`,
      "Łódź — Київ,3",
    ]);
  });

  it("the spreadsheet variant starts with a UTF-8 BOM; the plain one does not", () => {
    expect(tableToCsv(table, { spreadsheet: true }).startsWith("\uFEFFlabel,n\r\n")).toBe(true);
    expect(Buffer.from(tableToCsv(table, { spreadsheet: true }), "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(tableToCsv(table).startsWith("label,n\r\n")).toBe(true);
  });
});
