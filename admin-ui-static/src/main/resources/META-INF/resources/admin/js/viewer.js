// The auditor's decision viewer (#/decisions/{id}) and the comparison of two revisions (#/decisions/{a}/diff/{b}).
import { api } from './api.js';
import { facts, fill, h } from './dom.js';
import { date, decimals, instant, number, value } from './format.js';
import { has, t } from './i18n.js';

/** Failed and not-evaluated criteria first, then partly met, met, and not applicable; the API's order within each. */
const STATUS_ORDER = { FAILED: 0, NOT_EVALUATED: 1, PARTIAL: 2, PASSED: 3, NOT_APPLICABLE: 4 };

function criterionKey(criterion) {
  return criterion.level === null || criterion.level === undefined
    ? criterion.criterionId : `${criterion.criterionId}@${criterion.level}`;
}

export function sortedCriteria(criteria) {
  return criteria.map((criterion, index) => ({ criterion, index }))
    .sort((a, b) => (STATUS_ORDER[a.criterion.status] ?? 1) - (STATUS_ORDER[b.criterion.status] ?? 1) || a.index - b.index)
    .map((entry) => entry.criterion);
}

function statusLabel(status) {
  return has('status.' + status) ? t('status.' + status) : status;
}

export function outcomeLabel(outcome) {
  return has('outcome.' + outcome) ? t('outcome.' + outcome) : outcome;
}

/** What was observed, from the trace's observed values: "89,5 % (179/200)", "3/4", "có". */
export function observedText(criterion) {
  const observed = criterion.observed || [];
  const find = (suffix) => observed.find((o) => o.label.endsWith(suffix));
  const percent = find('(%)');
  const part = find('— số đạt');
  const whole = find('— tổng số');
  const inScope = find('— số thuộc diện');
  if (percent && part && whole && observed.length === 3) {
    return `${number(percent.value)} % (${number(part.value)}/${number(whole.value)})`;
  }
  if (part && inScope && observed.length === 2) {
    return `${number(part.value)}/${number(inScope.value)}`;
  }
  if (observed.length === 1) {
    return value(observed[0].value) + (percent ? ' %' : '');
  }
  return observed.map((o) => `${o.label}: ${value(o.value)}`).join('; ');
}

/** "observed — yêu cầu required", or what there is of it. */
export function resultText(criterion) {
  const seen = observedText(criterion);
  const required = criterion.required ? t('viewer.required', decimals(criterion.required)) : '';
  return [seen, required].filter(Boolean).join(' — ');
}

function levelOrRank(decision) {
  return decision.levelLabel || decision.rankLabel || (decision.level ? t('level', decision.level) : '');
}

/** The verdict and why, in one sentence. */
export function verdictSentence(decision) {
  const verdict = decision.result?.verdict || {};
  const label = levelOrRank(decision) || verdict.levelLabel || verdict.rankLabel;
  const reasons = (verdict.reasons || []).map((reason) => reason.replace(/[.;\s]+$/, '')).join('; ');
  return `${outcomeLabel(decision.outcome)}${label ? ` (${label})` : ''}${reasons ? ' — ' + reasons : ''}.`;
}

function section(id, title, ...content) {
  return h('section', { class: 'card', id, 'aria-labelledby': id + '-title' }, h('h2', { id: id + '-title' }, title),
    ...content);
}

function code(text) {
  return h('code', { class: 'hash' }, text || t('none'));
}

function link(id, text) {
  return h('a', { href: '#/decisions/' + encodeURIComponent(id) }, text || id);
}

