// jQuery plugins that hide a native <select> behind their own dropdown (chosen, bootstrap-select): the
// <select> keeps the value the page submits; a person opens the plugin's list, clicks the option by its
// text and closes it, and the plugin updates the <select>. That is what these drivers do.
import { click, fire, isVisible, settle, waitFor } from './dom';
import { normalizeText, textOf } from './text';
import { pickOption, type Widget } from './widgets';

export interface MirrorFlavor {
  framework: string;
  /** The plugin's stand-in for a select, or null when the select has none. */
  proxyOf(select: HTMLSelectElement): HTMLElement | null;
  /** Where a person clicks to open the list. */
  opener: string;
  /** An option in the opened list; its text is the option's. */
  item: string;
  itemText: string;
  /** Shown while the list is open, on the proxy. */
  openClass: string;
  /** The event the plugin listens to for re-reading its select (after undo puts the value back). */
  refresh: string;
}

export const MIRRORS: MirrorFlavor[] = [
  {
    framework: 'chosen',
    proxyOf: (select) => (select.nextElementSibling?.classList.contains('chosen-container') ? (select.nextElementSibling as HTMLElement) : null),
    opener: '.chosen-single, .chosen-choices',
    item: '.chosen-results li.active-result',
    itemText: '.chosen-results li.active-result',
    openClass: 'chosen-with-drop',
    refresh: 'chosen:updated',
  },
  {
    framework: 'bootstrap-select',
    proxyOf: (select) => select.closest<HTMLElement>('.bootstrap-select'),
    opener: 'button.dropdown-toggle, .dropdown-toggle',
    item: '.dropdown-menu li:not(.disabled):not(.dropdown-header) > a',
    itemText: '.text',
    openClass: 'open',
    refresh: 'change',
  },
];

/** The stand-ins the plugins draw: their own inputs (a search box) are not fields. */
export const MIRROR_PROXIES = '.chosen-container, .bootstrap-select';

const realOptions = (select: HTMLSelectElement) => [...select.options].filter((o) => o.value !== '' && !o.disabled);
const notFound = (wanted: string) => `选项中没有“${wanted}”`;

/** The driver for a select hidden behind chosen or bootstrap-select, or null for any other select. */
export function mirrorWidget(select: HTMLSelectElement): Widget | null {
  for (const flavor of MIRRORS) {
    const proxy = flavor.proxyOf(select);
    if (proxy) return mirrored(select, proxy, flavor);
  }
  return null;
}

function mirrored(select: HTMLSelectElement, proxy: HTMLElement, flavor: MirrorFlavor): Widget {
  const doc = select.ownerDocument;
  const isOpen = () => proxy.classList.contains(flavor.openClass) || proxy.classList.contains('show');
  const itemFor = (option: HTMLOptionElement) => {
    const items = [...proxy.querySelectorAll<HTMLElement>(flavor.item)].filter(isVisible);
    const text = (item: HTMLElement) => textOf(item.matches(flavor.itemText) ? item : item.querySelector(flavor.itemText) ?? item);
    return items.find((item) => normalizeText(text(item)) === normalizeText(option.text));
  };
  const close = async () => {
    if (isOpen()) click(doc.body);
    await settle(doc);
  };
  /** Opens the list, clicks the option's item, closes: as a person picks one option. */
  const pick = async (option: HTMLOptionElement, timeoutMs: number): Promise<boolean> => {
    if (!isOpen()) click(proxy.querySelector(flavor.opener) ?? proxy);
    const item = await waitFor(doc, () => isOpen() && itemFor(option), timeoutMs);
    if (item) click(item);
    await settle(doc);
    return option.selected;
  };
  const read = () => [...select.selectedOptions].filter((o) => o.value !== '').map((o) => o.text.trim());
  return {
    kind: 'custom-select',
    framework: flavor.framework,
    element: proxy,
    control: select,
    multiple: select.multiple,
    options: () => realOptions(select).map((o) => o.text.trim()),
    read,
    empty: () => !read().length,
    async write(values, context) {
      for (const wanted of values) {
        // Cascades: the page fills this select after the previous field's change, then tells the plugin.
        const option = await waitFor(doc, () => pickOption(realOptions(select), (o) => o.text, wanted), context.timeoutMs);
        if (!option) return notFound(wanted);
        if (option.selected && select.multiple) continue;
        const picked = await pick(option, context.timeoutMs);
        await close();
        if (!picked) return `没能选中“${wanted}”`;
      }
      return null;
    },
    snapshot() {
      const previous = [...select.options].map((o) => o.selected);
      return async () => {
        // No click un-picks a single select: the value goes back natively and the plugin re-reads it.
        [...select.options].forEach((o, i) => (o.selected = previous[i] ?? false));
        fire(select, 'change');
        if (flavor.refresh !== 'change') fire(select, flavor.refresh);
        await settle(doc);
        return [...select.options].every((o, i) => o.selected === (previous[i] ?? false));
      };
    },
  };
}
