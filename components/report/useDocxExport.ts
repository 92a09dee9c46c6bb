import { App } from 'antd';
import { useState } from 'react';
import { localIsoDate, docxFileName } from '@/lib/report';
import type { ExportJob } from './exportJobs';
import { buildInBackground, downloadFile } from './runExport';

export interface ExportState {
  label: string;
  percent: number;
}

/** Runs one export at a time, with its progress, and downloads the result as 标题-2023-06-09.docx. */
export function useDocxExport() {
  const { message } = App.useApp();
  const [exporting, setExporting] = useState<ExportState | null>(null);

  async function run(label: string, title: string, job: ExportJob): Promise<boolean> {
    if (exporting) return false;
    setExporting({ label, percent: 0 });
    try {
      const bytes = await buildInBackground(job, (fraction) => setExporting({ label, percent: Math.round(fraction * 100) }));
      const fileName = docxFileName(title, localIsoDate());
      downloadFile(bytes, fileName);
      message.success(`已导出：${fileName}`);
      return true;
    } catch (error) {
      message.error(`导出失败：${error instanceof Error ? error.message : String(error)}`);
      return false;
    } finally {
      setExporting(null);
    }
  }
  return { exporting, run };
}
