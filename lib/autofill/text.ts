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
  const label = text
    .normalize('NFKC')
    .replace(/[\s\u00a0\u3000*]+/g, '')
    // Arrows, bullets and dashes around the words ("← 日期", "▶姓名", "--请选择性别--") are not words of the label.
    .replace(/^[\p{So}\p{Sm}\p{Pd}※•·]+(?=.)|(?<=.)[\p{So}\p{Sm}\p{Pd}※•·]+$/gu, '')
    // A question's number: H1. R1-2. B3_1、 1) 一、 (二) 〔三〕 第3题 are not words of the label.
    .replace(/^([a-z]{0,2}\d+([-_.]\d+)*[.、:)]|[一二三四五六七八九十]{1,3}[、.]|[(〔【][\d一二三四五六七八九十]{1,3}[)〕】]|第[\d一二三四五六七八九十]{1,3}[题项][.、:]?)(?=.)/i, '')
    .replace(/^[:：.、\d]+(?=\D)/, '')
    .replace(/^(请输入|请选择|请填写|请录入|请输|输入|选择|填写)/, '')
    // A questionnaire speaks to the person ("您的姓名", "您所在的社区"): the field is the same. A diary speaks of the
    // person visited ("她的名字", "他的单位"): the visit's object's, never the user's.
    .replace(/^(您|你)的?(?=.)/, '')
    .replace(/^(她|他|ta|TA)的(?=.)/, '对象')
    .replace(/^(所在|所属)的/, '$1')
    .replace(/\((必填|选填|可选|必选)\)|必填$/g, '')
    // An example or format after the label ("办理时限 例：2024-5-8", "联系电话 如:138…"), not inside its brackets.
    .replace(/(?<=[^([【]{2})(例|如|例如|比如|示例|格式)[:].*$/, '')
    // Nor are brackets around the whole label ("【户主姓名】", "「联系电话」：").
    .replace(/^[[【「『〔〈《]([^[\]【】「」『』〔〕〈〉《》]+)[\]】」』〕〉》]([:：]?)$/, '$1$2')
    .replace(/[:：.。…?!]+$/g, '')
    .toLowerCase();
  return questionAsked(label) ?? label;
}

/**
 * Who may be asked about before the question ("她说了什么", "我们怎么帮", "今天去了哪里", "现场怎么处理的"): not words of
 * the field.
 */
const ASKED_ABOUT = /^(今天|今日|当天|这次|本次|现场|当场)?(她|他|ta|您|你|我们|我|大家|群众|居民|村民|市民|老人|对方)?/;

/**
 * A plain question as the label (去了哪里, 和谁一起去, 她说了什么, 我们怎么帮) and the usual label of the field it asks for:
 * who (谁), where (哪里), when (什么时候), what was said or seen (说了什么, 了解到什么), how to help (怎么帮). Only whole
 * questions of a visit or a resident: "跟谁同住" or "在哪里发生的" ask something else and stay as they are.
 */
const QUESTIONS: [question: RegExp, label: string][] = [
  [/^(去|到|走访|前往|去过|到过)了?(哪里|哪儿|哪|何处|什么地方|哪些地方)了?$/, '走访地点'],
  [/^(住|住在|家住)(哪里|哪儿|何处|什么地方)$/, '住址'],
  [/^在(哪里|哪儿|何处|什么地方)$/, '地点'],
  // Where the people were met ("在哪儿见的", "在哪里碰的面"): the visit's place, not where a matter happened.
  [/^在(哪里|哪儿|何处|什么地方)(见|见到|碰到|遇到|碰的?面|见的?面|聊|谈)的?$/, '走访地点'],
  [/^(什么时候|何时|哪天|哪一天|几月几[号日])(去|走访|上门|入户)的?$/, '走访时间'],
  [/^(什么时候|何时|哪天|哪一天|几月几[号日])$/, '时间'],
  [/^(和|跟|与|同)(谁|哪些人|哪位|哪几位)(一起|一同|一块儿?)?(去|走访|前往|入户|上门)?的?$|^(谁|哪些人)(陪同|同去|同行|一起去)的?$/, '同行人员'],
  [/^(见|见到|走访|看望|探望|拜访|慰问|访问|接待)了?(谁|哪位|哪户|哪家|什么人)$/, '走访对象'],
  [/^(叫什么|什么名字|叫什么名字|名字叫什么|名字是什么)$/, '姓名'],
  [/^谁(记录|填写|填报|登记|走访|接待)的?$/, '$1人'],
  // A field named and asked after ("记录人是谁", "联系电话是多少", "身份证号是什么"): the field named.
  [/^(.{2,6}?)(是谁|是哪位|是多少|多少|是什么)$/, '$1'],
  // Who or which body is to handle it, and by when (由谁负责, 哪个部门办理, 什么时候办结).
  [/^由?谁(负责|办理|承办|跟进)$/, '责任人'],
  [/^由?(哪个|什么)(部门|单位)(负责|办理|承办|处理)$/, '责任单位'],
  [/^(什么时候|何时|哪天)前?(办好|办结|解决|完成|整改完)$/, '完成时限'],
  // A talk asked bare (聊了些什么, 和老人谈了哪些, 唠了啥) is the talk itself, the visit's record; what was raised in it
  // names the matter (谈了哪些难题) or is the resident's word (说了什么, 反映了哪些).
  [/^((和|跟|与|同)(她|他|ta|群众|居民|村民|市民|老人|对方|家属|家人))?(聊|谈|唠|交流)了?(些)?(什么|啥|哪些)(话题|内容)?$/, '谈话内容'],
  // What the user said and how the other answered (讲了哪些、事主怎么说, 说了什么，对方什么态度): the talk both ways.
  [/^(讲|说|宣讲|劝|谈)了?(些)?(什么|啥|哪些)[、,;](她|他|ta|对方|群众|居民|村民|老人|当事人|事主|家属)(怎么说|咋说|说了什么|说了啥|什么态度|的态度|有何反应|什么反应)的?$/, '谈话内容'],
  [/^(说|讲|反映|提|提出|谈|聊|诉说|讲述)了?(些)?(什么|啥|哪些)((问题|事|事情|难事|盼事|难题|困难|诉求|需求|心愿|情况)[、和及]?)*$/, '反映问题'],
  [/^(看到|听到|了解到|了解)了?(些)?(什么|啥|哪些)(情况)?$/, '了解到的情况'],
  [/^发现了?(些)?(什么|啥|哪些)(问题|隐患)?$/, '发现的问题'],
  [/^(有|遇到|存在)了?(些)?(什么|啥|哪些)(困难|问题|诉求|需求|难事|难处|难题)$/, '反映问题'],
  [/^(需要|要|想要|希望)(帮|帮助|帮忙|协调|解决|办)+(些)?(什么|啥|哪些)(问题|事|事情|困难)?$/, '需要解决的问题'],
  [/^是?(怎么|怎样|如何)(帮|帮助|帮扶|帮忙|办|解决|处理|处置|整改|应对|化解|回应)(她|他|ta)?的?$/, '解决措施'],
  [/^(下一步|下步|接下来)(怎么办|怎么做|如何做|如何办)$/, '下一步措施'],
  // A day said plainly (上门日子, 走访的日子): its date.
  [/^(.{2,4}?)的?日子$/, '$1日期'],
  // What help was given (帮了什么, 办了哪些实事好事): the help, as 帮扶措施. Not 做了什么, a diary's whole day.
  // Also for whom (为群众办了哪些实事, 给老人帮了什么忙).
  [/^((为|给|替)(她|他|ta|群众|居民|村民|市民|老人|对方|大家|家里))?(帮|办)了?(什么|啥|哪些)(忙|事|事情|实事|好事|实事好事)?$/, '帮扶措施'],
  // What the user told the resident (跟群众说了什么, 向当事人解释了哪些): the answer given, as 答复内容.
  [/^(跟|向|对|给|和|同)(她|他|ta|群众|居民|村民|市民|老人|对方|当事人|来访人|来电人|反映人|诉求人)(说|讲|答复|反馈|回复|解释|交代)了?(些)?(什么|啥|哪些)$/, '答复内容'],
];

/** Whose words a diary quotes ("母亲说", "群众讲的"): the matter they raised; what the user did for them ("我们做了"): the help. */
const SAID_OR_DONE: [label: RegExp, field: string][] = [
  [/^(她|他|ta|群众|居民|村民|市民|老人|对方|当事人|来访人|来电人|母亲|父亲|家属|家人|孩子)(说|讲)的?$/, '反映问题'],
  [/^(我们|我)(做了|干了|办了)(些)?(什么|啥|哪些)?(事|事情|工作)?$/, '解决措施'],
  // What the user heard and saw there (听到的、看到的, 看到的和了解到的): the visit's record.
  [/^((听到|看到|见到|了解到)的?[、和及与]?){1,3}$/, '了解到的情况'],
  // Who writes the record (记日志的人, 填表的人): its filer.
  [/^(记|写|填|填写|记录|撰写)(本|此|这份?)?(日志|日记|记录|台账|表|表格|登记表)的人$/, '填表人'],
];

function questionAsked(label: string): string | null {
  // A remark in brackets after the question ("在哪儿（小区、村组、场所）") stays, as after any label.
  const [, words, remark = ''] = /^(.+?)(\([^()]*\))?$/.exec(label) ?? [];
  if (!words) return null;
  const said = SAID_OR_DONE.find(([pattern]) => pattern.test(words));
  if (said) return said[1] + remark;
  const question = words.replace(ASKED_ABOUT, '');
  const [pattern, asked] = QUESTIONS.find(([pattern]) => pattern.test(question)) ?? [];
  return pattern && asked ? question.replace(pattern, asked) + remark : null;
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
