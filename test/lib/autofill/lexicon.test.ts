// The label lexicon (lib/autofill/lexicon.ts): the words forms use for a person's details, read through classifyLabel.
import { describe, expect, it } from 'vitest';
import { keyOf } from './page';

const resident = { party: 'resident' as const, selfPage: false };

describe('lexicon: the resident’s home said otherwise', () => {
  it('reads the home by where it stands or its door (房屋坐落, 住房位置, 房屋门牌, 房号) as the person’s address', () => {
    for (const label of ['房屋坐落', '住房位置', '房屋门牌', '房号']) expect(keyOf(label, resident), label).toBe('resident.address');
  });

  it('reads where one lives asked plainly (住在哪) and a party’s home or premises (住址/经营地址) as their address', () => {
    expect(keyOf('住在哪', resident)).toBe('resident.address');
    expect(keyOf('住址 / 经营地址', resident)).toBe('resident.address');
  });

  it('reads an address in the city named by one character (在樊住址) as the home, not one away from it (在外地址)', () => {
    expect(keyOf('在樊住址', resident)).toBe('resident.address');
    expect(keyOf('在外地址', resident)).toBeNull();
  });
});
