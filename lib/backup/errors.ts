// Every way a backup file can be refused, each with the message the user sees.

export const BACKUP_ERRORS = {
  empty: '文件是空的，不是备份文件。',
  tooLarge: '文件太大（超过 500 MB），不是脚步的备份文件。',
  notText: '这不是脚步的备份文件：内容不是文本（可能选错了文件）。',
  notJson: '这不是脚步的备份文件：内容无法识别。',
  truncated: '备份文件不完整，可能在下载或复制时被截断，请换一份完整的备份。',
  wrongFile: '这不是脚步的备份文件（缺少脚步备份的标识）。',
  wrongVersion: '备份文件的格式版本无法识别。',
  futureVersion: '这份备份由更新版本的脚步生成，请先升级扩展再恢复。',
  futureSchema: '这份备份的数据结构比本机的脚步更新，请先升级扩展再恢复。',
  badManifest: '备份文件的清单部分已损坏。',
  needPassphrase: '这份备份已加密，请输入备份密码。',
  wrongPassphrase: '备份密码不正确。',
  tampered: '备份文件已被改动或损坏（校验值不符），为安全起见不予恢复。',
  counts: '备份文件中的记录数与清单不符，文件可能不完整或被改动。',
  unknownTable: '备份中包含本机版本不认识的数据，请先升级扩展。',
  badRecord: '备份中有不合格的记录',
  duplicateId: '备份中有重复编号的记录',
  topicReplace: '单个课题的备份只能以“合并”方式导入，不能替换全部数据。',
} as const;
export type BackupErrorCode = keyof typeof BACKUP_ERRORS;

/** A refused file: `message` is Chinese, for the user; `code` is for tests and logic. */
export class BackupError extends Error {
  constructor(readonly code: BackupErrorCode, detail = '') {
    super(detail ? `${BACKUP_ERRORS[code]}：${detail}` : BACKUP_ERRORS[code]);
    this.name = 'BackupError';
  }
}
