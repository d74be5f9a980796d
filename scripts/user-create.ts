/**
 * npm run user:create -- --email ana@example.org --role admin [--name "Ana"] [--password …]
 * Creates a person (the first admin, typically). Without --password a strong one is generated and printed once.
 */
import crypto from "node:crypto";
import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { openDatabase } from "../lib/db/client";
import { describeDatabase, resolveDatabaseConfig } from "../lib/db/config";
import { prepareDatabase } from "../lib/db/prepare";
import { createUser, DuplicateEmailError } from "../lib/users/manage-users";
import { createUserBodySchema } from "../lib/users/schemas";

const USAGE = "usage: npm run user:create -- --email <email> --role admin|fact_checker|journalist|researcher [--name <name>] [--password <password>]";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
    strict: true,
  });
  const generated = values.password ? null : crypto.randomBytes(12).toString("base64url");
  const body = createUserBodySchema.parse({
    email: values.email,
    role: values.role,
    name: values.name ?? values.email?.split("@")[0],
    password: values.password ?? generated,
  });
  const config = resolveDatabaseConfig();
  const database = openDatabase(config);
  try {
    await prepareDatabase(database, () => {});
    const user = await createUser(database.prisma, body, { kind: "system" });
    console.log(`Created ${user.role} ${user.email} in ${describeDatabase(config)}.`);
    if (generated) console.log(`Password (shown once): ${generated}`);
    return 0;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ZodError) {
      for (const issue of error.issues) console.error(`--${issue.path.join(".")}: ${issue.message}`);
      console.error(USAGE);
      process.exit(2);
    }
    if (error instanceof DuplicateEmailError || (error instanceof TypeError && "code" in error)) {
      console.error(error.message);
      console.error(USAGE);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
