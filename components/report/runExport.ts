import { DOCX_MIME } from '@/lib/report';
import type { ExportJob, ExportReply } from './exportJobs';

/** Builds in a Web Worker; where a worker cannot run, in the page (which yields between row chunks). */
export async function buildInBackground(job: ExportJob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  try {
    return await buildInWorker(job, onProgress);
  } catch {
    const { buildJob } = await import('./exportJobs');
    return buildJob(job, onProgress);
  }
}

async function buildInWorker(job: ExportJob, onProgress: (fraction: number) => void): Promise<Uint8Array> {
  const { default: ExportWorker } = await import('./export.worker?worker');
  const worker = new ExportWorker();
  return new Promise<Uint8Array>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if (data.type === 'progress') onProgress(data.fraction);
      else if (data.type === 'done') resolve(data.bytes);
      else reject(new Error(data.message));
    };
    worker.onerror = (event) => reject(new Error(event.message || '导出失败'));
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}

/** Saves bytes as a file through the browser's download (nothing leaves the computer). */
export function downloadFile(bytes: Uint8Array, fileName: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: DOCX_MIME }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Give the download a moment to start before the URL is released.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
