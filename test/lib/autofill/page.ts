// The jsdom pages and label checks the autofill unit tests share: a small page written for each case.
import { JSDOM } from 'jsdom';
import { detectFields } from '../../../lib/autofill';
import { classifyLabel, type LabelContext } from '../../../lib/autofill/classify';

/** A page with this body (and title), as the extension would see it. */
export const page = (body: string, title = ''): Document => new JSDOM(`<title>${title}</title><body>${body}</body>`).window.document;

/** The keys detection gives the page's fields, in document order. */
export const keys = (doc: Document) => detectFields(doc).map((f) => f.key);

/** Nothing known about the surroundings: no section party, not the user's own page. */
export const none: LabelContext = { party: null, selfPage: false };

/** The key one label text gets in a context (none by default). */
export const keyOf = (label: string, context: LabelContext = none) => classifyLabel(label, context)?.key ?? null;
