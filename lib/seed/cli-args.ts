export interface SeedOptions {
  /** Synthetic items to add (0: only DISARM, the real case and demo users). */
  items: number;
  seed: number;
  help: boolean;
}

export const DEFAULT_SYNTHETIC_SEED = 42;
export const MAX_SYNTHETIC_ITEMS = 5_000_000;

export const SEED_USAGE = `usage: npm run db:seed [-- --items N [--seed S]]
  (no flags)   load DISARM, the Matryoshka real case and the demo users (idempotent)
  --items N    also add N synthetic items (deterministic; 1 ≤ N ≤ ${MAX_SYNTHETIC_ITEMS})
  --seed S     PRNG seed for the synthetic corpus (integer ≥ 0, default ${DEFAULT_SYNTHETIC_SEED})`;

export class SeedUsageError extends Error {
  constructor(message: string) {
    super(`${message}\n${SEED_USAGE}`);
    this.name = "SeedUsageError";
  }
}

function parseInteger(flag: string, raw: string | undefined, min: number, max: number): number {
  if (raw === undefined || raw.startsWith("--")) throw new SeedUsageError(`${flag} needs a value`);
  const value = raw.replace(/_/g, "");
  if (!/^\d+$/.test(value)) throw new SeedUsageError(`${flag} must be an integer, got "${raw}"`);
  const n = Number(value);
  if (n < min || n > max) throw new SeedUsageError(`${flag} must be between ${min} and ${max}, got ${n}`);
  return n;
}

/** Parses `--items N`, `--items=N`, `--seed S`, `--help`; anything else is an error, never silently ignored. */
export function parseSeedArgs(argv: readonly string[]): SeedOptions {
  const options: SeedOptions = { items: 0, seed: DEFAULT_SYNTHETIC_SEED, help: false };
  let seedGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2) as [string, string | undefined];
    const value = () => (inline !== undefined ? inline : argv[++i]);
    if (flag === "--items") options.items = parseInteger("--items", value(), 1, MAX_SYNTHETIC_ITEMS);
    else if (flag === "--seed") {
      options.seed = parseInteger("--seed", value(), 0, 0xffffffff);
      seedGiven = true;
    } else if (flag === "--help" || flag === "-h") options.help = true;
    else throw new SeedUsageError(`unknown argument "${argv[i]}"`);
  }
  if (seedGiven && options.items === 0) throw new SeedUsageError("--seed only applies with --items");
  return options;
}
