import { MATRYOSHKA } from "./actors";
import { confirmed, reason } from "./links";
import type { ItemSeed } from "./types";

const REPORT = "Operation Overload: how pro-Russian actors flood newsrooms with fake content and seek to divert their efforts";

/** Matryoshka videos: the cloned-professor deepfake, the Polish "Polexit" clips and fake media-branded clips. */
export const MATRYOSHKA_VIDEOS: ItemSeed[] = [
  {
    key: "alan-read-deepfake",
    kind: "video",
    title: "Deepfake: KCL professor Alan Read \"insults\" Emmanuel Macron",
    text:
      "As a professor at King's College London I have studied political performance for thirty years, and I have " +
      "never seen a worse actor than Emmanuel Macron. He plays the war leader while France pays for his vanity. " +
      "Europe deserves better than this clown.",
    canonicalUrl: "https://x.com/demo_overload_amp1/status/1857000000000000101",
    platform: "x",
    language: "en",
    publishedAt: "2024-11-14T09:12:00Z",
    verdict: "synthetic",
    manipulations: ["face_swap", "voice_clone"],
    targetCountries: ["FR", "GB"],
    persons: [
      { name: "Alan Read", role: "impersonated", note: "Face and cloned voice; he never said these words." },
      { name: "Emmanuel Macron", role: "targeted" },
    ],
    organizations: [{ name: "King's College London", role: "mentioned", note: "Affiliation used to lend credibility." }],
    narratives: ["Macron is a discredited warmonger"],
    techniques: ["T0087.001", "T0088.001", "T0143.003", "T0097.108"],
    markers: [],
    links: [
      confirmed(MATRYOSHKA, 0.95, [
        reason("same_person", "Impersonates an academic, the operation's signature format"),
        reason("shared_account", "First posted by demo_overload_amp1, a known Matryoshka amplifier"),
        reason("please_check_emails", "Sent to newsrooms in 'please check' emails within 48 hours"),
      ], "Lip movement drifts from the audio at 0:14; the voice matches a cloning sample of a public lecture."),
    ],
    sources: [REPORT, "BBC Verify coverage of AI videos impersonating academics and media brands (demo reference)"],
    spread: { from: "2024-11-14", days: 75, count: 12, platforms: ["x", "telegram", "bluesky", "youtube", "facebook"], countries: ["FR", "GB", "DE", "BE", "US"], medianViews: 18000, accounts: ["x:demo_overload_amp1", "telegram:demo_matryoshka_relay"] },
  },
  {
    key: "polexit-video-1",
    kind: "video",
    title: "AI-voiced video urges Poland to leave the EU (\"Polacy, obudźcie się\")",
    text:
      "Polacy, obudźcie się! Bruksela w pierwszej kolejności dba o interesy Berlina, a nie o polskich rolników. " +
      "Na dzień dzisiejszy płacimy za cudzą wojnę i cudze decyzje. Unia zabiera nam węgiel, pola i przyszłość " +
      "naszych dzieci. Czas powiedzieć głośno: Polska musi wyjść z Unii Europejskiej, zanim będzie za późno.",
    canonicalUrl: "https://www.tiktok.com/@demo.polexit.teraz/video/7371000000000000201",
    platform: "tiktok",
    language: "pl",
    publishedAt: "2024-05-20T17:40:00Z",
    verdict: "synthetic",
    manipulations: ["fully_synthetic", "voice_clone"],
    targetCountries: ["PL"],
    persons: [{ name: "Donald Tusk", role: "targeted" }],
    organizations: [],
    narratives: ["Poland should leave the EU"],
    techniques: ["T0087.001", "T0088.001"],
    markers: [
      { slug: "russian-syntax-calque", quote: "w pierwszej kolejności", note: "Calque of Russian «в первую очередь»; natural Polish: «przede wszystkim»." },
      { slug: "russian-syntax-calque", quote: "Na dzień dzisiejszy", note: "Calque of Russian «на сегодняшний день»; natural Polish: «dziś», «obecnie»." },
    ],
    links: [
      confirmed(MATRYOSHKA, 0.86, [
        reason("near_duplicate_text", "Same script as polexit-video-2 with light rewording"),
        reason("language_marker", "Russian syntax calques in a Polish script"),
        reason("time_proximity", "Posted in the run-up to the June 2024 European elections with the other clips"),
      ], "Synthetic voice; the script reuses phrasing seen across the operation's Polish clips."),
    ],
    sources: [REPORT],
    spread: { from: "2024-05-20", days: 21, count: 10, platforms: ["tiktok", "facebook", "x", "telegram"], countries: ["PL"], medianViews: 9000, accounts: ["tiktok:demo.polexit.teraz"] },
  },
  {
    key: "polexit-video-2",
    kind: "video",
    title: "Second \"Polexit\" clip: \"Bruksela — nie nasz przyjaciel\"",
    text:
      "Bruksela — nie nasz przyjaciel. Ceny prądu rosną, a ukraińskie zboże zalewa polski rynek, podczas gdy " +
      "urzędnicy w Brukseli decydują bez nas. Na dzień dzisiejszy Polska traci więcej, niż zyskuje. " +
      "Podpisz apel o referendum w sprawie wyjścia Polski z UE.",
    canonicalUrl: "https://www.youtube.com/watch?v=demoPolexit",
    platform: "youtube",
    language: "pl",
    publishedAt: "2024-05-28T08:05:00Z",
    verdict: "synthetic",
    manipulations: ["fully_synthetic"],
    targetCountries: ["PL"],
    persons: [],
    organizations: [],
    narratives: ["Poland should leave the EU"],
    techniques: ["T0087.001", "T0152.006"],
    markers: [
      { slug: "russian-syntax-calque", quote: "Bruksela — nie nasz przyjaciel", note: "Russian copula-less «X — не наш друг» with a nominative; Polish needs «nie jest naszym przyjacielem»." },
    ],
    links: [
      confirmed(MATRYOSHKA, 0.82, [
        reason("near_duplicate_text", "Shares sentences with polexit-video-1"),
        reason("language_marker", "Same calques as the other Polish clips"),
      ], "Same generation artefacts and background track as polexit-video-1."),
    ],
    sources: [REPORT],
    spread: { from: "2024-05-28", days: 18, count: 8, platforms: ["youtube", "facebook", "tiktok"], countries: ["PL", "DE"], medianViews: 6000, accounts: ["youtube:@demo-news-clips"] },
  },
  {
    key: "fake-bbc-olympics",
    kind: "video",
    title: "Fake BBC-branded clip: \"Ukrainian refugees plan attacks at Paris Olympics\"",
    text:
      "BBC News. French intelligence warns that Ukrainian refugees are planning attacks during the Paris Olympics. " +
      "According to the source, the security services of France have no possibility to control all the arrived " +
      "persons. Parisians are advised to avoid the opening ceremony.",
    canonicalUrl: "https://x.com/demo_overload_amp1/status/1812000000000000301",
    platform: "x",
    language: "en",
    publishedAt: "2024-07-15T06:30:00Z",
    verdict: "false",
    manipulations: ["fake_branding", "edited"],
    targetCountries: ["FR", "UA", "GB"],
    persons: [],
    organizations: [{ name: "BBC", role: "impersonated", note: "BBC logo, typeface and lower-third imitated." }],
    narratives: ["Ukrainian refugees bring crime and terror to Europe"],
    techniques: ["T0087.002", "T0097.202", "T0143.003"],
    markers: [
      { slug: "machine-translation-artefact", quote: "have no possibility to control all the arrived persons", note: "Literal rendering of Russian «не имеют возможности контролировать всех прибывших»." },
    ],
    links: [
      confirmed(MATRYOSHKA, 0.93, [
        reason("same_outlet_impersonated", "Fake BBC branding, a recurring Matryoshka format"),
        reason("shared_account", "Posted by demo_overload_amp1"),
        reason("please_check_emails", "Linked in 'please check' emails to newsrooms"),
      ], "The BBC has no such report; the lower-third font differs from BBC's."),
    ],
    sources: ["Reuters Fact Check coverage of fake media-branded videos (demo reference)", "How Russia is trying to disrupt the 2024 Paris Olympic Games"],
    spread: { from: "2024-07-15", days: 25, count: 10, platforms: ["x", "telegram", "facebook", "bluesky"], countries: ["FR", "GB", "US", "DE"], medianViews: 25000, accounts: ["x:demo_overload_amp1", "x:demo_factcheck_bait"] },
  },
  {
    key: "fake-euronews-moldova",
    kind: "video",
    title: "Fake Euronews clip: \"Moldovan authorities pre-print referendum ballots\"",
    text:
      "Euronews. Власти Молдовы готовят фальсификацию референдума: по данным источников, бюллетени с ответом «да» " +
      "уже напечатаны заранее. Майя Санду отказалась от комментариев.",
    canonicalUrl: "https://t.me/demo_matryoshka_relay/1402",
    platform: "telegram",
    language: "ru",
    publishedAt: "2024-10-10T12:00:00Z",
    verdict: "false",
    manipulations: ["fake_branding"],
    targetCountries: ["MD"],
    persons: [{ name: "Maia Sandu", role: "targeted" }],
    organizations: [{ name: "Euronews", role: "impersonated", note: "Euronews logo and on-screen graphics imitated." }],
    narratives: ["Moldova's pro-EU government is rigging the vote"],
    techniques: ["T0087.002", "T0097.202", "T0151.007"],
    markers: [],
    links: [
      confirmed(MATRYOSHKA, 0.8, [
        reason("same_outlet_impersonated", "Fake Euronews branding"),
        reason("shared_account", "Relayed by demo_matryoshka_relay"),
      ], "Euronews published no such report; template identical to other fake Euronews clips."),
    ],
    sources: [],
    spread: { from: "2024-10-10", days: 14, count: 7, platforms: ["telegram", "tiktok", "facebook"], countries: ["MD", "RO"], medianViews: 7000, accounts: ["telegram:demo_matryoshka_relay"] },
  },
  {
    key: "fake-dw-pensions",
    kind: "video",
    title: "Fake DW-branded clip: \"Ukrainian refugees get higher pensions than Germans\"",
    text:
      "DW Nachrichten. Ukrainische Flüchtlinge erhalten in Deutschland höhere Renten als deutsche Rentner. " +
      "Die Bundesregierung verschweigt diese Tatsache vor den Bürgern.",
    canonicalUrl: "https://x.com/demo_overload_amp1/status/1830000000000000401",
    platform: "x",
    language: "de",
    publishedAt: "2024-09-02T10:20:00Z",
    verdict: "false",
    manipulations: ["fake_branding", "edited"],
    targetCountries: ["DE", "UA"],
    persons: [],
    organizations: [{ name: "Deutsche Welle", role: "impersonated" }],
    narratives: ["Ukrainian refugees bring crime and terror to Europe"],
    techniques: ["T0087.002", "T0097.202"],
    markers: [],
    links: [
      confirmed(MATRYOSHKA, 0.84, [
        reason("same_outlet_impersonated", "Fake DW branding, same template as the fake BBC clip"),
        reason("shared_narrative", "Refugee narrative shared with fake-bbc-olympics"),
      ], "Same motion-graphics template as the fake BBC and Euronews clips."),
    ],
    sources: [],
    spread: { from: "2024-09-02", days: 20, count: 6, platforms: ["x", "telegram", "facebook"], countries: ["DE", "AT"], medianViews: 11000, accounts: ["x:demo_overload_amp1"] },
  },
];
