// Inside page.evaluate() the extension page's `chrome` global is available; tests only call it.
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  [api: string]: unknown;
};
