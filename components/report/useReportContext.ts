import { useLiveQuery } from 'dexie-react-hooks';
import { DEFAULT_FONTS, type ReportFonts } from '@/lib/report';
import { useStore } from '../app/AppProvider';

/** The fonts chosen in settings and the user's unit (落款, 制表单位). */
export function useReportContext(): { fonts: ReportFonts; unit: string } {
  const store = useStore();
  const settings = useLiveQuery(() => store.getSettings(), [store]);
  const profile = useLiveQuery(() => store.getProfile(), [store]);
  return { fonts: settings?.reportFonts ?? DEFAULT_FONTS, unit: profile?.unit ?? '' };
}
