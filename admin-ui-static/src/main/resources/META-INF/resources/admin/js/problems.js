// API refusals (problem+json) in the reader's language.
import { t } from './i18n.js';

export function problemText(error) {
  const status = error?.status;
  const kind = error?.kind;
  if (status === 0) {
    return t('error.network');
  }
  if (status === 401) {
    return t('error.unauthorized');
  }
  if (status === 429) {
    const seconds = Number.parseInt(error.retryAfter, 10);
    return Number.isFinite(seconds) ? t('error.throttled', seconds) : t('error.throttledNoTime');
  }
  if (status === 403) {
    return t('error.forbidden');
  }
  if (status === 404) {
    return t('error.notFound', error.problem?.detail || '');
  }
  if (status === 400 && Array.isArray(error.problem?.errors)) {
    return t('error.validation', error.problem.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
  if (status === 503) {
    return t('error.unavailable');
  }
  return t('error.other', status ?? kind, error?.message || '');
}
