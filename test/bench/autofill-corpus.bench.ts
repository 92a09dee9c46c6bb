// Autofill on the stand-in corpus of government forms (test/fixtures/autofill-corpus): share of
// keyed fields filled correctly and number of wrong fills, per split (issue #4: ≥ 95 %, 0 wrong).
// Run: npx vite-node test/bench/autofill-corpus.bench.ts. Every split listed has been read to find causes (holdout46 only
// its wrong fills), so these figures are no estimate: the blind ones are each split's first score (corpus README).
import { recallPct, scoreSplit } from '../lib/autofill/corpus-score';
import { reportBench } from './measure';

for (const split of ['holdout63', 'holdout62', 'holdout61', 'holdout60', 'holdout59', 'holdout58', 'holdout57', 'holdout56', 'holdout55', 'holdout54', 'holdout53', 'holdout52', 'holdout51', 'holdout50', 'holdout49', 'holdout48', 'holdout47', 'holdout46', 'holdout45', 'holdout44', 'holdout43', 'holdout42', 'holdout41', 'holdout40', 'holdout39', 'holdout38', 'holdout37', 'holdout36', 'holdout35', 'holdout34', 'holdout33', 'holdout32', 'holdout31', 'holdout30', 'holdout29', 'holdout28', 'holdout27', 'holdout26', 'holdout25', 'holdout24', 'holdout23', 'holdout22', 'holdout21', 'holdout20', 'holdout19', 'holdout18', 'holdout17', 'holdout16', 'holdout15', 'holdout14', 'holdout13', 'holdout12', 'holdout11', 'holdout10', 'holdout9', 'holdout8', 'holdout7', 'holdout6', 'holdout5', 'holdout4', 'holdout3', 'holdout2', 'holdout', 'dev'] as const) {
  const score = await scoreSplit(split);
  reportBench(`autofill-corpus-recall-${split}`, recallPct(score), '%', 95);
  reportBench(`autofill-corpus-wrong-${split}`, score.wrong, 'fills', 0);
}
