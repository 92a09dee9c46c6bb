/** Text helpers shared by detection and filling. */
import { questionAsked } from './questions';

/** Full-width to half-width (NFKC), no spaces, no required-marks or colons: "*户主姓名：" → "户主姓名". */
export function normalizeLabel(text: string): string {
  let normal = normalized.get(text);
  if (normal === undefined) {
    if (normalized.size > 5000) normalized.clear();
    normal = normalize(text);
    normalized.set(text, normal);
  }
  return normal;
}

/** Labels repeat across fields and calls: remember their normal forms. */
const normalized = new Map<string, string>();

/**
 * A label in Chinese and a minority's script beside it (宣讲日期 چېسلا, 姓名 성명, 村（社区）كەنت (مەھەللە)): the second says the
 * same, so only the Chinese is read.
 */
const BESIDE_CHINESE = /[\p{Script=Arabic}\p{Script=Hangul}\p{Script=Tibetan}\p{Script=Mongolian}]+/gu;
const withoutSecondScript = (text: string) => (/\p{Script=Han}/u.test(text) ? text.replace(BESIDE_CHINESE, '').replace(/\(\s*\)/g, '') : text);

function normalize(text: string): string {
  const label = withoutSecondScript(text.normalize('NFKC'))
    .replace(/[\s\u00a0\u3000*]+/g, '')
    // Arrows, bullets and dashes around the words ("← 日期", "▶姓名", "--请选择性别--", a back button's "‹") are not words of the label.
    .replace(/^[\p{So}\p{Sm}\p{Pd}※•·‹›]+(?=.)|(?<=.)[\p{So}\p{Sm}\p{Pd}※•·‹›]+$/gu, '')
    // A question's number: H1. R1-2. B3_1、 1) 一、 (二) 〔三〕 第3题 are not words of the label.
    .replace(/^([a-z]{0,2}\d+([-_.]\d+)*[.、:)]|[一二三四五六七八九十]{1,3}[、.]|[(〔【][\d一二三四五六七八九十]{1,3}[)〕】]|第[\d一二三四五六七八九十]{1,3}[题项][.、:]?)(?=.)/i, '')
    .replace(/^[:：.、\d]+(?=\D)/, '')
    // A prompt before the words ("请输入姓名", "填写日期" a placeholder asks of), but not who fills in (填写人, 填写单位).
    .replace(/^(请输入|请选择|请填写|请录入|请输|输入|选择|填写(?!人|单位))/, '')
    // A questionnaire speaks to the person ("您的姓名", "您所在的社区"): the field is the same. A diary speaks of the
    // person visited ("她的名字", "他的单位"): the visit's object's, never the user's.
    .replace(/^(您|你)的?(?=.)/, '')
    .replace(/^(她|他|ta|TA)的(?=.)/, '对象')
    .replace(/^(所在|所属)的/, '$1')
    .replace(/\((必填|选填|可选|必选)\)|必填$/g, '')
    // An example or format after the label ("办理时限 例：2024-5-8", "工作单位全称，如：××镇"), not inside its brackets.
    .replace(/(?<=[^([【]{2})[,;]?(例|如|例如|比如|示例|格式)[:].*$/, '')
    // Nor a date's format or example written right after a date's label ("登记日期 YYYY-MM-DD", "来津日期 如2024-03-01").
    .replace(/(?<=(日期|时间|年月|日))(如|例|例如)?(yyyy|\d{4})[-/.年]?(mm?|\d{1,2})[-/.月]?(dd?|\d{1,2})日?$/i, '')
    // Nor what to cover, listed after a colon ("现场情况：本人精神状态、生活起居、家属陈述等").
    .replace(/(?<=^[^:]{2,}):[^:]+等$/, '')
    // Nor are brackets around the whole label ("【户主姓名】", "「联系电话」：").
    .replace(/^[[【「『〔〈《]([^[\]【】「」『』〔〕〈〉《》]+)[\]】」』〕〉》]([:：]?)$/, '$1$2')
    .replace(/[:：.。…?!]+$/g, '')
    .toLowerCase();
  return questionAsked(label) ?? label;
}


/** A label normalised, without its remarks in brackets (工单（已办结） → 工单, 对接人（负责人） → 对接人). */
export function withoutRemarks(label: string): string {
  return normalizeLabel(label).replace(/\([^)]*\)/g, '');
}

/** Visible text of an option or value, compared loosely (spaces and width ignored). */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u00a0\u3000]+/g, '').toLowerCase();
}

/** The text of an element as a person reads it (collapsed whitespace, no icon-font glyphs). */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(ICON_GLYPHS, '').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Icon fonts (layui's ○ and ✓, iconfont) draw with private-use characters: nothing a person reads. */
const ICON_GLYPHS = /[\ue000-\uf8ff]/g;

/** A value quoted for an attribute selector ([for="…"]); works where CSS.escape is missing (jsdom). */
export function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** A page's own name without the whole system's (江西省网上信访信息系统 - 信访件办理 → 信访件办理; … - 流动人口管理系统). */
export const withoutSystemName = (headline: string) => headline.replace(/[^\s\-–—|·_]*(系统|平台)/g, '');