function criteriaTable(criteria) {
  const rows = sortedCriteria(criteria).map((c) => h('tr', { class: 'status-' + c.status, dataset: { key: criterionKey(c) } },
    h('td', { 'data-label': t('viewer.col.status') },
      h('span', { class: 'badge status-' + c.status }, statusLabel(c.status)),
      c.unconfirmed ? h('span', { class: 'badge unconfirmed' }, t('viewer.unconfirmed')) : null,
      c.informative ? h('span', { class: 'badge informative' }, t('viewer.informative')) : null),
    h('td', { 'data-label': t('viewer.col.criterion') },
      h('strong', { class: 'criterion-id' }, criterionKey(c)), ' ', h('span', { class: 'criterion-name' }, c.name),
      h('div', { class: 'small muted rule' }, t('viewer.rule', c.ruleName || t('none')),
        c.fired === false ? ` (${t('viewer.notFired')})` : ''),
      h('div', { class: 'small muted drl' }, t('viewer.drl', c.resource || t('none'))),
      c.note ? h('div', { class: 'small note' }, c.note) : null),
    h('td', { 'data-label': t('viewer.col.result') },
      h('div', { class: 'result' }, resultText(c)),
      c.maxPoints !== null && c.maxPoints !== undefined
        ? h('div', { class: 'small' }, t('viewer.points.awarded', number(c.pointsAwarded), number(c.maxPoints))) : null,
      c.explanation ? h('div', { class: 'small muted explanation' }, decimals(c.explanation)) : null),
    h('td', { 'data-label': t('viewer.col.source'), class: 'citation' }, c.legalSource || t('none')),
    h('td', { 'data-label': t('viewer.col.parameters') }, (c.parameters || []).length === 0 ? t('none')
      : h('ul', { class: 'plain' }, c.parameters.map((p) => h('li', {},
        t('viewer.parameter', p.label || p.name, decimals(p.display ?? p.value), date(p.effectiveFrom), p.source || ''),
        p.unconfirmed ? h('span', { class: 'badge unconfirmed' }, t('viewer.unconfirmed')) : null))))));
  return h('table', { id: 'criteria', class: 'criteria' },
    h('thead', {}, h('tr', {}, ['status', 'criterion', 'result', 'source', 'parameters']
      .map((column) => h('th', { scope: 'col' }, t('viewer.col.' + column))))),
    h('tbody', {}, rows));
}

function procedureSection(procedure) {
  if (!procedure) {
    return null;
  }
  const late = (flag) => (flag === true ? t('viewer.late') : flag === false ? t('viewer.onTime') : t('viewer.unknown'));
  return section('procedure', t('viewer.procedure'),
    facts([
      [t('viewer.filingBy'), date(procedure.filingBy)],
      [t('viewer.filingDate'), date(procedure.filingDate)],
      [t('viewer.filedLate'), late(procedure.filedLate)],
      [t('viewer.decidedByDate'), [date(procedure.decidedBy), procedure.decidedWithinWorkingDays
        ? t('viewer.workingDays', procedure.decidedWithinWorkingDays) : ''].filter(Boolean).join(' — ')],
      [t('viewer.decisionDate'), date(procedure.decisionDate)],
      [t('viewer.decidedLate'), late(procedure.decidedLate)],
    ]),
    (procedure.parameters || []).length ? h('ul', { class: 'plain small' }, procedure.parameters.map((p) => h('li', {},
      t('viewer.parameter', p.label || p.name, p.display ?? p.value, date(p.effectiveFrom), p.source || '')))) : null,
    (procedure.notes || []).length ? h('ul', { class: 'notes' }, procedure.notes.map((note) => h('li', {}, note))) : null);
}

function rollupFigure(decisionId, figure) {
  const list = h('div', { class: 'rollup-list' });
  const details = h('details', { class: 'rollup', dataset: { field: figure.field } },
    h('summary', {}, h('strong', {}, figure.label || figure.field), ': ',
      figure.count !== null && figure.count !== undefined ? number(figure.count) : date(figure.date) || t('none'),
      ` (${has('viewer.rollup.mode.' + figure.mode) ? t('viewer.rollup.mode.' + figure.mode) : figure.mode})`),
    facts([
      [t('viewer.rollup.counted'), figure.counted !== null && figure.counted !== undefined ? number(figure.counted)
        : date(figure.countedDate) || t('none')],
      [t('viewer.rollup.decisionsCounted'), String(figure.decisionsCounted)],
      [t('viewer.rollup.declared'), figure.declared !== null && figure.declared !== undefined
        ? [number(figure.declared), figure.declaredBy, figure.reason].filter(Boolean).join(' — ') : ''],
      [t('viewer.rollup.window'), figure.window],
      [t('viewer.rollup.denominator'), figure.denominator !== null && figure.denominator !== undefined
        ? `${number(figure.denominator)} (${has('viewer.rollup.from.' + figure.denominatorFrom)
          ? t('viewer.rollup.from.' + figure.denominatorFrom) : figure.denominatorFrom})` : ''],
      [t('viewer.rollup.registry'), figure.registryDenominator !== null && figure.registryDenominator !== undefined
        ? number(figure.registryDenominator) : ''],
      [t('viewer.col.source'), figure.source],
    ]),
    (figure.notes || []).length ? h('ul', { class: 'notes' }, figure.notes.map((note) => h('li', {}, note))) : null,
    list);
  let loaded = false;
  details.addEventListener('toggle', async () => {
    if (!details.open || loaded) {
      return;
    }
    loaded = true;
    if (!figure.decisionsCounted) {
      list.replaceChildren(h('p', { class: 'muted' }, t('viewer.rollup.none')));
      return;
    }
    list.replaceChildren(h('p', { class: 'muted' }, t('loading')));
    try {
      const page = await api.rollup(decisionId, figure.field, 0, 200);
      fill(list,
        page.intact ? null : h('p', { class: 'error' }, t('viewer.rollup.broken')),
        h('ul', { class: 'counted' }, page.items.map((item) => h('li', {},
          link(item.id, item.subjectName || item.subjectId || item.id), ` — ${outcomeLabel(item.outcome)}`,
          item.levelLabel ? ` (${item.levelLabel})` : '', item.decisionDate ? `, ${date(item.decisionDate)}` : ''))),
        page.totalItems > page.items.length ? h('p', { class: 'muted' },
          t('viewer.rollup.more', page.items.length, page.totalItems)) : null);
    } catch (e) {
      loaded = false;
      list.replaceChildren(h('p', { class: 'error', role: 'alert' }, e.message));
    }
  });
  return details;
}

