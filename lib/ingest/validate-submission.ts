import { assertDisarmTechniqueIds, InvalidDisarmTechniqueError } from "../disarm/catalog";
import { UrlError } from "../urls/canonical-url";
import { canonicalOrNull } from "./fingerprint";
import { fieldError } from "./field-error";
import type { ItemInput, LogSightingInput } from "./schemas";

export interface PreparedUrls {
  item: ReturnType<typeof canonicalOrNull>;
  sighting: ReturnType<typeof canonicalOrNull>;
}

/** Checks what zod cannot see alone — URLs, DISARM ids, annotation spans — before any write begins. */
export function prepareSubmission(input: LogSightingInput): PreparedUrls {
  const item = input.item ? canonical(input.item.url, "item.url") : null;
  const sighting = canonical(input.sighting.url, "sighting.url");
  if (input.item) {
    try {
      assertDisarmTechniqueIds(input.item.techniques, "item.techniques");
    } catch (error) {
      if (error instanceof InvalidDisarmTechniqueError) throw fieldError("item.techniques", error.message.replace(/^[^:]+: /, ""));
      throw error;
    }
    locateAnnotations(input.item);
  }
  return { item, sighting };
}

function canonical(url: string | undefined, field: string) {
  try {
    return canonicalOrNull(url);
  } catch (error) {
    if (error instanceof UrlError) throw fieldError(field, error.message);
    throw error;
  }
}

/**
 * Every annotation must quote the item's text. Offsets, when given, must point at the quote; without them the
 * first occurrence is used. Mutates the annotations to carry resolved offsets.
 */
export function locateAnnotations(item: ItemInput): void {
  const body = item.text ?? "";
  item.annotations.forEach((annotation, i) => {
    const field = `item.annotations[${i}]`;
    const { quote, startOffset, endOffset } = annotation;
    if (startOffset !== undefined || endOffset !== undefined) {
      if (startOffset === undefined || endOffset === undefined || body.slice(startOffset, endOffset) !== quote) {
        throw fieldError(`${field}.startOffset`, "offsets must select exactly the quoted span of the text");
      }
      return;
    }
    const at = body.indexOf(quote);
    if (at < 0) throw fieldError(`${field}.quote`, "is not a span of the item's text");
    annotation.startOffset = at;
    annotation.endOffset = at + quote.length;
  });
}
