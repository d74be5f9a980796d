"use client";

import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/**
 * False in the server HTML, true once React runs in the browser. Buttons that act through JavaScript stay disabled
 * until then, so a click on a slow connection is not lost (or sent as a native GET form submission).
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noSubscribe, () => true, () => false);
}
