import { describe, expect, it } from "vitest";
import { crlfRecords, csvField, csvRecords } from "./csv-text";

describe("csvField", () => {
  it.each([
    [null, ""],
    ["", '""'],
    ["plain", "plain"],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["\\.", '"\\."'],
    ["=SUM(A1)", "=SUM(A1)"],
  ])("%j → %j (as COPY writes it)", (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it("ends every record with CRLF", () => {
    expect(csvRecords([["a", null], ["", "b"]])).toBe('a,\r\n"",b\r\n');
  });
});

describe("crlfRecords", () => {
  it("turns record LFs into CRLF and leaves newlines inside quotes alone, across chunk boundaries", () => {
    const input = 'id,text\n1,"line one\nline ""two""\n"\n2,plain\n3,"x,\ny"\n';
    const convert = crlfRecords();
    for (const cut of [1, 5, 13, 17, 30]) {
      const c = crlfRecords();
      const out = Buffer.concat([c(Buffer.from(input.slice(0, cut))), c(Buffer.from(input.slice(cut)))]).toString();
      expect(out).toBe('id,text\r\n1,"line one\nline ""two""\n"\r\n2,plain\r\n3,"x,\ny"\r\n');
    }
    expect(convert(Buffer.from("no newline")).toString()).toBe("no newline");
    expect(convert(Buffer.from("a\n\"b\nc\"\n")).toString()).toBe("a\r\n\"b\nc\"\r\n");
    expect(convert.records).toBe(2);
  });
});
