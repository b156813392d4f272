// The admin page: session, navigation and hash routes. Every screen reads the public HTTP API only.
import { api } from './api.js';
import { fill, h } from './dom.js';
import { lang, setLang, t, translateStatic } from './i18n.js';
import { problemText } from './problems.js';
import { renderSearch } from './search.js';
import { renderDiff, renderViewer } from './viewer.js';

const READ_DECISIONS = ['SUBMITTER', 'AUDITOR', 'ADMIN'];

const state = { session: null, notice: null };

const main = document.getElementById('main');

function canRead(session) {
  return !!session && session.roles.some((role) => READ_DECISIONS.includes(role));
}

/** The routes: #/decisions (search), #/decisions/{id} (viewer), #/decisions/{a}/diff/{b}. */
function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, queryText] = hash.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { path, parts, params: new URLSearchParams(queryText || '') };
}

function showSessionBox() {
  const box = document.getElementById('session');
  box.replaceChildren();
  const session = state.session;
  document.querySelectorAll('[data-roles]').forEach((item) => {
    const roles = item.dataset.roles.split(' ');
    item.hidden = !session || !session.roles.some((role) => roles.includes(role));
  });
  if (!session) {
    return;
  }
  box.append(
    h('span', { class: 'user' }, h('span', { class: 'visually-hidden' }, t('session.user') + ': '),
      h('strong', { id: 'session-user' }, session.username)),
    h('span', { class: 'roles', id: 'session-roles' }, h('span', { class: 'visually-hidden' }, t('session.roles') + ': '),
      session.roles.map((role) => t('role.' + role)).join(', ')),
    h('button', { type: 'button', id: 'sign-out', class: 'secondary', onclick: signOut }, t('session.signOut')));
}

async function signOut() {
  try {
    await api.signOut();
  } catch (e) {
    // the session may already be gone; signing out still ends here
  }
  state.session = null;
  state.notice = t('signedOut');
  location.hash = '#/';
  render();
}

function signInForm(r) {
  const message = h('p', { id: 'sign-in-error', class: 'error', role: 'alert', hidden: true });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true, maxlength: 100 });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password',
    required: true, maxlength: 200 });
  const submit = h('button', { type: 'submit', id: 'sign-in' }, t('signIn.submit'));
  const form = h('form', { id: 'sign-in-form', class: 'card narrow', 'aria-labelledby': 'sign-in-title', novalidate: true },
    h('h1', { id: 'sign-in-title' }, t('signIn.title')),
    h('p', {}, t('signIn.intro')),
    state.notice ? h('p', { class: 'notice', role: 'status', id: 'notice' }, state.notice) : null,
    r.parts.length > 0 ? h('p', { class: 'muted' }, t('signIn.afterwards', location.hash)) : null,
    h('div', { class: 'field' }, h('label', { for: 'username' }, t('signIn.username')), username),
    h('div', { class: 'field' }, h('label', { for: 'password' }, t('signIn.password')), password),
    message,
    h('div', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!username.value.trim() || !password.value) {
      (username.value.trim() ? password : username).focus();
      return;
    }
    submit.disabled = true;
    submit.textContent = t('signIn.busy');
    message.hidden = true;
    try {
      state.session = await api.signIn(username.value.trim(), password.value);
      state.notice = null;
      render();
    } catch (e) {
      message.textContent = problemText(e);
      message.hidden = false;
      password.value = '';
      password.focus();
      submit.disabled = false;
      submit.textContent = t('signIn.submit');
    }
  });
  return { element: form, focus: username };
}

/** Called by a screen when the API says the session is gone (401): back to the sign-in form, same address. */
export function sessionLost() {
  state.session = null;
  state.notice = t('error.sessionExpired');
  render();
}

async function render() {
  translateStatic();
  document.getElementById('lang-switch').textContent = t('lang.switch');
  document.getElementById('lang-switch').setAttribute('aria-label', t('lang.switchLabel'));
  showSessionBox();
  const r = route();
  main.replaceChildren();
  document.querySelectorAll('#menu a').forEach((link) => {
    const current = r.path === link.getAttribute('href').substring(1) || (r.parts[0] === 'decisions'
      && link.getAttribute('href') === '#/decisions');
    if (current) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
  if (!state.session) {
    const form = signInForm(r);
    main.append(form.element);
    form.focus.focus();
    document.title = `${t('signIn.title')} — hoctap`;
    return;
  }
  if (!canRead(state.session)) {
    main.append(h('section', { class: 'card' }, h('h1', {}, t('home.title')), h('p', {}, t('home.noScreen'))));
    return;
  }
  // each rendering writes into a container of its own: one overtaken by a newer route writes into a detached one
  const view = h('div', { class: 'view' });
  main.append(view);
  const context = { main: view, sessionLost, params: r.params };
  try {
    if (r.parts[0] === 'decisions' && r.parts.length === 2) {
      await renderViewer(context, r.parts[1]);
    } else if (r.parts[0] === 'decisions' && r.parts.length === 4 && r.parts[2] === 'diff') {
      await renderDiff(context, r.parts[1], r.parts[3]);
    } else {
      await renderSearch(context);
    }
  } catch (e) {
    if (e.status === 401) {
      sessionLost();
      return;
    }
    fill(view, h('section', { class: 'card' }, h('p', { class: 'error', role: 'alert', id: 'page-error' },
      problemText(e))));
  }
}

async function start() {
  setLang(lang());
  document.getElementById('lang-switch').addEventListener('click', () => {
    setLang(lang() === 'vi' ? 'en' : 'vi');
    render();
  });
  window.addEventListener('hashchange', () => render());
  window.addEventListener('beforeprint', () => document.querySelectorAll('details').forEach((d) => {
    d.dataset.printOpened = d.open ? '' : 'yes';
    d.open = true;
  }));
  window.addEventListener('afterprint', () => document.querySelectorAll('details[data-print-opened="yes"]')
    .forEach((d) => { d.open = false; }));
  try {
    state.session = await api.session();
  } catch (e) {
    state.session = null;
    state.notice = problemText(e);
  }
  await render();
  document.body.dataset.ready = 'true';
}

start();
