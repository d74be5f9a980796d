import { z } from "zod";

const text = (max: number) => z.string().max(max, { error: `must be at most ${max} characters` }).optional();

/** GET /api/duplicates?url=&sha256=&title=&text= (POST with the same JSON for long transcripts). */
export const duplicatesQuerySchema = z.strictObject({
  url: text(2048),
  sha256: text(64),
  title: text(500),
  text: text(100_000),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
