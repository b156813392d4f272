// Decision search (#/decisions?title=…&area=…) over GET /api/v1/decisions, paged, with a CSV export of the whole
// result built in the browser from the same paged API.
import { api, query } from './api.js';
import { fill, h } from './dom.js';
import { instant, today } from './format.js';
import { lang, t } from './i18n.js';
import { problemText } from './problems.js';
import { outcomeLabel } from './viewer.js';

const PAGE_SIZE = 20;
const EXPORT_PAGE_SIZE = 200;
const OUTCOMES = ['RECOGNISED', 'NOT_RECOGNISED', 'NOT_DECIDABLE'];
const FILTERS = ['title', 'area', 'year', 'outcome', 'level', 'rulesetVersion', 'history'];

const areaNames = new Map();
let titlesCache = null;

async function titles() {
  if (!titlesCache) {
    titlesCache = (await api.titles()).titles;
  }
  return titlesCache;
}

/** Names of the subjects' areas on their reference dates (the registry may hold several versions of a code). */
async function nameAreas(decisions) {
  const wanted = new Map();
  for (const d of decisions) {
    const key = `${d.subject?.areaCode}@${d.referenceDate}`;
    if (d.subject?.areaCode && !areaNames.has(key)) {
      wanted.set(key, [d.subject.areaCode, d.referenceDate]);
    }
  }
  await Promise.all([...wanted].map(([key, [code, on]]) => api.area(code, on)
    .then((versions) => areaNames.set(key, versions[0]?.name || ''), () => areaNames.set(key, ''))));
}

async function areas(parentCode, on) {
  const list = await api.areas(parentCode, on);
  list.forEach((area) => areaNames.set(area.code, area.name));
  return list;
}

