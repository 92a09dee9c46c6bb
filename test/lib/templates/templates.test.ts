import { describe, expect, it } from 'vitest';
import {
  exportTemplates, findTemplate, newTemplate, parseTemplateFile, ruleFor, suggestPathPattern, withFixedValue, withRule,
  type FormTemplate,
} from '@/lib/templates';
import { ValidationError } from '@/lib/schema';
import { openTestStore } from '../db/fakeDb';

const NOW = '2026-11-23T08:00:00.000Z';
const url = 'http://wgh.example.gov.cn:8080/visit/1024/edit.html?from=list';
const phone = { name: 'lxdh', label: '联系电话', css: 'input[name="lxdh"]' };

describe('form templates: corrections used before the heuristics', () => {
  it('files a template under the site and a path pattern without record ids', () => {
    const t = newTemplate(url, 't1', NOW);
    expect(t).toMatchObject({ site: 'wgh.example.gov.cn:8080', pathPattern: '/visit/*/edit.html', name: 'wgh.example.gov.cn:8080', rules: [], fixed: {} });
    expect(suggestPathPattern('http://a.cn/')).toBe('/');
  });

  it('finds the most specific template for a page, and none for other sites or paths', () => {
    const broad = { ...newTemplate(url, 'broad', NOW), pathPattern: '/*' };
    const exact = newTemplate(url, 'exact', NOW);
    expect(findTemplate([broad, exact], 'http://wgh.example.gov.cn:8080/visit/77/edit.html')?.id).toBe('exact');
    expect(findTemplate([broad, exact], 'http://wgh.example.gov.cn:8080/issue/list.html')?.id).toBe('broad');
    expect(findTemplate([broad, exact], 'http://other.gov.cn/visit/1/edit.html')).toBeUndefined();
  });

  it('remembers a corrected key for a field, replacing an earlier correction of it', () => {
    let t = withRule(newTemplate(url, 't1', NOW), phone, 'resident.phone', NOW);
    t = withRule(t, { ...phone }, 'officer.phone', NOW);
    expect(t.rules).toEqual([{ selector: phone, key: 'officer.phone' }]);
    expect(ruleFor(t, phone)?.key).toBe('officer.phone');
    const remark = { label: '备注', css: 'form > input:nth-of-type(3)', frame: [0] };
    const never = withRule(t, remark, null, NOW);
    expect(ruleFor(never, { ...remark })?.key).toBeNull();
    expect(ruleFor(never, { ...remark, frame: [1] })).toBeUndefined();
  });

  it('keeps fixed values and removes them when emptied', () => {
    const t = withFixedValue(newTemplate(url, 't1', NOW), 'visit.type', '入户走访', NOW);
    expect(t.fixed).toEqual({ 'visit.type': '入户走访' });
    expect(withFixedValue(t, 'visit.type', '', NOW).fixed).toEqual({});
  });
});

describe('template files: export and import', () => {
  const template: FormTemplate = withFixedValue(withRule(newTemplate(url, 't1', NOW, '网格化管理平台'), phone, 'resident.phone', NOW), 'visit.type', '入户走访', NOW);

  it('round-trips through the exported file', () => {
    expect(parseTemplateFile(exportTemplates([template], NOW))).toEqual([template]);
  });

  const reject = (content: unknown) => {
    try {
      parseTemplateFile(typeof content === 'string' ? content : JSON.stringify(content));
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      return (e as Error).message;
    }
    throw new Error('accepted a bad file');
  };
  const file = (templates: unknown[]) => ({ format: 'footsteps-form-templates', version: 1, templates });

  it('rejects bad files with a Chinese message saying where', () => {
    expect(reject('{not json')).toBe('模板文件不是有效的 JSON 文件，未导入');
    expect(reject({ hello: 1 })).toContain('这不是脚步的表单模板文件');
    expect(reject({ ...file([template]), version: 9 })).toContain('模板文件的版本不受支持');
    expect(reject(file([]))).toContain('模板文件中没有模板');
    expect(reject(file([{ ...template, rules: [{ selector: { name: 'xm' }, key: 'resident.nickname' }] }])))
      .toBe('模板文件有误，未导入：第1个模板 字段规则 第1条 字段键：未知的字段键“resident.nickname”');
    expect(reject(file([template, { ...template, site: 'http://a.cn/x' }]))).toContain('第2个模板 站点：站点应为域名');
    expect(reject(file([{ ...template, pathPattern: 'visit' }]))).toContain('路径规则应以 / 开头');
    expect(reject(file([{ ...template, name: ' ' }]))).toContain('请填写模板名称');
    expect(reject(file([{ ...template, rules: [{ selector: {}, key: null }] }]))).toContain('字段规则至少要有标签、字段名或位置之一');
  });

  it('stores templates through lib/db, an import all or nothing', async () => {
    const store = openTestStore();
    const templates = store.formTemplates;
    await templates.save(template);
    await expect(templates.saveAll([{ ...template, id: 't2' }, { ...template, id: 't3', site: 'bad site' }])).rejects.toThrow(ValidationError);
    expect((await templates.list()).map((t) => t.id)).toEqual(['t1']);
    await templates.remove('t1');
    expect(await templates.list()).toEqual([]);
    store.close();
  });
});
