/** Progress of a long backup, restore or merge: `done` of `total` records in the named step. */
export interface Progress {
  phase: '读取' | '校验' | '写入' | '加密' | '解密';
  done: number;
  total: number;
}
export type OnProgress = (progress: Progress) => void;

/** Counts records as pages go by and reports each step. */
export function progressCounter(phase: Progress['phase'], total: number, onProgress?: OnProgress) {
  let done = 0;
  onProgress?.({ phase, done, total });
  return (n: number) => {
    done += n;
    onProgress?.({ phase, done, total });
  };
}