function chainSection(decision, history) {
  const revisions = history || [];
  const compareA = h('select', { id: 'compare-a' }, revisions.map((item) => h('option', { value: item.id },
    t('viewer.revision', item.revision))));
  const compareB = h('select', { id: 'compare-b' }, revisions.map((item) => h('option', { value: item.id },
    t('viewer.revision', item.revision))));
  const index = revisions.findIndex((item) => item.id === decision.id);
  // this revision against the one before it; the first one against the one after it
  const older = index > 0 ? revisions[index - 1] : decision;
  const newer = index > 0 ? decision : revisions[index + 1] || decision;
  compareA.value = older.id;
  compareB.value = newer.id;
  const form = h('form', { class: 'compare inline-form', id: 'compare-form' },
    h('div', { class: 'field' }, h('label', { for: 'compare-a' }, t('viewer.compareA')), compareA),
    h('div', { class: 'field' }, h('label', { for: 'compare-b' }, t('viewer.compareB')), compareB),
    h('div', { class: 'actions' }, h('button', { type: 'submit', id: 'compare-go' }, t('viewer.compareGo'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/decisions/${encodeURIComponent(compareA.value)}/diff/${encodeURIComponent(compareB.value)}`;
  });
  return section('chain', t('viewer.chain'),
    h('p', { id: 'chain-status' }, decision.supersededBy ? t('viewer.notCurrent') : t('viewer.current')),
    facts([
      [t('viewer.supersedes'), decision.supersedes ? link(decision.supersedes) : ''],
      [t('viewer.supersededBy'), decision.supersededBy ? link(decision.supersededBy) : ''],
    ]),
    h('ol', { class: 'chain', id: 'chain-list' }, revisions.map((item) => h('li', { dataset: { id: item.id } },
      item.id === decision.id ? h('strong', {}, t('viewer.revision', item.revision), ' ', t('viewer.thisOne'))
        : link(item.id, t('viewer.revision', item.revision)),
      ` — ${has('reason.' + item.reason) ? t('reason.' + item.reason) : item.reason}, ${instant(item.decidedAt)}: `,
      outcomeLabel(item.outcome), levelOrRank(item) ? ` (${levelOrRank(item)})` : ''))),
    revisions.length > 1 ? h('div', { class: 'no-print' }, h('h3', {}, t('viewer.compare')), form) : null);
}

/** Input facts as path → value, for the snapshot table and the comparison. */
export function flatten(value, prefix = '', into = {}) {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((item, i) => [`[${i}]`, item])
      : Object.entries(value).map(([key, item]) => [prefix ? '.' + key : key, item]);
    if (entries.length === 0) {
      into[prefix] = value;
    }
    for (const [key, item] of entries) {
      flatten(item, prefix + key, into);
    }
  } else {
    into[prefix] = value;
  }
  return into;
}

function inputSection(decision) {
  const flat = flatten(decision.input?.facts || {});
  return section('input', t('viewer.input'),
    facts([[t('viewer.inputSha'), code(decision.inputSha256)]]),
    h('div', { class: 'table-wrap' }, h('table', { class: 'input-facts compact' }, h('tbody', {},
      Object.entries(flat).map(([path, v]) => h('tr', {}, h('th', { scope: 'row' }, h('code', {}, path)),
        h('td', {}, value(v))))))),
    h('details', {}, h('summary', {}, t('viewer.inputRaw')),
      h('pre', { class: 'json' }, JSON.stringify(decision.input, null, 2))));
}

function firingsSection(decision) {
  const firings = decision.result?.trace || [];
  return h('details', { class: 'card firings' }, h('summary', {}, t('viewer.firings', firings.length)),
    h('div', { class: 'table-wrap' }, h('table', { class: 'compact' }, h('tbody', {}, firings.map((f) => h('tr', {},
      h('td', {}, f.ruleName), h('td', {}, h('code', {}, f.resource || '')),
      h('td', { class: 'small' }, (f.facts || []).join(', ')),
      h('td', { class: 'small' }, (f.parameters || []).join(', '))))))));
}

/** The names of the areas on the decision's path, as the registry had them on its reference date (codes if unknown). */
async function namesOf(codes, on) {
  return Promise.all(codes.map((code) => api.area(code, on).then((versions) => versions[0]?.name || code, () => code)));
}

export async function renderViewer(context, id) {
  context.main.replaceChildren(h('p', { class: 'muted', role: 'status' }, t('loading')));
  const [decision, history] = await Promise.all([api.decision(id), api.history(id)]);
  const areaNames = await namesOf(decision.areaPath || [], decision.referenceDate);
  const result = decision.result || {};
  const verdict = result.verdict || {};
  const generation = result.generation || {};
  const criteria = result.criteria || [];
  const open = criteria.filter((c) => ['FAILED', 'NOT_EVALUATED', 'PARTIAL'].includes(c.status)).length;
  const passed = criteria.filter((c) => c.status === 'PASSED').length;
  document.title = `${decision.titleName} — ${decision.subject?.name} — hoctap`;
  fill(context.main,
    h('article', { class: 'decision', id: 'decision', dataset: { id: decision.id } },
      h('header', { class: 'card decision-head' },
        h('div', { class: 'head-row' },
          h('h1', { tabindex: '-1' }, `${decision.titleName}: ${decision.subject?.name || decision.subject?.id}`),
          h('button', { type: 'button', class: 'secondary no-print', id: 'print', onclick: () => window.print() },
            t('viewer.print'))),
        h('p', { id: 'verdict', class: 'verdict outcome-' + decision.outcome },
          h('span', { class: 'visually-hidden' }, t('viewer.verdict') + ': '),
          h('span', { id: 'verdict-text' }, verdictSentence(decision))),
        verdict.totalPoints !== null && verdict.totalPoints !== undefined
          ? h('p', {}, verdict.maxPoints !== null && verdict.maxPoints !== undefined
            ? t('viewer.points', number(verdict.totalPoints), number(verdict.maxPoints))
            : t('viewer.pointsOnly', number(verdict.totalPoints))) : null,
        verdict.restsOnUnconfirmed ? h('p', { class: 'warning' }, t('viewer.restsOnUnconfirmed')) : null,
        (verdict.missingParameters || []).length
          ? h('p', { class: 'warning' }, t('viewer.missingParameters', verdict.missingParameters.join(', '))) : null,
        facts([
          [t('viewer.subject'), `${decision.subject?.name || ''} (${decision.subject?.id || ''})`],
          [t('viewer.area'), h('span', {}, areaNames.slice().reverse().join(', '),
            h('span', { class: 'small muted' }, ` (${(decision.areaVersions || []).join(' › ')})`))],
          [t('viewer.year'), String(decision.assessmentYear)],
          [t('viewer.referenceDate'), date(decision.referenceDate)],
          [t('viewer.generation'), [generation.document, generation.documentTitle].filter(Boolean).join(' — ')],
          [t('viewer.id'), code(decision.id)],
        ], 'facts columns')),
      section('criteria-section', t('viewer.criteria', criteria.length),
        h('p', { class: 'muted' }, t('viewer.criteriaSummary', open, passed, criteria.length - open - passed)),
        h('div', { class: 'table-wrap' }, criteriaTable(criteria))),
      section('validity', t('viewer.validity'), facts([
        [t('viewer.decisionDate'), date(decision.decisionDate)],
        [t('viewer.validUntil'), date(decision.validUntil || verdict.validUntil) || t('none')],
        [t('viewer.decidedAt'), instant(decision.decidedAt)],
        [t('viewer.decidedBy'), decision.decidedBy],
      ])),
      procedureSection(decision.procedure),
      (decision.rollups || []).length ? section('rollups', t('viewer.rollups'),
        decision.rollups.map((figure) => rollupFigure(decision.id, figure))) : null,
      chainSection(decision, history),
      section('ruleset', t('viewer.ruleset'), facts([
        [t('viewer.rulesetVersion'), decision.ruleset?.version],
        [t('viewer.rulesetArtifact'), `${decision.ruleset?.groupId}:${decision.ruleset?.artifactId}`],
        [t('viewer.rulesetSha'), code(decision.ruleset?.sha256)],
        [t('viewer.rulesetContentSha'), code(decision.ruleset?.contentSha256)],
      ])),
      section('seal', t('viewer.seal'), facts([
        [t('viewer.sealStatus'), h('span', { id: 'seal-status', class: decision.sealStatus === 'VALID' ? 'ok' : 'error' },
          has('viewer.seal.' + decision.sealStatus) ? t('viewer.seal.' + decision.sealStatus) : decision.sealStatus)],
        [t('viewer.ledger'), decision.integrity ? `${decision.integrity.ledger} / ${decision.integrity.seq}` : ''],
        [t('viewer.hash'), code(decision.integrity?.hash)],
        [t('viewer.key'), decision.integrity?.keyId],
      ])),
      inputSection(decision),
      firingsSection(decision)));
  context.main.querySelector('h1').focus?.();
}

function criterionCell(criterion) {
  return criterion ? `${statusLabel(criterion.status)} — ${resultText(criterion)}` : t('diff.absent');
}

export async function renderDiff(context, idA, idB) {
  context.main.replaceChildren(h('p', { class: 'muted', role: 'status' }, t('loading')));
  const [a, b] = await Promise.all([api.decision(idA), api.decision(idB)]);
  const rows = [];
  const verdictA = verdictSentence(a);
  const verdictB = verdictSentence(b);
  if (verdictA !== verdictB) {
    rows.push(['summary', t('diff.summary'), verdictA, verdictB]);
  }
  const byKey = (decision) => new Map((decision.result?.criteria || []).map((c) => [criterionKey(c), c]));
  const criteriaA = byKey(a);
  const criteriaB = byKey(b);
  for (const key of new Set([...criteriaA.keys(), ...criteriaB.keys()])) {
    const left = criteriaA.get(key);
    const right = criteriaB.get(key);
    if (!left || !right || left.status !== right.status || observedText(left) !== observedText(right)) {
      rows.push(['criteria', `${key} ${(left || right).name}`, criterionCell(left), criterionCell(right)]);
    }
  }
  const factsA = flatten(a.input || {});
  const factsB = flatten(b.input || {});
  for (const path of new Set([...Object.keys(factsA), ...Object.keys(factsB)])) {
    if (JSON.stringify(factsA[path]) !== JSON.stringify(factsB[path])) {
      rows.push(['facts', path, path in factsA ? value(factsA[path]) : t('diff.absent'),
        path in factsB ? value(factsB[path]) : t('diff.absent')]);
    }
  }
  const groups = ['summary', 'criteria', 'facts'];
  document.title = `${t('diff.title', a.revision, b.revision)} — hoctap`;
  fill(context.main, h('article', { class: 'card diff', id: 'diff' },
    h('h1', {}, t('diff.title', a.revision, b.revision)),
    h('p', {}, `${a.titleName}: ${a.subject?.name}`, ' — ', link(idA, t('viewer.revision', a.revision)), ' / ',
      link(idB, t('viewer.revision', b.revision))),
    h('p', { id: 'diff-count', role: 'status' }, rows.length ? t('diff.count', rows.length) : t('diff.none')),
    rows.length ? h('div', { class: 'table-wrap' }, h('table', { class: 'diff-table', id: 'diff-table' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('diff.item')),
        h('th', { scope: 'col' }, t('viewer.revision', a.revision)),
        h('th', { scope: 'col' }, t('viewer.revision', b.revision)))),
      groups.map((group) => {
        const inGroup = rows.filter((row) => row[0] === group);
        return inGroup.length === 0 ? null : h('tbody', { dataset: { group } },
          h('tr', { class: 'group' }, h('th', { colspan: 3, scope: 'rowgroup' }, t('diff.' + group))),
          inGroup.map(([, item, left, right]) => h('tr', {}, h('th', { scope: 'row' }, item), h('td', { class: 'old' }, left),
            h('td', { class: 'new' }, right))));
      }))) : null,
    h('p', { class: 'no-print' }, link(idB, t('diff.back')))));
}
