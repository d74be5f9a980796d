import { DOPPELGANGER } from "./actors";
import { confirmed, reason } from "./links";
import type { ItemSeed } from "./types";

// Cloned-site URLs use the reserved .example TLD so that no real lookalike domain is named.
export const DOPPELGANGER_ITEMS: ItemSeed[] = [
  {
    key: "spiegel-clone-sanctions",
    kind: "article",
    title: "Cloned Der Spiegel article: \"Sanktionen ruinieren den deutschen Mittelstand\"",
    text:
      "Die Sanktionen gegen Russland treffen vor allem den deutschen Mittelstand. Energiepreise steigen, Betriebe " +
      "schließen, und Kanzler Scholz schaut zu. Experten fordern ein sofortiges Ende der Sanktionspolitik.",
    canonicalUrl: "https://www.spiegel-de.example/wirtschaft/sanktionen-mittelstand-demo",
    platform: "website",
    language: "de",
    publishedAt: "2024-02-12T07:00:00Z",
    verdict: "false",
    manipulations: ["impersonated_outlet", "fake_branding"],
    targetCountries: ["DE"],
    persons: [{ name: "Olaf Scholz", role: "targeted" }],
    organizations: [{ name: "Der Spiegel", role: "impersonated", note: "Full site clone on a lookalike domain." }],
    narratives: ["Sanctions hurt Germany more than Russia"],
    techniques: ["T0149.003", "T0085.003", "T0097.202"],
    markers: [],
    links: [
      confirmed(DOPPELGANGER, 0.92, [
        reason("same_outlet_impersonated", "Cloned news site on a lookalike domain"),
        reason("shared_account", "Promoted by the demo.rrn.ads ad account"),
      ], "Page source carries the same redirect script as other Doppelganger clones."),
    ],
    sources: ["US Department of Justice action against Doppelganger domains (demo reference)"],
    spread: { from: "2024-02-12", days: 20, count: 5, platforms: ["facebook", "x"], countries: ["DE", "AT"], medianViews: 4000, accounts: ["facebook:demo.rrn.ads"] },
  },
  {
    key: "lemonde-clone-ukraine-aid",
    kind: "article",
    title: "Cloned Le Monde article: \"L'aide à l'Ukraine coûte 1 000 euros par foyer\"",
    text:
      "Selon un rapport confidentiel, l'aide militaire à l'Ukraine coûterait désormais 1 000 euros par foyer " +
      "français. Le gouvernement refuse de publier les chiffres.",
    canonicalUrl: "https://www.lemonde-fr.example/international/aide-ukraine-foyers-demo",
    platform: "website",
    language: "fr",
    publishedAt: "2024-04-03T06:30:00Z",
    verdict: "false",
    manipulations: ["impersonated_outlet", "fake_branding"],
    targetCountries: ["FR", "UA"],
    persons: [{ name: "Emmanuel Macron", role: "mentioned" }],
    organizations: [{ name: "Le Monde", role: "impersonated" }],
    narratives: [],
    techniques: ["T0149.003", "T0085.003"],
    markers: [],
    links: [
      confirmed(DOPPELGANGER, 0.9, [
        reason("same_outlet_impersonated", "Cloned news site on a lookalike domain"),
        reason("near_duplicate_text", "Page template identical to spiegel-clone-sanctions"),
      ], "Same hosting and page template as the Spiegel clone."),
    ],
    sources: [],
    spread: { from: "2024-04-03", days: 15, count: 4, platforms: ["facebook", "x"], countries: ["FR"], medianViews: 3000, accounts: ["facebook:demo.rrn.ads"] },
  },
  {
    key: "facebook-ad-spiegel-clone",
    kind: "post",
    title: "Facebook ad promoting the cloned Spiegel article",
    text: "Warum schweigen die Medien? Lesen Sie, wie die Sanktionen unseren Mittelstand zerstören.",
    canonicalUrl: "https://www.facebook.com/demo.rrn.ads/posts/demo0000801",
    platform: "facebook",
    language: "de",
    publishedAt: "2024-02-13T09:00:00Z",
    verdict: "misleading",
    manipulations: [],
    targetCountries: ["DE"],
    persons: [],
    organizations: [{ name: "Der Spiegel", role: "mentioned" }],
    narratives: ["Sanctions hurt Germany more than Russia"],
    techniques: ["T0153.005"],
    markers: [],
    links: [
      confirmed(DOPPELGANGER, 0.87, [
        reason("shared_link", "Links spiegel-clone-sanctions"),
        reason("shared_account", "Ad account demo.rrn.ads"),
      ], "Ad library entry links the lookalike domain."),
    ],
    sources: [],
    spread: { from: "2024-02-13", days: 12, count: 6, platforms: ["facebook"], countries: ["DE", "AT", "CH"], medianViews: 20000, accounts: ["facebook:demo.rrn.ads"] },
  },
];
