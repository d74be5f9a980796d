/** Lower-case, accent-free, punctuation-free form used to compare human-typed names ("Côte d'Ivoire" = "cote d ivoire"). */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

/**
 * Whether free text could be a place or language name: letters, spaces and the punctuation names use, at most 80
 * characters. Rejecting control characters matters: folding would otherwise turn "US\u0000" into the alias "us".
 */
export function isPlausibleName(input: string): boolean {
  return input.length <= 80 && /^[\p{L}\p{M} .,'’()-]+$/u.test(input);
}
