import type { PrismaClient } from "../../generated/prisma/client";

export interface SyntheticSeedOptions {
  items: number;
  seed: number;
  log?: (line: string) => void;
}

export async function seedSynthetic(_prisma: PrismaClient, _options: SyntheticSeedOptions): Promise<void> {
  throw new Error("The synthetic generator is not implemented yet.");
}
