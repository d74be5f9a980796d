import styles from "./log-form.module.css";

/** Server messages for one field, shown next to it (and announced). Text only, never markup. */
export function FieldErrors({ id, messages }: { id?: string; messages: string[] }) {
  if (!messages.length) return <span id={id} hidden />;
  return (
    <ul id={id} className={styles.fieldErrors} role="alert">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}
