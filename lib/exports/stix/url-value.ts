/** Characters RFC 3986 allows in a URI outside percent escapes (brackets only in an IPv6 host, so not here). */
const ALLOWED = /^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/;
const HEX2 = /^[0-9A-Fa-f]{2}$/;

/**
 * A URL as stored (typed by a person, possibly malformed: a bad "%" escape, a space, two URLs run together) in a
 * form the STIX url object's `value` accepts (RFC 3986, as the OASIS schema's "uri" format checks): every
 * character RFC 3986 does not allow is percent-encoded as UTF-8, a "%" not followed by two hex digits becomes
 * "%25", and a second "#" is encoded. The verbatim value travels beside it (x_sightline_original_url), so nothing
 * is lost. Null when the value has no scheme at all: then it is not a URL, and the item gets no url observable.
 */
export function stixUrlValue(raw: string | null): string | null {
  const value = raw?.trim();
  if (!value || !/^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  let out = "";
  let fragment = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (ch === "%") {
      out += HEX2.test(value.slice(i + 1, i + 3)) ? "%" : "%25";
    } else if (ch === "#" && !fragment) {
      fragment = true;
      out += ch;
    } else if (ALLOWED.test(ch)) {
      out += ch;
    } else {
      // A lone surrogate cannot be encoded: it becomes U+FFFD, still percent-encoded.
      const code = value.codePointAt(i)!;
      if (code > 0xffff) i++;
      const char = code >= 0xd800 && code <= 0xdfff ? "\uFFFD" : String.fromCodePoint(code);
      out += [...Buffer.from(char, "utf8")].map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`).join("");
    }
  }
  return out;
}
