import dayjs from 'dayjs';

/** Today as the user's calendar has it: YYYY-MM-DD. */
export const todayIso = () => dayjs().format('YYYY-MM-DD');

/** '2023-06-08' → '2023年6月8日'; '' for no date. */
export const formatDate = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY年M月D日') : '');

/** A timestamp shown with the time: '2023年6月8日 16:05'. */
export const formatMoment = (iso: string) => dayjs(iso).format('YYYY年M月D日 HH:mm');

/** Form.Item props that keep a DatePicker's value as an ISO date string in the form's values. */
export const isoDateItem = {
  getValueProps: (value: string | null | undefined) => ({ value: value ? dayjs(value) : null }),
  normalize: (value: dayjs.Dayjs | null) => (value ? value.format('YYYY-MM-DD') : null),
};
