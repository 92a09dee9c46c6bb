import type { Origin } from '../schema/common';
import type { z } from 'zod';

/** Time, ids and the recorder's origin, passed in so tests can fix them. */
export interface Clock {
  now(): string;
  newId(): string;
  origin(): z.infer<typeof Origin> | undefined;
}

export const systemClock = (origin?: () => z.infer<typeof Origin> | undefined): Clock => ({
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
  origin: origin ?? (() => undefined),
});
