"use client";

import { QueryClientProvider } from "@tanstack/react-query";
import { NuqsAdapter } from "nuqs/adapters/next/app";
import type { ReactNode } from "react";
import { config as zodConfig } from "zod";
import { getQueryClient } from "@/lib/query-client";

// zod probes whether it may compile parsers with `Function("")`; the pages' CSP forbids eval, so the probe would
// report a CSP violation on every page. Parsing without the JIT is what happens after the probe fails anyway.
zodConfig({ jitless: true });

export function Providers({ children }: { children: ReactNode }) {
  // Not useState: if the first render suspends, React would throw the client away; getQueryClient keeps one.
  const queryClient = getQueryClient();
  return (
    <QueryClientProvider client={queryClient}>
      <NuqsAdapter>{children}</NuqsAdapter>
    </QueryClientProvider>
  );
}
