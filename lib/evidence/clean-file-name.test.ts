import { describe, expect, it } from "vitest";
import { cleanFileName } from "./pending-uploads";

describe("cleanFileName", () => {
  it("drops a right-to-left override, so the custody record shows the name as it really ends", () => {
    expect(cleanFileName("invoice\u202Efdp.exe")).toBe("invoicefdp.exe");
    expect(cleanFileName(encodeURIComponent("invoice\u202Efdp.exe"))).toBe("invoicefdp.exe");
  });

  it("drops every bidi, zero-width and control character", () => {
    const hidden = ["\u202A", "\u202B", "\u202C", "\u202D", "\u2066", "\u2067", "\u2068", "\u2069", "\u200E", "\u200F", "\u061C", "\u200B", "\uFEFF", "\u0000", "\u001b", "\u007f", "\u0085", "\u009b"];
    for (const c of hidden) expect(cleanFileName(`pho${c}to.jpg`)).toBe("photo.jpg");
  });

  it("keeps ordinary names in any script and strips paths", () => {
    expect(cleanFileName("Фото з мітингу.jpg")).toBe("Фото з мітингу.jpg");
    expect(cleanFileName("صورة.png")).toBe("صورة.png");
    expect(cleanFileName("../../etc/passwd")).toBe("passwd");
    expect(cleanFileName("\u202E")).toBeNull();
  });
});
