import type { AccountSeed, OrganizationSeed, PersonSeed, UserSeed } from "./types";

export const ORGANIZATIONS: OrganizationSeed[] = [
  { name: "King's College London", kind: "university", country: "GB", url: "https://www.kcl.ac.uk", domain: "kcl.ac.uk", description: "University in London; its name was used to lend a fabricated video credibility." },
  { name: "BBC", kind: "media_outlet", aliases: ["BBC News"], country: "GB", url: "https://www.bbc.co.uk", domain: "bbc.co.uk", description: "British public broadcaster; its branding is imitated in fake clips." },
  { name: "Euronews", kind: "media_outlet", country: null, url: "https://www.euronews.com", domain: "euronews.com", description: "European news channel; its logo is imitated in fake clips." },
  { name: "Deutsche Welle", kind: "media_outlet", aliases: ["DW"], country: "DE", url: "https://www.dw.com", domain: "dw.com", description: "German international broadcaster; its branding is imitated in fake clips." },
  { name: "Charlie Hebdo", kind: "media_outlet", country: "FR", url: "https://charliehebdo.fr", domain: "charliehebdo.fr", description: "French satirical weekly; fake covers circulate under its name." },
  { name: "Der Spiegel", kind: "media_outlet", country: "DE", url: "https://www.spiegel.de", domain: "spiegel.de", description: "German news magazine; cloned on lookalike domains." },
  { name: "Le Monde", kind: "media_outlet", country: "FR", url: "https://www.lemonde.fr", domain: "lemonde.fr", description: "French daily; cloned on lookalike domains." },
];

export const PERSONS: PersonSeed[] = [
  { name: "Alan Read", description: "Professor at King's College London. His face and a clone of his voice were used in a fabricated video; he never said the words.", affiliation: "King's College London", country: "GB" },
  { name: "Emmanuel Macron", description: "President of France; frequent target of the operation's fabricated content.", affiliation: null, country: "FR", wikidataId: "Q3052772" },
  { name: "Donald Tusk", description: "Prime Minister of Poland; targeted by Polish-language content urging Poland to leave the EU.", affiliation: null, country: "PL" },
  { name: "Maia Sandu", description: "President of Moldova; targeted by fake media-branded clips before the 2024 referendum.", affiliation: null, country: "MD" },
  { name: "Olaf Scholz", description: "German Chancellor (2021–2025); targeted by articles on cloned news sites.", affiliation: null, country: "DE" },
];

// Handles are invented and marked demo: real accounts are never named as operators in demo data.
export const ACCOUNTS: AccountSeed[] = [
  { platform: "x", handle: "demo_overload_amp1", url: null, displayName: "Euro Truth Daily (demo)", label: "amplifier", notes: "Created weeks before first post; reposts fake media clips." },
  { platform: "x", handle: "demo_factcheck_bait", url: null, displayName: "Concerned Citizen (demo)", label: "fact-checker baiting", notes: "Replies to fact-checkers asking them to verify fakes." },
  { platform: "telegram", handle: "demo_matryoshka_relay", url: null, displayName: "Правда Европы (demo)", label: "relay channel" },
  { platform: "tiktok", handle: "demo.polexit.teraz", url: null, displayName: "Polexit Teraz (demo)", label: "seeding account" },
  { platform: "youtube", handle: "@demo-news-clips", url: null, displayName: "News Clips EU (demo)", label: "seeding account" },
  { platform: "bluesky", handle: "demo-newsroom-tips.bsky.social", url: null, displayName: "Newsroom Tips (demo)", label: "fact-checker baiting" },
  { platform: "email", handle: "tips.verification.demo@mail.example", url: null, displayName: "Anna K. (demo)", label: "please-check sender" },
  { platform: "facebook", handle: "demo.rrn.ads", url: null, displayName: "Nachrichten Heute (demo)", label: "ad account" },
];

export const DEMO_USERS: UserSeed[] = [
  { email: "admin@sightline.demo", name: "Ada Admin (demo)", role: "admin" },
  { email: "factchecker@sightline.demo", name: "Farid Checker (demo)", role: "fact_checker" },
  { email: "journalist@sightline.demo", name: "Jo Journalist (demo)", role: "journalist" },
  { email: "researcher@sightline.demo", name: "Rina Researcher (demo)", role: "researcher" },
];

export const FACT_CHECKER_EMAIL = "factchecker@sightline.demo";
