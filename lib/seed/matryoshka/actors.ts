import type { CampaignSeed, SourceSeed, ThreatActorSeed } from "./types";

// Demo data reconstructed from public reporting. Attribution is stated as cautiously as the sources state it.
export const THREAT_ACTORS: ThreatActorSeed[] = [
  {
    name: "Unattributed Russia-aligned operators",
    aliases: ["Matryoshka operators"],
    kind: "unknown",
    country: "RU",
    description:
      "Operators behind Matryoshka / Operation Overload. Public reporting describes the activity as pro-Russian; " +
      "no organisation has been publicly and conclusively attributed. Demo record.",
  },
  {
    name: "Social Design Agency",
    aliases: ["SDA", "Агентство социального проектирования"],
    kind: "state_affiliated",
    country: "RU",
    description:
      "Moscow-based company named by EU sanctions (2023) and the US Department of Justice (2024) as a " +
      "main operator of the Doppelganger operation. Demo record.",
  },
];

// Publication days are left null unless certain (both reports appeared in June 2024); URLs only where certain.
export const SOURCES: SourceSeed[] = [
  {
    title: "Operation Overload: how pro-Russian actors flood newsrooms with fake content and seek to divert their efforts",
    publisher: "CheckFirst and Reset.Tech",
    url: null,
    publishedAt: null,
    kind: "report",
  },
  {
    title: "Matriochka: une campagne prorusse ciblant les médias et la communauté du fact-checking",
    publisher: "VIGINUM (SGDSN)",
    url: null,
    publishedAt: null,
    kind: "official",
  },
  {
    title: "How Russia is trying to disrupt the 2024 Paris Olympic Games",
    publisher: "Microsoft Threat Analysis Center",
    url: null,
    publishedAt: "2024-06-02",
    kind: "report",
  },
  {
    title: "BBC Verify coverage of AI videos impersonating academics and media brands (demo reference)",
    publisher: "BBC",
    url: null,
    publishedAt: null,
    kind: "article",
  },
  {
    title: "Reuters Fact Check coverage of fake media-branded videos (demo reference)",
    publisher: "Reuters",
    url: null,
    publishedAt: null,
    kind: "fact_check",
  },
  {
    title: "DISARM Frameworks",
    publisher: "DISARM Foundation",
    url: "https://github.com/DISARMFoundation/DISARMframeworks",
    publishedAt: null,
    kind: "dataset",
  },
  {
    title: "US Department of Justice action against Doppelganger domains (demo reference)",
    publisher: "US Department of Justice",
    url: null,
    publishedAt: "2024-09-04",
    kind: "official",
  },
];

export const MATRYOSHKA = "matryoshka";
export const DOPPELGANGER = "doppelganger";

export const CAMPAIGNS: CampaignSeed[] = [
  {
    slug: MATRYOSHKA,
    name: "Matryoshka",
    aliases: ["Operation Overload", "Storm-1679", "Matriochka"],
    description:
      "Pro-Russian operation that floods newsrooms, fact-checkers and social media with fabricated content: " +
      "AI-generated videos with the faces and cloned voices of academics and journalists, clips carrying fake " +
      "media branding (BBC, Euronews, DW), and emails asking fact-checkers to \"please check\" them — wasting " +
      "their time and gaining reach from debunks. Layered like a nesting doll: one fake points to the next. " +
      "Demo record built from public reporting; items and figures are illustrative.",
    status: "active",
    threatActor: "Unattributed Russia-aligned operators",
    originCountry: "RU",
    targetCountries: ["FR", "DE", "PL", "UA", "GB", "MD", "BE", "US"],
    techniques: ["T0087.001", "T0088.001", "T0097.202", "T0143.003", "T0153.001", "T0151.008", "T0151.007"],
    sources: [
      "Operation Overload: how pro-Russian actors flood newsrooms with fake content and seek to divert their efforts",
      "Matriochka: une campagne prorusse ciblant les médias et la communauté du fact-checking",
      "How Russia is trying to disrupt the 2024 Paris Olympic Games",
      "BBC Verify coverage of AI videos impersonating academics and media brands (demo reference)",
      "Reuters Fact Check coverage of fake media-branded videos (demo reference)",
    ],
  },
  {
    slug: DOPPELGANGER,
    name: "Doppelganger",
    aliases: ["RRN", "Recent Reliable News"],
    description:
      "Russian operation that clones the websites of European news outlets on lookalike domains, publishes " +
      "fabricated articles there and promotes them with ads and throwaway accounts. Demo record.",
    status: "active",
    threatActor: "Social Design Agency",
    originCountry: "RU",
    targetCountries: ["DE", "FR", "UA", "US", "GB"],
    techniques: ["T0149.003", "T0085.003", "T0097.202", "T0153.005"],
    sources: ["US Department of Justice action against Doppelganger domains (demo reference)"],
  },
];
