import { describe, expect, it } from 'vitest';
import { keys, page } from '../page';

describe('the body filing the user\'s own written work, asked as a field (申报单位 [ ] 单位联系人 [ ])', () => {
  it('is the user\'s body, and the contact asked right after it is the user', () => {
    const doc = page(`<form><table>
      <tr><th>课题名称</th><td><input name="a"></td></tr>
      <tr><th>申报单位</th><td><input name="b"></td><th>单位联系人</th><td><input name="c"></td></tr>
      <tr><th>联系人电话</th><td><input name="d"></td><th>联系人职务</th><td><input name="e"></td></tr>
      <tr><th>领题领导</th><td><input name="f"></td></tr></table></form>`, '调研课题申报表');
    expect(keys(doc)).toEqual(['topic.title', 'officer.unit', 'officer.name', 'officer.phone', 'officer.position', 'topic.lead']);
  });

  it('is not the user beside a body that is not the user\'s (责任单位 [ ] 单位联系人 [ ])', () => {
    const doc = page(`<form><label>问题描述<textarea></textarea></label><label>责任单位<input></label>
      <label>单位联系人<input></label><label>联系人电话<input></label></form>`, '问题整改');
    expect(keys(doc).slice(2).filter((key) => key?.startsWith('officer.'))).toEqual([]);
  });
});
