import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('a form in two sides (甲方 | 乙方, 我方 | 对方)', () => {
  const row = (left: string, right: string) => `<tr><th>${left}</th><td><input></td><th>${right}</th><td><input></td></tr>`;
  const table = (sides: [string, string], rows: [string, string][], foot = '') =>
    page(`<form><table><tr><td colspan="2">${sides[0]}</td><td colspan="2">${sides[1]}</td></tr>${rows.map(([l, r]) => row(l, r)).join('')}${foot}</table><button>保存</button></form>`);

  it('reads the side naming the user as the user’s and the other side’s person as the resident', () => {
    const doc = table(['甲方（管理方）', '乙方（责任方）'], [['单位名称', '商户名称'], ['经 办 人', '责 任 人'], ['联系电话', '联系电话'], ['所属街道', '身份证号']]);
    expect(keys(doc)).toEqual(['officer.unit', null, 'officer.name', 'resident.name', 'officer.phone', 'resident.phone', 'place.street', 'resident.idNumber']);
  });

  it('leaves the other side empty when the form names its resident elsewhere', () => {
    const doc = page(`<form><p><label>户主姓名<input></label></p><table><tr><td colspan="2">我方</td><td colspan="2">对方</td></tr>
      ${row('经办人', '负责人')}${row('联系电话', '联系电话')}</table><button>保存</button></form>`);
    expect(keys(doc)).toEqual(['resident.name', 'officer.name', null, 'officer.phone', null]);
  });

  it('gives a box spanning both sides to neither', () => {
    const doc = table(['甲方', '乙方'], [['经办人', '负责人']], '<tr><th>约定内容</th><td colspan="3"><input></td></tr>');
    expect(keys(doc).slice(0, 2)).toEqual(['officer.name', 'resident.name']);
    expect(keys(doc)[2]).toBeNull();
  });

  it('leaves two people\'s sides alone: a lease between 出租人 and 承租人, or sides named by 姓名 before the form\'s 登记人', () => {
    const side = (heading: string) => `<h4>${heading}</h4><p><label>姓名<input></label></p><p><label>电话<input></label></p>`;
    const lease = page(`<form>${side('甲方（出租人）')}${side('乙方（承租人）')}<p><label>登记人<input></label></p></form>`);
    expect(keys(lease)).toEqual([null, null, null, null, 'officer.name']);
    const bare = page(`<form>${side('甲方')}${side('乙方')}<p><label>登记人<input></label></p></form>`);
    expect(keys(bare).slice(2, 4)).toEqual([null, null]);
  });
});
