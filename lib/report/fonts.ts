/** The two fonts the user may change in settings (Settings.reportFonts); headings follow the body's family. */
export interface ReportFonts {
  body: string;
  title: string;
}

/** GB/T 9704's own: 仿宋_GB2312 text, 方正小标宋简体 title. */
export const DEFAULT_FONTS: ReportFonts = { body: '仿宋_GB2312', title: '方正小标宋简体' };
