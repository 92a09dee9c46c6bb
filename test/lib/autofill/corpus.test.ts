// The stand-in for issue #4's independent corpus: government forms written blind to the engine,
// ground truth beside each page, scored through the public API only (see corpus-score.ts and
// test/fixtures/autofill-corpus/README.md). Dev is for fixing; holdout is never tuned on.
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPages, loadPage, missTable, recallPct, resolveTruth, scoreSplit, type SplitScore } from './corpus-score';

/** Issue #4's target: ≥ 95 % of keyed fields filled correctly on dev, and no wrong fill. */
const DEV_RECALL_MIN = 95;
/**
 * Wrong fills are held at the number measured (README). Holdout's misses have since been read to find causes
 * (fixed generally, never per page), so it is no longer blind: holdout2 is the honest estimate.
 */
const WRONG_FILLS_MAX = { dev: 0, holdout: 0 };

describe('autofill corpus', () => {
  it('every page has complete, unambiguous ground truth', () => {
    for (const split of ['dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6'] as const) {
      const pages = corpusPages(split);
      expect(pages.length).toBeGreaterThanOrEqual(20);
      for (const page of pages) {
        const { doc, truth } = loadPage(split, page);
        expect(resolveTruth(doc, truth).problems, `${split}/${page}`).toEqual([]);
      }
    }
  });

  let dev: SplitScore;
  let holdout: SplitScore;
  beforeAll(async () => {
    dev = await scoreSplit('dev');
    holdout = await scoreSplit('holdout');
    // holdout2 (blind, written after holdout was read) is printed only: its figures are the honest estimate, not a gate.
    const holdout2 = await scoreSplit('holdout2');
    console.log(`${missTable(dev)}\n\n${missTable(holdout)}\n\n${missTable(holdout2)}`);
  }, 120_000);

  it('makes no wrong fill on either split', () => {
    expect(dev.wrong).toBeLessThanOrEqual(WRONG_FILLS_MAX.dev);
    expect(holdout.wrong).toBeLessThanOrEqual(WRONG_FILLS_MAX.holdout);
  });

  it(`fills at least ${DEV_RECALL_MIN} % of the dev split's keyed fields correctly`, () => {
    expect(recallPct(dev)).toBeGreaterThanOrEqual(DEV_RECALL_MIN);
  });
});
