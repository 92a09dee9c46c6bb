/**
 * Labels written as questions, read three ways, in this order:
 * - a question with the field's name in brackets (见了谁（群众姓名）): the name (answerNamed, in detect.ts, before classifying);
 * - a whole short question (去了哪里, 聊了些什么): the usual label it asks for (questionAsked, inside normalizeLabel);
 * - a question in a frame (below, plainLabel): when nothing else keyed the label.
 */

/** A label put as a question (见了谁, 住在哪儿, 做了什么) with the field's name in brackets after it. */
const QUESTION = /谁|哪|什么|怎么|怎样|如何|多少|几|吗|\?/;
const QUESTION_WITH_NAME = /^(.+?)\(([^()]{2,10})\)$/;

/** "见了谁（群众姓名）" (normalised): the name in brackets says what a question asks; null for any other label. */
export function answerNamed(label: string): string | null {
  const parts = QUESTION_WITH_NAME.exec(label);
  return parts && QUESTION.test(parts[1]) && !QUESTION.test(parts[2]) ? parts[2] : null;
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
  // Also said of the day's visit and of both senses (今天看到、听到了什么).
  [/^(今天|今日|这次|本次)?((看到|听到|见到|了解到|了解)[、和及与]?){1,3}了?(些)?(什么|啥|哪些)(情况)?$/, '了解到的情况'],
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

/** The usual label a whole question asks for (去了哪里 → 走访地点), or null; normalizeLabel applies it to every label. */
export function questionAsked(label: string): string | null {
  // A remark in brackets after the question ("在哪儿（小区、村组、场所）") stays, as after any label.
  const [, words, remark = ''] = /^(.+?)(\([^()]*\))?$/.exec(label) ?? [];
  if (!words) return null;
  const said = SAID_OR_DONE.find(([pattern]) => pattern.test(words));
  if (said) return said[1] + remark;
  const question = words.replace(ASKED_ABOUT, '');
  const [pattern, asked] = QUESTIONS.find(([pattern]) => pattern.test(question)) ?? [];
  return pattern && asked ? question.replace(pattern, asked) + remark : null;
}

/**
 * A label written as a question to, or about, the person visited (户主叫啥名字？, 您家住在哪个小区、几号楼？, 还有什么困难
 *需要帮助？) is a label in other clothes. questionAsked above reads a bare short question (去了哪里, 聊了些什么); here
 * the frame around one is read: when it was asked (这次, 走访时), of whose home or on what topic (亲戚家, 供暖上), and a
 * tail asking for help (、想让我们帮着解决的). What is left is an ordinary label, classified as any other.
 */

/** When or how exactly the question is put (这次, 现在, 具体, 走访时): no word of the field. */
const OCCASION = /^(这次|本次|这回|今天|今日|当天|现在|目前|平时|具体|(走访|入户|上门|座谈|交谈|聊天)(时|中))+/;

/**
 * Whom the question is about: the person visited, named as the people (群众), by their tie to the user in a pairing
 * visit (亲戚), or as their home (家里, 亲戚家); or nobody named. Another person (孩子, 邻居) is not matched.
 */
const RESIDENT = '((群众|居民|村民|市民|老人|亲戚|对象|户主|对方)家?|家里|家中|家庭)?';

/**
 * A topic of the resident's life the question is about (供暖上, 生活上, 就业方面): it narrows the ask, the field stays the
 * same. Not the user's own work (工作中有什么困难 asks the user's difficulty, on a report of theirs).
 */
const TOPIC = '((?!工作|业务|履职|任务).{1,4}(上|方面|中))?';

/** What the resident may raise: a difficulty, a problem, a wish (盼头). Not an opinion of the user's work (意见, 建议). */
const RAISED = '(困难|难处|难事|难题|问题|诉求|需求|盼头|心愿|愿望|烦心事|急难愁盼)';

/** A tail asking for help with what was raised (需要帮助, 想让我们帮着解决的). */
const HELP_ASKED = '([、,]?(需要|要|想|想让|希望|请)(我们|政府|社区|村里)?(帮|帮助|帮忙|帮着|协调|解决)+(的|一下)?)?';

/** The levels of the area residents live in (村, 社区, 小区, 网格, 街道, 乡镇, 村民小组). */
const AREA = '(村|社区|小区|网格|街道|乡镇|乡|镇|村民小组|村组|组)';

/** Address parts asked one by one (哪个小区、几号楼、几单元、几号). */
const ADDRESS_PART = '(哪个|哪|几)(小区|社区|村|组|街道?|路|号?楼|栋|幢|单元|层|号|室|门牌号?)';

/** A question's frame and the ordinary label it asks for ($n: words kept from the question). */
const FRAMES: [question: RegExp, label: string][] = [
  // A name asked (户主叫啥名字, 贵姓, 怎么称呼): the name of whoever is named before it.
  [/^(.*?)(叫啥名字|叫什么名字|名字叫啥|名字是啥|叫啥|叫什么|贵姓|尊姓大名|怎么称呼)$/, '$1姓名'],
  // A field named and asked after with a bare 是 (联系电话是); text.ts reads 是多少, 是什么.
  [/^(.{2,8}?)是$/, '$1'],
  // Who came along (谁和你一起去的, 谁陪你去的).
  [/^谁(和|跟|同|陪)(你|您|我|我们)?(一起|一同|一块儿?)?(去|来|走访|前往|入户|上门)的?$/, '同行人员'],
  // Which area the user went to, or the resident's home is in (去了哪个村（居）, 家在哪个社区): that level of area.
  // Not a body visited (去了哪个部门), which is nobody's unit of ours.
  [new RegExp(`^((去|到|走访|前往|去过|到过)了?|家住?在|住在)(哪个|哪一个)(${AREA}(\\([^)]*\\))?)$`), '$4'],
  // Where the resident lives, asked part by part: their address.
  [new RegExp(`^家?(住在?|居住在)(${ADDRESS_PART}[、,]?){2,}$`), '住址'],
  // What the resident has to raise (群众有啥盼头, 亲戚家有啥难处, 供暖上还有什么问题、想让我们帮着解决的).
  [new RegExp(`^${RESIDENT}${TOPIC}(还|都|最|主要)?(有|存在|遇到)了?(些)?(什么|啥|哪些)${RAISED}${HELP_ASKED}$`), '反映问题'],
  // What the resident cares most about (群众最关心什么): what they raise.
  [new RegExp(`^${RESIDENT}最?(关心|关注|在意|操心|担心|期盼|盼望)(的是)?(什么|啥|哪些)(事|事情|问题)?$`), '反映问题'],
  // What the user did together with the resident (和亲戚一起做了什么): the visit's record.
  [new RegExp(`^(和|跟|与|同)${RESIDENT}一起(做|干|搞|开展)了(些)?(什么|啥|哪些)(事|事情|活动)?$`), '走访内容'],
  // What help was done for the resident (帮亲戚办了哪些实事, 帮着解决了什么): the measures.
  [new RegExp(`^(帮|为|给|替)${RESIDENT}(办|做|解决)了(些)?(什么|啥|哪些)(实事|好事|事|事情|问题|困难)?$`), '帮扶措施'],
  [/^帮着?(解决|办)了(些)?(什么|啥|哪些)(问题|事|事情|困难)?$/, '帮扶措施'],
  // How the resident's life goes, since some change or lately (搬迁后生活怎么样, 日子过得咋样): what the visit saw.
  // Not a matter's progress (提的事办得怎样了) nor one side of a life (身体怎么样), which other fields ask.
  [/^(.{1,3}(后|以来)|最近|近来)?(生活|日子)(过得|过的)?(怎么样|怎样|咋样|如何|好不好)$/, '近况'],
  // Where a study goes (到哪些地方调研, 去哪里蹲点): its places.
  [/^(到|去|在)(哪些|哪里|哪儿|哪个|什么)(地方|村|社区|单位|点位)?(调研|蹲点|开展调研)$/, '调研地点'],
  // How the visit or contact was made (怎么走访的, 怎么联系的): the visit's way, not a contact's number (联系方式).
  [/^(怎么|怎样|如何|以什么方式)(走访|联系|入户|上门|回访|随访)的?$/, '走访方式'],
];

/**
 * The ordinary label a question (normalised by normalizeLabel) asks for, or null when it has no frame read here.
 * Without a frame matched, the question less its occasion words is returned when that is shorter (这次去和群众聊了些什么
 * → 和群众聊了些什么), so that normalizeLabel can read what is left; a question asking something we have no value for
 * (您家里有几口人, 您对今年供暖满意吗) matches nothing and stays as it was.
 */
export function plainLabel(question: string): string | null {
  const asked = question.replace(OCCASION, '').replace(/^去(?=[和跟与同])/, '').replace(/(呢|[、,;])+$/, '');
  const frame = FRAMES.find(([pattern]) => pattern.test(asked));
  if (frame) return asked.replace(frame[0], frame[1]);
  return asked && asked !== question ? asked : null;
}
