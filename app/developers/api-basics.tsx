import styles from "./developers.module.css";

const CURL_LIST = `curl -H "Authorization: Bearer $SIGHTLINE_TOKEN" \\
  "$SIGHTLINE_URL/api/v1/items?campaign=matryoshka&limit=50"`;

const CURL_POST = `curl -X POST "$SIGHTLINE_URL/api/v1/sightings" \\
  -H "Authorization: Bearer $SIGHTLINE_TOKEN" \\
  -H "Content-Type: application/json" \\
  -H "Idempotency-Key: 0b6f4a7e-8d1c-4f59-9c36-2a51d7e0c0aa" \\
  -d '{"item": {"kind": "video", "url": "https://youtu.be/abcDEF12345", "targetCountries": ["FR"]},
       "sighting": {"observedAt": "2025-02-03T10:00:00Z", "audienceCountry": "FR"}}'`;

const CURL_PAGE = `# follow nextCursor until it is null
curl -H "Authorization: Bearer $SIGHTLINE_TOKEN" "$SIGHTLINE_URL/api/v1/items?limit=200&cursor=$NEXT_CURSOR"`;

/** Authentication, pagination, errors, idempotency and rate limits: what every endpoint shares. */
export function ApiBasics({ rateLimit, maxPageSize, errorExample }: { rateLimit: number; maxPageSize: number; errorExample: unknown }) {
  return (
    <section id="basics" className={`panel ${styles.section}`} aria-labelledby="basics-title">
      <div className="panel-header">
        <h2 id="basics-title">Basics</h2>
      </div>
      <div className={`panel-body ${styles.prose}`}>
        <h3>Authentication</h3>
        <p>
          Create a token under <a href="/settings/tokens">Settings → API tokens</a> and send it as <code>Authorization: Bearer sl_…</code>.
          A <strong>read</strong> token can list and get; a <strong>write</strong> token can also create and update (as far as your role
          allows). Soft delete and restore need an admin. Revoked or expired tokens, and tokens of deactivated people, answer 401.
        </p>
        <pre className={styles.code}>{CURL_LIST}</pre>
        <h3>Pagination</h3>
        <p>
          Lists answer <code>{"{ data: [...], nextCursor }"}</code>, newest first. Pass <code>nextCursor</code> back as <code>cursor</code>{" "}
          until it is <code>null</code>; <code>limit</code> is 1–{maxPageSize} (default 50). Cursors are opaque and stable: rows added while you
          page never repeat or shift later pages.
        </p>
        <pre className={styles.code}>{CURL_PAGE}</pre>
        <h3>Idempotency</h3>
        <p>
          Every POST accepts an <code>Idempotency-Key</code> header. Retrying with the same key and the same body returns the first answer
          (with <code>Idempotent-Replayed: true</code>) instead of writing twice; the same key with a different body is 422; a retry while the
          first request still runs is 409. Keys are private to your token and expire after 24 hours. Failed requests do not use up a key.
        </p>
        <pre className={styles.code}>{CURL_POST}</pre>
        <h3>Updates and deletes</h3>
        <p>
          PATCH sends only the fields to change plus what you read: <code>version</code> for items, sightings and campaigns,{" "}
          <code>updatedAt</code> for the others. If someone changed the row since, you get 409 <code>conflict</code> and nothing is written:
          fetch it again and reapply. DELETE is a soft delete; <code>POST …/{"{id}"}/restore</code> undoes it; admins may add{" "}
          <code>includeDeleted=true</code> to see deleted rows.
        </p>
        <h3>Rate limits</h3>
        <p>
          Each token (or signed-in person) may make {rateLimit} requests a minute. Every answer carries <code>RateLimit-Limit</code>,{" "}
          <code>RateLimit-Remaining</code> and <code>RateLimit-Reset</code> (seconds); over the limit you get 429 with <code>Retry-After</code>.
        </p>
        <h3>Errors</h3>
        <p>
          Every error has one shape. <code>code</code> is stable; <code>details</code> names each field at fault (422). Bodies over 1 MiB are
          413; malformed JSON is 400.
        </p>
        <pre className={styles.code}>{JSON.stringify(errorExample, null, 2)}</pre>
      </div>
    </section>
  );
}
