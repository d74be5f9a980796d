import { syntheticClusterInput } from "../lib/clustering/synthetic-input";
import { coordinatedGroups, accountPairs } from "../lib/clustering/coordination";
import { MODEL } from "../lib/clustering/model";
const s = syntheticClusterInput(10000, 1);
const g = coordinatedGroups(s.input.items, MODEL.account);
console.log(g.groups, [...g.labels.values()].slice(0, 5));
const { accounts, itemsOf } = accountPairs(s.input.items);
const purity = itemsOf.map((l) => { const t = new Map<number, number>(); for (const i of l) t.set(s.truth[i], (t.get(s.truth[i]) ?? 0) + 1); return Math.max(...t.values()) / l.length; });
console.log(accounts.length, itemsOf.map((l) => l.length).sort((a, b) => b - a).slice(0, 10), (purity.reduce((a, b) => a + b, 0) / purity.length).toFixed(2));
