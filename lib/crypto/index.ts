// lib/crypto: the app lock (应用锁) and encryption at rest, and passphrase-encrypted files.
export { identityCodec, fieldCodec, LockedError, TamperedRecordError, SEALED, type RecordCodec, type DataKeys } from './codec';
export { ENCRYPTED_TABLES, layoutFor } from './layout';
export {
  applyLockOnOpen, disableLock, enableLock, lock, lockDetails, lockStatus, lockedCodec, unlock, unlockWithRecoveryKey,
  WrongPassphraseError, type LockStatus,
} from './lock';
export { PBKDF2_ITERATIONS } from './passphrase';
export { normalizeRecoveryKey, recoveryKeyText } from './recoveryKey';
