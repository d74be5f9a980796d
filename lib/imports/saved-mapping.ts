import type { PrismaClient } from "../generated/prisma/client";
import { guessFromRows } from "./guess-mapping";
import { adaptMapping, headerSignature, importMappingSchema, type ImportMapping } from "./mapping";
import type { SourceRecord } from "./parse/read-records";

/**
 * The mapping offered for a file: the one saved for the same headers, else a guess from the header names and
 * the first rows' values (with the guess's confidence per field and the columns it leaves out).
 */
export async function offeredMapping(prisma: PrismaClient, format: string, headers: readonly string[], head: readonly SourceRecord[] = []) {
  const guess = guessFromRows(headers, head.flatMap((r) => (r.values ? [r.values] : [])));
  const saved = await prisma.importMapping.findUnique({ where: { headerSignature: headerSignature(format, headers) } });
  const parsed = saved ? importMappingSchema.safeParse(saved.mapping) : null;
  if (parsed?.success) return { mapping: adaptMapping(parsed.data, headers), source: "saved" as const, guess };
  return { mapping: guess.mapping, source: "guessed" as const, guess };
}

/** Remembers a mapping for the next file with the same headers (in any order). */
export async function saveMapping(prisma: PrismaClient, format: string, headers: readonly string[], mapping: ImportMapping, userId: string | null) {
  const signature = headerSignature(format, headers);
  await prisma.importMapping.upsert({
    where: { headerSignature: signature },
    create: { headerSignature: signature, format, mapping, createdById: userId },
    update: { mapping },
  });
}
