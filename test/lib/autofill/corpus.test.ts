// The stand-in for issue #4's independent corpus: government forms written blind to the engine,
// ground truth beside each page, scored through the public API only (see corpus-score.ts and
// test/fixtures/autofill-corpus/README.md). The splits gated here have been read to find causes (fixed generally,
// never per page; holdout46 only its wrong fills, after its first score). A split written blind and not yet read is
// only integrity-checked (UNGATED): its first score, numbers only, is the last blind estimate (README).
import { beforeAll, describe, expect, it } from 'vitest';
import { corpusPages, loadPage, missTable, recallPct, resolveTruth, scoreSplit, type Split, type SplitScore } from './corpus-score';

/** Issue #4's target: ≥ 95 % of keyed fields filled correctly on dev, and no wrong fill. */
const DEV_RECALL_MIN = 95;
/**
 * Wrong fills on the splits tuned on, held at the number measured (README). Left on purpose: holdout12's sampled 老人姓名
 * on an institution's check (the engine does not yet take the checked institution's contact as the person dealt with);
 * holdout39's two, labels the corpus keys both ways (a 12345 ticket's 办理过程 and 答复意见);
 * holdout45's two, labels the corpus keys both ways (a callback's 联系号码 beside the caller's 回访人, a house check's
 * 排查情况说明 as the description or the account);
 * holdout46's two (only its wrong fills read): 网格编号 keyed null (the majority keys the grid), and the user's number
 * after the user's 儿童主任 on a page titled for the child, taken for the resident's; holdout49's one, a car owner's 车主电话 on a fire-lane patrol naming no other person, keyed
 * null by its writer (STYLE.md: a third party met on a patrol); holdout51's one, a boat's 渔获及海上作业情况 taken for the
 * visit's account; holdout52's two (read after its first score): the phone under a ranger's 发现问题, keyed as the user's
 * (the ranger is the user), taken for a resident's, and a project's 存在困难 taken for the matter's description;
 * holdout55's seven (read after its first score): an overseas Chinese house's owner abroad taken for the person met
 * (its 在乡代管人 is, and its 房屋坐落 the place), 物业/责任主体 taken for the owning unit, 思想状况及诉求 taken for the
 * visit's account, a forest worker's 所属林业局 for the user's unit, and a lecture's 群众代表 with their phone, keyed null
 * by its writer (the corpus keys 群众代表 as the resident elsewhere); holdout57's five (read after its first score):
 * 现场处理情况 keyed the result, taken for the measures; a farmhouse's 房屋坐落 keyed the place, taken for the home; a ranger's 村委会 in the
 * ranger's own block keyed the community, taken for the user's unit; a border patrol's 发现异常情况 keyed null, taken for
 * the description; a council's 居民代表 keyed null, taken for the resident; holdout58's one (read after its first
 * score): a house monitor's 房屋现状 beside 是否出现险情, keyed the visit's account, taken for the hazard's description;
 * holdout61's one (read after its first score): an owner's bare 房号 on a 小区 dispute's page, keyed null as a part of the
 * address, taken for the home (holdout12 y17 keys such a 房号 the home); holdout62's one (read after its first score): a
 * household's border guard's 巡护点位 on a home visit, keyed null, taken for where the user went; holdout63's two (read after
 * its first score): a study trip's 走访果农 (several growers), keyed null, taken for the resident, and a plot's lookup box
 * 地块编号/村名, keyed null, taken for the village.
 */
const WRONG_FILLS_MAX: Partial<Record<Split, number>> = {
  dev: 0, holdout: 0, holdout2: 0, holdout3: 0, holdout4: 0, holdout5: 0, holdout6: 0, holdout7: 0, holdout8: 0, holdout9: 0, holdout10: 0,
  holdout11: 0, holdout12: 1, holdout13: 0, holdout14: 0, holdout15: 0, holdout16: 0, holdout17: 0, holdout18: 0,
  holdout19: 0, holdout20: 0, holdout21: 0, holdout22: 0, holdout23: 0, holdout24: 0, holdout25: 0, holdout26: 0, holdout27: 0,
  holdout28: 0, holdout29: 0, holdout30: 0, holdout31: 0, holdout32: 0, holdout33: 0, holdout34: 0, holdout35: 0, holdout36: 0,
  holdout37: 0, holdout38: 0, holdout39: 2, holdout40: 0, holdout41: 0, holdout42: 0, holdout43: 0, holdout44: 0, holdout45: 2, holdout46: 2,
  holdout47: 0, holdout48: 0, holdout49: 1, holdout50: 0, holdout51: 1, holdout52: 2, holdout53: 0, holdout54: 0, holdout55: 7, holdout56: 0, holdout57: 5,
  holdout58: 1, holdout59: 0, holdout60: 0, holdout61: 1, holdout62: 1, holdout63: 2,
};
const TUNED = Object.keys(WRONG_FILLS_MAX) as Split[];
/** Written blind and not yet read: only their ground truth is checked here. */
const UNGATED: Split[] = ['holdout64'];

describe('autofill corpus', () => {
  // The splits gated below are checked as they are scored (scorePage throws on a page's truth problem); this checks the rest.
  // Where no split waits unread (all are gated), there is nothing left to check here.
  it.skipIf(!UNGATED.length)('every page of the splits not yet gated has complete, unambiguous ground truth', () => {
    for (const split of UNGATED) {
      const pages = corpusPages(split);
      expect(pages.length).toBeGreaterThanOrEqual(20);
      for (const page of pages) {
        const { doc, truth } = loadPage(split, page);
        expect(resolveTruth(doc, truth).problems, `${split}/${page}`).toEqual([]);
      }
    }
  });

  const scores = new Map<Split, SplitScore>();
  beforeAll(async () => {
    for (const split of TUNED) {
      expect(corpusPages(split).length, split).toBeGreaterThanOrEqual(20);
      scores.set(split, await scoreSplit(split));
    }
    console.log([...scores.values()].map(missTable).join('\n\n'));
  }, 600_000);

  it('makes no more wrong fills than measured on any split tuned on', () => {
    for (const split of TUNED) expect(scores.get(split)!.wrong, split).toBeLessThanOrEqual(WRONG_FILLS_MAX[split]!);
  });

  it(`fills at least ${DEV_RECALL_MIN} % of the dev split's keyed fields correctly`, () => {
    expect(recallPct(scores.get('dev')!)).toBeGreaterThanOrEqual(DEV_RECALL_MIN);
  });
});
