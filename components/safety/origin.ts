/** Who records on this device (set once the workspace is open): stamped on records by the store's clock. */
export const deviceOriginHolder: { value: { deviceId: string; name: string } | undefined } = { value: undefined };
