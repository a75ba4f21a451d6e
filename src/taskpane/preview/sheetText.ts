/** How the preview's sheet view shows a cell: roughly as Norwegian Excel would, from the value and format. */
import type { CellValue } from '../../core/types';

const DAY_MS = 86_400_000;

function decimalsOf(format: string): number {
  const match = /0[.,](0+)/.exec(format);
  return match ? match[1].length : 0;
}

function serialToText(serial: number, withTime: boolean): string {
  const date = new Date(Math.round((serial - 25_569) * DAY_MS));
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
  return withTime ? `${day} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}` : day;
}

export function cellText(value: CellValue, format = 'General'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'SANN' : 'USANN';
  if (typeof value === 'object') return value.error;
  if (/y{2,}|d{1,2}[./-]m|m{1,2}[./-]d/i.test(format)) return serialToText(value, /h/i.test(format));
  const decimals = decimalsOf(format);
  if (format.includes('%')) {
    return new Intl.NumberFormat('nb-NO', {
      style: 'percent',
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(value);
  }
  if (format === 'General' || format === '') {
    return new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 10, useGrouping: false }).format(value);
  }
  const grouping = /[# ,\u00a0]##0/.test(format);
  return new Intl.NumberFormat('nb-NO', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  }).format(value);
}
