/** Text helpers shared by detection and filling. */

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

function normalize(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000*]+/g, '')
    // A question's number: H1. R1-2. B3_1、 1) 一、 (二) are not words of the label.
    .replace(/^([a-z]{0,2}\d+([-_.]\d+)*[.、:)]|[一二三四五六七八九十]{1,3}[、.]|\([\d一二三四五六七八九十]{1,3}\))(?=.)/i, '')
    .replace(/^[:：.、\d]+(?=\D)/, '')
    .replace(/^(请输入|请选择|请填写|请录入|请输|输入|选择|填写)/, '')
    // A questionnaire speaks to the person ("您的姓名", "您所在的社区"): the field is the same.
    .replace(/^(您|你)的?(?=.)/, '')
    .replace(/^(所在|所属)的/, '$1')
    .replace(/\((必填|选填|可选|必选)\)|必填$/g, '')
    .replace(/[:：.。…]+$/g, '')
    .toLowerCase();
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
