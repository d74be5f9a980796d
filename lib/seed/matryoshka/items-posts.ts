import { MATRYOSHKA } from "./actors";
import { confirmed, reason, suggested } from "./links";
import type { ItemSeed } from "./types";

/** Matryoshka's second layer: "please check" emails, amplifying posts, and two items only suggested so far. */
export const MATRYOSHKA_POSTS: ItemSeed[] = [
  {
    key: "please-check-email-en",
    kind: "email",
    title: "\"Please check this video\" email to newsrooms (BBC-branded fake)",
    text:
      "Hello, I saw this video on X on 15.07.2024, it shows a BBC report about Ukrainian refugees planning attacks " +
      "in Paris. It looks very suspicious to me. Could your team please check if it is authentic? " +
      "[link removed in demo data] Thank you for your important work! Best regards, Anna",
    canonicalUrl: null,
    platform: "email",
    language: "en",
    publishedAt: "2024-07-16T07:55:00Z",
    verdict: "misleading",
    manipulations: [],
    targetCountries: ["GB", "FR", "DE", "BE"],
    persons: [],
    organizations: [{ name: "BBC", role: "mentioned" }],
    narratives: ["Ukrainian refugees bring crime and terror to Europe"],
    techniques: ["T0153.001", "T0143.002"],
    markers: [{ slug: "date-format-slip", quote: "15.07.2024", note: "Dotted day.month.year in English text." }],
    links: [
      confirmed(MATRYOSHKA, 0.9, [
        reason("please_check_emails", "Asks fact-checkers to verify fake-bbc-olympics"),
        reason("shared_account", "Sender tips.verification.demo@mail.example wrote to 40+ newsrooms"),
      ], "Identical wording received by several newsrooms within one hour."),
    ],
    sources: ["Operation Overload: how pro-Russian actors flood newsrooms with fake content and seek to divert their efforts"],
    spread: { from: "2024-07-16", days: 3, count: 6, platforms: ["email"], countries: ["GB", "FR", "DE", "BE"], medianViews: 0, accounts: ["email:tips.verification.demo@mail.example"] },
  },
  {
    key: "please-check-email-fr",
    kind: "email",
    title: "« Pouvez-vous vérifier cette vidéo ? » — courriel aux rédactions (faux Euronews)",
    text:
      "Bonjour, pourriez-vous vérifier cette vidéo ? On y voit le logo d'Euronews mais je ne suis pas sûre qu'elle " +
      "soit authentique. C'est tres important pour moi. [lien supprimé dans les données de démonstration] " +
      "Merci pour votre travail.",
    canonicalUrl: null,
    platform: "email",
    language: "fr",
    publishedAt: "2024-10-12T08:10:00Z",
    verdict: "misleading",
    manipulations: [],
    targetCountries: ["FR", "BE"],
    persons: [],
    organizations: [{ name: "Euronews", role: "mentioned" }],
    narratives: [],
    techniques: ["T0153.001", "T0143.002"],
    markers: [{ slug: "wrong-diacritics", quote: "tres important", note: "« très » without its accent." }],
    links: [
      confirmed(MATRYOSHKA, 0.88, [
        reason("please_check_emails", "Same template as please-check-email-en, in French"),
        reason("shared_account", "Same sender"),
      ], "Same sender address and template as the English emails."),
    ],
    sources: [],
    spread: { from: "2024-10-12", days: 2, count: 5, platforms: ["email"], countries: ["FR", "BE"], medianViews: 0, accounts: ["email:tips.verification.demo@mail.example"] },
  },
  {
    key: "telegram-professor-mocks-macron",
    kind: "post",
    title: "Telegram relay: \"British professor mocks Macron\"",
    text:
      "Британский профессор высмеял Макрона: «худший актёр Европы». Видео уже удаляют на Западе — смотрите, " +
      "пока не удалили!",
    canonicalUrl: "https://t.me/demo_matryoshka_relay/1388",
    platform: "telegram",
    language: "ru",
    publishedAt: "2024-11-14T11:02:00Z",
    verdict: "misleading",
    manipulations: ["out_of_context"],
    targetCountries: ["FR", "UA"],
    persons: [
      { name: "Alan Read", role: "mentioned" },
      { name: "Emmanuel Macron", role: "targeted" },
    ],
    organizations: [],
    narratives: ["Macron is a discredited warmonger"],
    techniques: ["T0151.007", "T0115"],
    markers: [],
    links: [
      confirmed(MATRYOSHKA, 0.9, [
        reason("shared_link", "Embeds alan-read-deepfake two hours after its first post"),
        reason("shared_account", "demo_matryoshka_relay relays most Matryoshka fakes"),
      ], "Embeds the deepfake video file (same SHA-256)."),
    ],
    sources: [],
    spread: { from: "2024-11-14", days: 10, count: 6, platforms: ["telegram"], countries: ["RU", "UA", "MD", "FR"], medianViews: 14000, accounts: ["telegram:demo_matryoshka_relay"] },
  },
  {
    key: "x-post-is-this-real",
    kind: "post",
    title: "X reply asking fact-checkers to verify the fake BBC clip",
    text:
      "Is this real?? BBC says French intelligence warns about Ukrainian refugees at the Olympics. " +
      "Fact-checkers, please verify! #Pаris2024",
    canonicalUrl: "https://x.com/demo_factcheck_bait/status/1813000000000000501",
    platform: "x",
    language: "en",
    publishedAt: "2024-07-15T14:44:00Z",
    verdict: "misleading",
    manipulations: [],
    targetCountries: ["FR"],
    persons: [],
    organizations: [{ name: "BBC", role: "mentioned" }],
    narratives: ["Ukrainian refugees bring crime and terror to Europe"],
    techniques: ["T0151.008", "T0143.002"],
    // The hashtag's "а" is Cyrillic U+0430, as the marker says.
    markers: [{ slug: "cyrillic-homoglyph", quote: "#Pаris2024", note: "Cyrillic «а» (U+0430) in place of Latin a." }],
    links: [
      confirmed(MATRYOSHKA, 0.85, [
        reason("shared_account", "demo_factcheck_bait tags fact-checkers under each new fake"),
        reason("time_proximity", "Eight hours after fake-bbc-olympics"),
      ], "Account replies with the same request under posts by a dozen fact-checking organisations."),
    ],
    sources: [],
    spread: { from: "2024-07-15", days: 12, count: 8, platforms: ["x"], countries: ["FR", "GB", "US", "DE", "ES"], medianViews: 1500, accounts: ["x:demo_factcheck_bait"] },
  },
  {
    key: "fake-charlie-hebdo-cover",
    kind: "image",
    title: "Fake Charlie Hebdo cover mocking Ukrainian refugees",
    text: "Fausse couverture attribuée à Charlie Hebdo : caricature de réfugiés ukrainiens. Charlie Hebdo n'a jamais publié cette une.",
    canonicalUrl: "https://x.com/demo_overload_amp1/status/1772000000000000601",
    platform: "x",
    language: "fr",
    publishedAt: "2024-03-25T16:00:00Z",
    verdict: "false",
    manipulations: ["fake_branding"],
    targetCountries: ["FR", "UA"],
    persons: [],
    organizations: [{ name: "Charlie Hebdo", role: "impersonated" }],
    narratives: ["Ukrainian refugees bring crime and terror to Europe"],
    techniques: ["T0086.003", "T0097.202"],
    markers: [],
    links: [
      suggested(MATRYOSHKA, 0.64, [
        reason("same_outlet_impersonated", "Impersonates a French media brand"),
        reason("shared_account", "Posted by demo_overload_amp1"),
      ], "Awaiting review: the account also posts unrelated content."),
    ],
    sources: [],
    spread: { from: "2024-03-25", days: 9, count: 4, platforms: ["x", "facebook"], countries: ["FR"], medianViews: 5000, accounts: ["x:demo_overload_amp1"] },
  },
  {
    key: "bluesky-professor-admits",
    kind: "post",
    title: "Bluesky post pushing the cloned-professor video",
    text: "Shocking: a London professor finally says what everyone knows about Macron. Watch before it's deleted.",
    canonicalUrl: "https://bsky.app/profile/demo-newsroom-tips.bsky.social/post/3lbdemo0000701",
    platform: "bluesky",
    language: "en",
    publishedAt: "2025-01-08T19:30:00Z",
    verdict: "misleading",
    manipulations: [],
    targetCountries: ["FR", "GB"],
    persons: [{ name: "Emmanuel Macron", role: "targeted" }],
    organizations: [],
    narratives: ["Macron is a discredited warmonger"],
    techniques: ["T0151.008"],
    markers: [],
    links: [
      suggested(MATRYOSHKA, 0.55, [
        reason("shared_narrative", "Pushes the Macron narrative of alan-read-deepfake"),
        reason("shared_link", "Links a re-upload of the deepfake"),
      ], "Re-upload is a re-encode; file hash differs."),
    ],
    sources: [],
    spread: { from: "2025-01-08", days: 30, count: 3, platforms: ["bluesky"], countries: ["GB", "US"], medianViews: 800, accounts: ["bluesky:demo-newsroom-tips.bsky.social"] },
  },
];
