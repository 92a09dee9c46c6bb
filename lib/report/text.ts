// A section's text is plain lines; the numbering at a line's start tells its heading level, as
// GB/T 9704 numbers them: 一、 (level 1)  （一） (level 2)  1. (level 3)  （1） (level 4).

export type BlockLevel = 0 | 1 | 2 | 3 | 4;

/** One paragraph. `lead` is a run-in heading ending in 。 followed by body text on the same line. */
export interface TextBlock {
  level: BlockLevel;
  lead: string;
  text: string;
}

const LEVELS: [RegExp, BlockLevel][] = [
  [/^[一二三四五六七八九十]+、/, 1],
  [/^（[一二三四五六七八九十]+）/, 2],
  [/^\d+[.．]/, 3],
  [/^（\d+）/, 4],
];

export function levelOf(line: string): BlockLevel {
  return LEVELS.find(([re]) => re.test(line))?.[1] ?? 0;
}

/**
 * Splits a line such as "（一）深入走访，摸清民情。调研组…" into its run-in heading and the rest.
 * A heading line without a full stop inside stays whole.
 */
export function parseBlocks(text: string): TextBlock[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const level = levelOf(line);
      const stop = line.indexOf('。');
      if (level >= 2 && level <= 3 && stop > 0 && stop < line.length - 1) {
        return { level, lead: line.slice(0, stop + 1), text: line.slice(stop + 1) };
      }
      return { level, lead: '', text: line };
    });
}
