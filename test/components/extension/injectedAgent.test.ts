// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { installAgent } from '@/components/extension/injectedAgent';
import { AgentCapture, AgentFillReport, AgentPage } from '@/lib/messages';

const FORM = `
  <form><table>
    <tr><td colspan="2">户主信息</td></tr>
    <tr><td>*户主姓名：</td><td><input name="hzxm"></td></tr>
    <tr><td>联系电话：</td><td><input name="lxdh" style="outline: 1px dotted red"></td></tr>
    <tr><td>紧急联系人电话：</td><td><input name="jjlxrdh"></td></tr>
    <tr><td>验证码：</td><td><input name="yzm"></td></tr>
  </table></form>`;
const input = (name: string) => document.querySelector<HTMLInputElement>(`[name=${name}]`)!;

describe('the agent injected into a page', () => {
  beforeEach(() => {
    delete window.__footstepsAutofill;
    document.title = '民情台账系统';
    document.body.innerHTML = FORM;
    installAgent();
  });

  it('describes the page in plain data that the extension’s schema accepts', () => {
    const page = AgentPage.parse(structuredClone(window.__footstepsAutofill!.page([])));
    expect(page.title).toBe('民情台账系统');
    expect(page.fields.map((f) => [f.ref, f.key])).toEqual([['0', 'resident.name'], ['1', 'resident.phone'], ['2', null], ['3', null]]);
    expect(page.fields[0]).toMatchObject({ section: '户主信息', fromTemplate: false, selector: { name: 'hzxm' } });
    expect(page.lastFill).toBeNull();
  });

  it('applies a template’s correction before the heuristics', () => {
    const { fields } = window.__footstepsAutofill!.page([{ selector: { name: 'jjlxrdh' }, key: 'resident.phone' }]);
    expect(fields[2]).toMatchObject({ key: 'resident.phone', fromTemplate: true });
  });

  it('fills, outlines what it filled, and undoes every change with the outlines', async () => {
    const agent = window.__footstepsAutofill!;
    const report = AgentFillReport.parse(structuredClone(await agent.fill({ 'resident.name': '胡秀英', 'resident.phone': '13800001518' }, [])));
    expect(report.filled.map((f) => f.value)).toEqual(['胡秀英', '13800001518']);
    expect(report.skipped.map((s) => s.label)).toEqual(expect.arrayContaining(['验证码：']));
    expect(input('hzxm').value).toBe('胡秀英');
    expect(input('hzxm').style.outline).toContain('solid');
    expect(agent.page([]).lastFill?.filled).toHaveLength(2);

    // Injected again (another operation from the panel): the same agent, so the undo is still there.
    installAgent();
    expect(await window.__footstepsAutofill!.undo()).toEqual({ restored: 2 });
    expect([input('hzxm').value, input('lxdh').value]).toEqual(['', '']);
    expect(input('lxdh').style.outline).toBe('1px dotted red');
    expect(input('hzxm').hasAttribute('data-footsteps-filled')).toBe(false);
    expect(agent.page([]).lastFill).toBeNull();
  });

  it('shows on the page which field a preview row means', () => {
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const agent = window.__footstepsAutofill!;
    agent.page([]);
    expect(agent.locate('1')).toBe(true);
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(input('lxdh').style.boxShadow).toContain('rgba');
    expect(agent.locate('9')).toBe(false);
  });

  it('reads the page back with Chinese labels, for a new issue or visit', () => {
    input('hzxm').value = '赵某某';
    const captured = AgentCapture.parse(structuredClone(window.__footstepsAutofill!.read()));
    expect(captured.fields).toEqual([{ key: 'resident.name', label: '居民姓名', value: '赵某某' }]);
  });
});
