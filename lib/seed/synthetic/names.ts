// Word lists for fictional synthetic entities. Every name built from them is invented: synthetic data must never
// put words in a real person's mouth or blame a real outlet.
const split = (text: string) => text.split(" ");

export const CAMPAIGN_ADJECTIVES = split(
  "Amber Ashen Bitter Blue Broken Cinder Cobalt Crimson Distant Drifting Echoing Frozen Gilded Glass Grey Hidden " +
  "Hollow Iron Jade Lunar Marble Mirror Northern Pale Quiet Rusted Scarlet Silent Silver Velvet",
);
export const CAMPAIGN_NOUNS = split(
  "Anchor Bell Bridge Canary Compass Crow Ember Falcon Harbor Heron Kite Lantern Lynx Meridian Orchard Owl Prism " +
  "Quill Raven Relay River Sparrow Spindle Spire Tide Tower Vessel Willow Wolf Zephyr",
);

export const FIRST_NAMES = split(
  "Adrian Alina Bogdan Camille Dariusz Elena Florian Greta Henrik Irina Jonas Katarzyna Lorenzo Marta Nikolai " +
  "Oksana Pascal Rasa Sebastian Tamara Ulrich Vera Wiktor Yvonne Zofia Matteo Ines Lukas Sofia Tomas",
);
export const LAST_NAMES = split(
  "Albescu Berndt Castellan Dumont Eriksen Falkowski Garcin Havel Ionescu Jurkiewicz Kessler Lindqvist Moravec " +
  "Navarro Oberg Petrauskas Quaglia Rinaldi Sokolan Tarvainen Urbanek Valdés Weissler Yastrub Zielke Marchetti " +
  "Brennan Kowalczuk Lefevre Stoica",
);
export const PERSON_ROLES = [
  "professor", "journalist", "economist", "former minister", "military analyst", "news presenter", "historian",
  "epidemiologist",
];

export const OUTLET_PLACES = split("Baltic Rhine Danube Vistula Carpathian Adriatic Nordic Atlantic Alpine Iberian Continental Meridian");
export const OUTLET_NOUNS = split("Courier Tribune Observer Herald Chronicle Dispatch Gazette Monitor Ledger Bulletin Journal Review");

export const HANDLE_WORDS = split(
  "truth news daily real free voice europe patriot citizen watch info insider today alert open clear signal media " +
  "report facts world nation people",
);

export const PLATFORMS_BY_KIND: Record<string, string[]> = {
  video: ["youtube", "tiktok", "x", "telegram", "facebook"],
  post: ["x", "telegram", "facebook", "bluesky", "vk", "instagram"],
  image: ["x", "instagram", "facebook", "telegram"],
  audio: ["telegram", "whatsapp", "x"],
  article: ["website"],
  email: ["email"],
};

export const SOCIAL_PLATFORMS = ["x", "telegram", "facebook", "tiktok", "youtube", "bluesky", "instagram", "vk", "whatsapp"];

/** Audience countries beyond the campaigns' targets, so spread maps are not confined to targets. */
export const EXTRA_AUDIENCE_COUNTRIES = ["US", "BE", "NL", "AT", "CZ", "SK", "LV", "EE", "SE", "IE", "HU", "BG"];

export const SYNTHETIC_TECHNIQUES = [
  "T0087.001", "T0087.002", "T0088.001", "T0086.002", "T0086.003", "T0085.003", "T0085.008", "T0097.202",
  "T0143.003", "T0143.002", "T0149.003", "T0153.001", "T0151.008", "T0151.007", "T0152.006", "T0146.005", "T0150.008",
];

export const MARKER_SLUGS = [
  "russian-syntax-calque", "machine-translation-artefact", "cyrillic-homoglyph", "wrong-diacritics", "date-format-slip",
  "russian-lexical-false-friend",
];