function field(id, label, control) {
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function select(id, options, selected) {
  return h('select', { id, name: id }, h('option', { value: '' }, t('search.any')),
    options.map(([optionValue, text]) => h('option', { value: optionValue, selected: String(optionValue) === selected }, text)));
}

/** The filter the API takes, from the address's parameters. */
function filterFrom(params) {
  const filter = {};
  for (const name of FILTERS) {
    if (params.get(name)) {
      filter[name] = params.get(name);
    }
  }
  return filter;
}

function csvCell(text) {
  let cell = text === null || text === undefined ? '' : String(text);
  if (/^[=+\-@\t\r]/.test(cell)) {
    cell = "'" + cell; // a spreadsheet must not read a name as a formula
  }
  return /[",\r\n;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

const CSV_COLUMNS = [
  ['id', (d) => d.id], ['titleCode', (d) => d.titleCode], ['titleName', (d) => d.titleName],
  ['subjectId', (d) => d.subject?.id], ['subjectName', (d) => d.subject?.name], ['areaCode', (d) => d.subject?.areaCode],
  ['year', (d) => d.assessmentYear], ['outcome', (d) => outcomeLabel(d.outcome)], ['level', (d) => d.level],
  ['levelLabel', (d) => d.levelLabel || d.rankLabel], ['decisionDate', (d) => d.decisionDate],
  ['validUntil', (d) => d.validUntil], ['rulesetVersion', (d) => d.ruleset?.version], ['revision', (d) => d.revision],
  ['current', (d) => (d.current ? t('yes') : t('no'))], ['decidedAt', (d) => d.decidedAt],
];

/** Every page of the search, as CSV in UTF-8 with a byte-order mark (so that Excel reads the Vietnamese letters). */
async function exportCsv(filter, progress, status) {
  const lines = [CSV_COLUMNS.map(([key]) => csvCell(t('csv.' + key))).join(',')];
  let page = 0;
  let totalPages = 1;
  let count = 0;
  progress.hidden = false;
  progress.value = 0;
  while (page < totalPages) {
    status.textContent = t('export.progress', page + 1, totalPages);
    const answer = await api.decisions(filter, page, EXPORT_PAGE_SIZE);
    totalPages = Math.max(1, answer.totalPages);
    progress.max = totalPages;
    for (const decision of answer.items) {
      lines.push(CSV_COLUMNS.map(([, read]) => csvCell(read(decision))).join(','));
      count++;
    }
    page++;
    progress.value = page;
  }
  const blob = new Blob(['\uFEFF' + lines.join('\r\n') + '\r\n'], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const anchor = h('a', { href: url, download: `${t('export.file')}-${today()}.csv`, hidden: true });
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  status.textContent = t('export.done', count);
}

function resultsTable(items) {
  return h('table', { id: 'results', class: 'results' },
    h('thead', {}, h('tr', {}, ['subject', 'title', 'area', 'year', 'outcome', 'level', 'revision', 'ruleset', 'decidedAt']
      .map((column) => h('th', { scope: 'col' }, t('search.col.' + column))))),
    h('tbody', {}, items.map((d) => h('tr', { dataset: { id: d.id } },
      h('td', { 'data-label': t('search.col.subject') }, h('a', { href: '#/decisions/' + encodeURIComponent(d.id) },
        d.subject?.name || d.subject?.id), h('div', { class: 'small muted' }, d.subject?.id)),
      h('td', { 'data-label': t('search.col.title') }, d.titleName),
      h('td', { 'data-label': t('search.col.area') }, areaNames.get(`${d.subject?.areaCode}@${d.referenceDate}`)
        || areaNames.get(d.subject?.areaCode), h('div', { class: 'small muted' }, d.subject?.areaCode)),
      h('td', { 'data-label': t('search.col.year') }, String(d.assessmentYear)),
      h('td', { 'data-label': t('search.col.outcome') }, h('span', { class: 'badge outcome-' + d.outcome },
        outcomeLabel(d.outcome)), d.current === false ? h('div', { class: 'small muted' }, t('search.superseded')) : null),
      h('td', { 'data-label': t('search.col.level') }, d.levelLabel || d.rankLabel || t('none')),
      h('td', { 'data-label': t('search.col.revision') }, String(d.revision)),
      h('td', { 'data-label': t('search.col.ruleset') }, d.ruleset?.version || ''),
      h('td', { 'data-label': t('search.col.decidedAt') }, instant(d.decidedAt))))));
}

/** The province select and one select per level below the chosen area, as far as the registry has children. */
async function areaPicker(container, on, path) {
  container.replaceChildren();
  let parent = null;
  let parentName = '';
  for (let depth = 0; ; depth++) {
    const list = await areas(parent, on);
    if (list.length === 0) {
      break;
    }
    const id = depth === 0 ? 'area-province' : `area-level-${depth}`;
    const label = depth === 0 ? t('search.province') : t('search.subArea', parentName);
    const control = select(id, list.map((area) => [area.code, `${area.name} (${area.code})`]), path[depth] || '');
    control.dataset.depth = depth;
    container.append(field(id, label, control));
    const chosen = path[depth];
    if (!chosen || !list.some((area) => area.code === chosen)) {
      break;
    }
    parent = chosen;
    parentName = areaNames.get(chosen);
  }
}

function chosenPath(container) {
  const path = [];
  for (const control of container.querySelectorAll('select')) {
    if (!control.value) {
      break;
    }
    path.push(control.value);
  }
  return path;
}

export async function renderSearch(context) {
  const params = context.params;
  const filter = filterFrom(params);
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const areaDate = params.get('areaDate') || today();
  const areaPath = (params.get('areaPath') || filter.area || '').split(',').filter(Boolean);
  const allTitles = await titles();
  document.title = `${t('search.title')} — hoctap`;

  const areaBox = h('div', { class: 'area-picker', id: 'area-picker' });
  const dateInput = h('input', { id: 'area-date', name: 'areaDate', type: 'date', value: areaDate });
  const dateField = field('area-date', t('search.areaDate'), dateInput);
  const form = h('form', { id: 'search-form', class: 'card search-form', role: 'search', 'aria-labelledby': 'search-title' },
    h('h1', { id: 'search-title' }, t('search.title')),
    h('div', { class: 'grid' },
      field('title', t('search.titleCode'), select('title', allTitles.map((title) => [title.code,
        lang() === 'vi' ? title.officialName : title.englishName || title.officialName]), filter.title || '')),
      field('year', t('search.year'), h('input', { id: 'year', name: 'year', type: 'number', min: 2000, max: 2100,
        inputmode: 'numeric', value: filter.year || '' })),
      field('outcome', t('search.outcome'), select('outcome', OUTCOMES.map((o) => [o, outcomeLabel(o)]),
        filter.outcome || '')),
      field('level', t('search.level'), select('level', [1, 2, 3].map((l) => [l, t('level', l)]), filter.level || '')),
      field('rulesetVersion', t('search.rulesetVersion'), h('input', { id: 'rulesetVersion', name: 'rulesetVersion',
        value: filter.rulesetVersion || '', placeholder: '1.0.0' }))),
    h('div', { class: 'grid areas' }, dateField, areaBox),
    h('div', { class: 'field checkbox' }, h('input', { id: 'history', name: 'history', type: 'checkbox',
      checked: filter.history === 'true' }), h('label', { for: 'history' }, t('search.history'))),
    h('div', { class: 'actions' },
      h('button', { type: 'submit', id: 'search-submit' }, t('search.submit')),
      h('button', { type: 'button', id: 'search-reset', class: 'secondary', onclick: () => { location.hash = '#/decisions'; } },
        t('search.reset'))));
  const results = h('section', { class: 'card', id: 'search-results', 'aria-live': 'polite' });
  context.main.replaceChildren(form, results);
  await areaPicker(areaBox, areaDate, areaPath);

  areaBox.addEventListener('change', async (event) => {
    const depth = Number.parseInt(event.target.dataset.depth, 10);
    const path = chosenPath(areaBox).slice(0, depth + 1);
    await areaPicker(areaBox, dateInput.value || today(), path);
    areaBox.querySelector(`[data-depth="${depth}"]`)?.focus();
  });
  dateInput.addEventListener('change', () => areaPicker(areaBox, dateInput.value || today(), chosenPath(areaBox)));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const path = chosenPath(areaBox);
    const control = (name) => form.elements.namedItem(name);
    const next = {
      title: control('title').value, year: control('year').value, outcome: control('outcome').value,
      level: control('level').value, rulesetVersion: control('rulesetVersion').value.trim(),
      history: control('history').checked ? 'true' : '',
      area: path[path.length - 1], areaPath: path.join(','), areaDate: dateInput.value === today() ? '' : dateInput.value,
    };
    location.hash = '#/decisions' + query(next);
  });

  const answer = await api.decisions(filter, page, PAGE_SIZE);
  await nameAreas(answer.items);
  const pageLink = (target) => '#/decisions' + query({ ...Object.fromEntries(params), page: target });
  const progress = h('progress', { id: 'export-progress', hidden: true, max: 1, value: 0 });
  const exportStatus = h('span', { id: 'export-status', role: 'status' });
  const exportButton = h('button', { type: 'button', id: 'export', class: 'secondary' }, t('search.export'));
  exportButton.addEventListener('click', async () => {
    exportButton.disabled = true;
    try {
      await exportCsv(filter, progress, exportStatus);
    } catch (e) {
      exportStatus.textContent = problemText(e);
    } finally {
      exportButton.disabled = false;
    }
  });
  fill(results,
    h('div', { class: 'head-row' },
      h('h2', { id: 'result-count', dataset: { total: answer.totalItems } }, t('search.found', answer.totalItems)),
      h('div', { class: 'export no-print' }, exportButton, progress, exportStatus)),
    answer.items.length === 0 ? h('p', {}, t('search.empty')) : h('div', { class: 'table-wrap' }, resultsTable(answer.items)),
    answer.totalPages > 1 ? h('nav', { class: 'pager', 'aria-label': t('search.page', page + 1, answer.totalPages) },
      page > 0 ? h('a', { href: pageLink(page - 1), rel: 'prev', id: 'page-prev' }, t('search.prev')) : null,
      h('span', {}, t('search.page', page + 1, answer.totalPages)),
      page + 1 < answer.totalPages ? h('a', { href: pageLink(page + 1), rel: 'next', id: 'page-next' }, t('search.next'))
        : null) : null);
}
