import { describe, expect, it } from "vitest";
import { passwordProblem, passwordSchema } from "./password-policy";

describe("password policy (zxcvbn-ts)", () => {
  it.each(["          ", "aaaaaaaaaa", "1234567890", "password123", "qwertyuiop", "short"])("refuses %j", (password) => {
    expect(passwordProblem(password)).toMatch(/^(is too easy to guess: |must be at least 10 characters)/);
    expect(passwordSchema.safeParse(password).success).toBe(false);
  });

  it.each(["correct horse battery", "zaq1@WSXcde3-otter", "another-good-passphrase"])("accepts %j", (password) => {
    expect(passwordProblem(password)).toBeNull();
  });

  it("refuses more than 256 characters", () => {
    expect(passwordProblem("x".repeat(257))).toBe("must be at most 256 characters");
  });
});
