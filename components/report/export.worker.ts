// Builds .docx files off the page's main thread, so a 5,000-row ledger never freezes the UI.
import { buildJob, type ExportJob, type ExportReply } from './exportJobs';

const reply = (message: ExportReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<ExportJob>) => {
  try {
    const bytes = await buildJob(event.data, (fraction) => reply({ type: 'progress', fraction }));
    reply({ type: 'done', bytes }, [bytes.buffer]);
  } catch (error) {
    reply({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
