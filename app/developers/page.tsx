import type { Metadata } from "next";
import { connection } from "next/server";
import { MAX_PAGE_SIZE } from "@/lib/api-v1/list-query";
import { rateLimitFromEnv } from "@/lib/api-v1/rate-limit";
import { buildOpenApiDocument } from "@/lib/openapi/document";
import { ApiBasics } from "./api-basics";
import { EndpointGroup } from "./endpoint-group";
import { InlineCode } from "./inline-code";
import { operationsByTag } from "./operations";
import styles from "./developers.module.css";

export const metadata: Metadata = { title: "API" };

/** The human-readable API reference, rendered from the same OpenAPI document that /api/v1/openapi.json serves. */
export default async function DevelopersPage() {
  await connection();
  const rateLimit = rateLimitFromEnv();
  const doc = buildOpenApiDocument({ rateLimit });
  const groups = operationsByTag(doc);
  return (
    <div className="page">
      <header className="page-header">
        <p className="eyebrow">Developers</p>
        <h1>Sightline REST API v1</h1>
        <p className="lede">
          <InlineCode text={doc.info.description} />
        </p>
        <p>
          Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI {doc.openapi}). Tokens:{" "}
          <a href="/settings/tokens">Settings → API tokens</a>.
        </p>
      </header>
      <div className={styles.layout}>
        <nav className={styles.toc} aria-label="API sections">
          <a href="#basics">Basics</a>
          {groups.map((g) => (
            <a key={g.tag} href={`#${g.anchor}`}>
              {g.tag}
            </a>
          ))}
        </nav>
        <div className={styles.content}>
          <ApiBasics rateLimit={rateLimit} maxPageSize={MAX_PAGE_SIZE} errorExample={doc.components.schemas.Error.example} />
          {groups.map((g) => (
            <EndpointGroup key={g.tag} group={g} />
          ))}
        </div>
      </div>
    </div>
  );
}
