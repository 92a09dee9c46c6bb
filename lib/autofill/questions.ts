/**
 * A label written as a question to, or about, the person visited (户主叫啥名字？, 您家住在哪个小区、几号楼？, 还有什么困难
 *需要帮助？) is a label in other clothes. normalizeLabel already reads a bare short question (去了哪里, 聊了些什么); here
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
