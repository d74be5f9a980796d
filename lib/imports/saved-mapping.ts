import type { PrismaClient } from "../generated/prisma/client";
import { adaptMapping, guessMapping, headerSignature, importMappingSchema, type ImportMapping } from "./mapping";

/** The mapping offered for a file: the one saved for the same headers, else a guess from the header names. */
export async function offeredMapping(prisma: PrismaClient, format: string, headers: readonly string[]) {
  const saved = await prisma.importMapping.findUnique({ where: { headerSignature: headerSignature(format, headers) } });
  const parsed = saved ? importMappingSchema.safeParse(saved.mapping) : null;
  if (parsed?.success) return { mapping: adaptMapping(parsed.data, headers), source: "saved" as const };
  return { mapping: guessMapping(headers), source: "guessed" as const };
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
