import type { FoundField } from '../field';
import { normalizeLabel } from '../text';

/** A part of an address (楼栋门牌, 门牌号, 房号) after a field asking a larger part of it (小区, 街路巷). */
const ADDRESS_PART = /^(楼栋|楼号|门牌|房间?|单元)+号?$/;
const LARGER_PART = /小区|街路巷|路巷|道路|村组|自然村|院落/;

/** A door asked alone (门牌, 门牌号): the address only where nothing else on the page asks it. */
const DOOR_ONLY = /^门牌(号|号码)?$/;

/**
 * A part of an address takes the resident's whole address only when it is the form's one address field: a form that
 * asks the 小区 (or the 楼栋) first splits the address into parts, and the whole address in its 楼栋门牌 would repeat the
 * 小区; a bare 门牌 beside the address asked whole (详细住址) is only its door.
 */
export function resolveAddressParts(fields: FoundField[]): void {
  fields.forEach((f, i) => {
    const label = normalizeLabel(f.label);
    if (f.key !== 'resident.address' || f.fromTemplate || !ADDRESS_PART.test(label)) return;
    const door = DOOR_ONLY.test(label);
    const before = fields.slice(Math.max(0, i - 3), i).map((g) => normalizeLabel(g.label));
    if (before.some((b) => LARGER_PART.test(b) || (door && ADDRESS_PART.test(b)))) f.clear('只是地址的一部分（前面另有小区等栏），不自动填写整条地址');
    else if (door && fields.some((g) => g !== f && g.key === 'resident.address')) f.clear('只是门牌（表上另有住址栏），不自动填写整条地址');
  });
}
