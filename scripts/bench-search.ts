// Times the home page's list and search (SQLite FTS5) on an existing database and prints figures:
//   DATABASE_URL=file:./data/parallax.db npx tsx scripts/bench-search.ts [query …]
import { listComparisons } from "@/lib/comparisons";
import { db } from "@/lib/db";

const ROUNDS = 20;

async function time(label: string, run: () => Promise<{ total: number }>) {
  const ms: number[] = [];
  let total = 0;
  for (let i = 0; i < ROUNDS; i++) {
    const started = performance.now();
    total = (await run()).total;
    ms.push(performance.now() - started);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label}: ${total} found; median ${ms[ROUNDS >> 1].toFixed(1)} ms, max ${ms[ROUNDS - 1].toFixed(1)} ms (${ROUNDS} rounds)`);
}

async function main() {
  const [{ sources, words }] = await db.$queryRawUnsafe<Array<{ sources: bigint; words: bigint }>>(
    `SELECT count(*) AS sources, coalesce(sum(length("originalText") - length(replace("originalText", ' ', '')) + 1), 0) AS words FROM "Source"`,
  );
  console.log(`database: ${await db.comparison.count()} comparisons, ${sources} sources, about ${words} words`);
  await time("first page, no search", () => listComparisons({ page: 1 }));
  for (const query of process.argv.slice(2).length ? process.argv.slice(2) : ["istanbul", "talks lasted", "tass", "zzzz-no-match"]) {
    await time(`search "${query}"`, () => listComparisons({ query }));
  }
}

main().finally(() => db.$disconnect());
