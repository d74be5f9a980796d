import type { ItemSeed, LinkReason } from "./types";

type Link = ItemSeed["links"][number];

export function confirmed(campaign: string, confidence: number, reasons: LinkReason[], evidence: string): Link {
  return { campaign, status: "confirmed", confidence, reasons, evidence };
}

export function suggested(campaign: string, confidence: number, reasons: LinkReason[], evidence: string): Link {
  return { campaign, status: "suggested", confidence, reasons, evidence };
}

export const reason = (signal: string, detail: string): LinkReason => ({ signal, detail });

export const DEMO_NOTE = "Demo data: a reconstruction for illustration, not a verbatim copy of the original content.";
