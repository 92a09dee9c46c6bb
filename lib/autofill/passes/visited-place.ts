import type { FoundField, PageFacts } from '../field';
import { namesSideAgainst } from '../party';
import { normalizeLabel } from '../text';

const CHECKED_BUSINESS = /^被(检查|巡查|走访|服务|帮扶)(单位|企业|场所|商户)(名称)?$/;
/**
 * A field naming the business or venue on the form (企业名称, 被检查单位, 场所名称, 组织名称, a 共富工坊's 工坊名称), or asking what only a body has
 * (统一社会信用代码, 法定代表人, 营业执照号): the form is about that body.
 */
const BODY_NAMED = /^(企业|公司|商户|店铺|门店|单位|场所|组织|工坊|合作社)(名称|全称)$|^(统一社会信用代码|法定代表人|法人代表|营业执照|组织机构代码)/;
const namesBusiness = (label: string) => CHECKED_BUSINESS.test(label) || BODY_NAMED.test(label);
/** A body that is surely not the user's own (企业名称, 被检查单位, 法定代表人): a 单位名称 or 组织名称 may be. */
export const namesOthersBody = (label: string) => namesBusiness(label) && !/^(单位|组织)(名称|全称)$/.test(label);
/** Its address (企业地址, 经营地址, 单位地址, 经营场所地址), or its premises asked as a place (经营场所). */
const BUSINESS_ADDRESS = /^(企业|公司|单位|场所|商户|店铺|门店|工坊|合作社|经营|经营场所|生产经营)(详细)?(地址|住所)$|^(生产)?经营场所$/;

/**
 * A visit to a business or venue (安全检查, 助企走访, 消防巡查): where the form names the business and asks no place of
 * the visit, the business's address is where the user went. Not on a form without a visit (a complaint about a shop).
 */
export function resolveVisitedAddresses(fields: FoundField[]): void {
  if (!fields.some((f) => f.key?.startsWith('visit.')) || fields.some((f) => f.key === 'visit.location')) return;
  const business = fields.find((f) => namesBusiness(normalizeLabel(f.label)));
  if (!business) return;
  // A bare 地址 beside the business's name, taken for a resident's only for want of one, is the business's too.
  const bareAddress = (f: FoundField) => f.key === 'resident.address' && f.guessedResident && f.sectionKey === business.sectionKey
    && /^(详细)?(地址|住所)$/.test(normalizeLabel(f.label));
  const address = fields.find((f) => f.openText && BUSINESS_ADDRESS.test(normalizeLabel(f.label))) ?? fields.find(bareAddress);
  if (!address || namesSideAgainst(normalizeLabel(address.section))) return;
  address.assign('visit.location');
}

/** An estate (小区), whose address under a resident's heading is their home's. */
const ESTATE = /小区$/;
/** The spot within a place (具体位置, 详细位置, 具体地点). */
const SPOT = /^(具体|详细)(位置|地点)$/;
/**
 * The address of a place asked by its name too (小区名称 … 小区地址, 驿站名称 … 驿站地址); not the user's own body's, nor
 * where a matter happened (事件名称 … 事件地址).
 */
const PLACE_ADDRESS = /^(?!单位|组织|事件|事项|案件|问题|工单|纠纷|诉求|隐患)(\p{Script=Han}{2,4})(地址|位置)$/u;
const PLACE_LEVELS: ReadonlySet<string> = new Set(['place.street', 'place.community', 'place.grid']);

/**
 * "街道 [ ] 社区 [ ] 网格 [ ] 具体位置 [ ]", "小区名称 [ ] 小区地址 [ ] 所属街道 [ ]": the spot asked with the place's
 * levels under one heading is the finest of them, where the user went (the clutter in a corridor, the point checked),
 * and so is the address of a place asked by its name too, the page's headline about it or its levels beside (the
 * estate, the station called on), when nothing else asks that; not under a resident's heading, where it is part of
 * their home.
 */
export function resolvePlaceSpots(fields: FoundField[], { headline }: PageFacts): void {
  if (fields.some((f) => f.key === 'visit.location')) return;
  const beside = (f: FoundField, keys: (key: string) => boolean) => fields.some((g) => g.sectionKey === f.sectionKey && keys(g.key ?? ''));
  // The place named (小区名称) and its address asked under one heading, the headline about it or its levels beside.
  const namedPlace = (f: FoundField) => {
    const place = PLACE_ADDRESS.exec(normalizeLabel(f.label))?.[1];
    const named = !!place && fields.some((g) => g.sectionKey === f.sectionKey && normalizeLabel(g.label) === `${place}名称`)
      && (normalizeLabel(headline).includes(place) || beside(f, (key) => PLACE_LEVELS.has(key)));
    return named ? place : undefined;
  };
  // Under a resident's heading a spot or an estate is part of their home; a canteen's or a station's address is not.
  const home = (f: FoundField) => beside(f, (key) => key.startsWith('resident.')) && ESTATE.test(namedPlace(f) ?? '小区');
  const spot = fields.find((f) => f.openText && !home(f)
    && ((SPOT.test(normalizeLabel(f.label)) && beside(f, (key) => PLACE_LEVELS.has(key))) || !!namedPlace(f)));
  spot?.assign('visit.location');
}
