// Autofill on the stand-in corpus of government forms (test/fixtures/autofill-corpus): share of
// keyed fields filled correctly and number of wrong fills, per split (issue #4: ≥ 95 %, 0 wrong).
// Run: npx vite-node test/bench/autofill-corpus.bench.ts
import { recallPct, scoreSplit } from '../lib/autofill/corpus-score';
import { reportBench } from './measure';

for (const split of ['holdout2', 'holdout', 'dev'] as const) {
  const score = await scoreSplit(split);
  reportBench(`autofill-corpus-recall-${split}`, recallPct(score), '%', 95);
  reportBench(`autofill-corpus-wrong-${split}`, score.wrong, 'fills', 0);
}
