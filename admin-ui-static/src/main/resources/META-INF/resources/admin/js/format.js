// Numbers and dates as Vietnamese readers write them (decimal comma, day/month/year), or in English.
import { lang, t } from './i18n.js';

function locale() {
  return lang() === 'vi' ? 'vi-VN' : 'en-GB';
}

/** A number with at most two decimals: 89,5 in Vietnamese. Non-numbers are returned as text. */
export function number(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const n = typeof value === 'number' ? value : Number(value);
  if (Number.isNaN(n)) {
    return String(value);
  }
  return new Intl.NumberFormat(locale(), { maximumFractionDigits: 2 }).format(n);
}

/** Decimal points inside a text written by the service ("≥ 62.5 %") as the reader's decimal sign. */
export function decimals(text) {
  if (text === null || text === undefined) {
    return '';
  }
  return lang() === 'vi' ? String(text).replace(/(\d)\.(\d)/g, '$1,$2') : String(text);
}

/** An ISO date (yyyy-mm-dd) as dd/mm/yyyy in Vietnamese, unchanged in English. */
export function date(iso) {
  if (!iso) {
    return '';
  }
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) {
    return iso;
  }
  return lang() === 'vi' ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** An instant in Vietnam's time. */
export function instant(iso) {
  if (!iso) {
    return '';
  }
  return new Date(iso).toLocaleString(locale(), { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit',
    day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
}

/** A plain value of an input fact or observation: booleans as có/không, numbers with the reader's decimal sign. */
export function value(v) {
  if (v === true) {
    return t('yes');
  }
  if (v === false) {
    return t('no');
  }
  if (typeof v === 'number') {
    return number(v);
  }
  if (v === null || v === undefined) {
    return t('none');
  }
  if (typeof v === 'object') {
    return JSON.stringify(v);
  }
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? date(v) : String(v);
}

/** Today's date in Vietnam as yyyy-mm-dd. */
export function today() {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' });
}
