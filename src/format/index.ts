export {
  parseIsoDate,
  formatDate,
  formatDateRange,
  formatDays,
  formatSessionList,
  formatTime,
  formatMonthYear,
  monthKey,
  todayIso,
} from './dates.js';
export type { DateOpts } from './dates.js';
export { formatPrice, formatNumber, formatPercent, plural } from './numbers.js';
export { formatDuration } from './duration.js';
