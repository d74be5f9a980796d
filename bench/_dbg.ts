import { loadRealCorpus } from "../lib/clustering/fit/real-train";
import { accountPairs } from "../lib/clustering/coordination";
const c = await loadRealCorpus("ira-tweets", { cache: true });
const { accounts, itemsOf, pairs } = accountPairs(c.input.items);
const label = itemsOf.map((l) => c.truthOf[l[0]][0]);
console.log(accounts.length, pairs.length);
for (const [k, name] of [[0, "cos"], [1, "day"], [2, "hour"]] as const) {
  for (const th of [0.05, 0.1, 0.2, 0.3, 0.5]) {
    const sel = pairs.filter((p) => p.features[k] >= th);
    const pos = sel.filter((p) => label[p.x] === label[p.y]).length;
    console.log(name, th, sel.length, pos, (pos / sel.length).toFixed(2));
  }
}
