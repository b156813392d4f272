// The service's public HTTP API, from the browser: a cookie session with its CSRF token on every write.
// No other origin is ever contacted.

const BASE = '/api/v1';
let csrfToken = null;

/** An answer that was not 2xx: the problem+json body (RFC 9457), its status and Retry-After. */
export class ApiProblem extends Error {
  constructor(status, problem, retryAfter) {
    super(problem?.detail || problem?.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.retryAfter = retryAfter;
  }

  /** The problem type's last segment, e.g. "too-many-requests". */
  get kind() {
    const type = this.problem.type || '';
    return type.substring(type.lastIndexOf('/') + 1) || String(this.status);
  }
}

async function call(method, path, body) {
  const headers = { 'Accept': 'application/json', 'X-Requested-With': 'fetch' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (method !== 'GET' && csrfToken) {
    headers['X-CSRF-TOKEN'] = csrfToken;
  }
  let response;
  try {
    response = await fetch(BASE + path, {
      method, headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    throw new ApiProblem(0, { type: 'network', detail: String(e) }, null);
  }
  if (response.status === 204) {
    return null;
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new ApiProblem(response.status, typeof data === 'object' ? data : { detail: data },
      response.headers.get('Retry-After'));
  }
  return data;
}

/** Query string from the set values of an object. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(key, value);
    }
  }
  const text = search.toString();
  return text ? '?' + text : '';
}

export const api = {
  async signIn(username, password) {
    const session = await call('POST', '/session', { username, password });
    csrfToken = session.csrfToken;
    return session;
  },
  /** The signed-in session, or null when there is none. */
  async session() {
    try {
      const session = await call('GET', '/session');
      csrfToken = session.csrfToken;
      return session;
    } catch (e) {
      if (e.status === 401) {
        return null;
      }
      throw e;
    }
  },
  async signOut() {
    await call('DELETE', '/session');
    csrfToken = null;
  },
  titles: () => call('GET', '/titles'),
  areas: (parentCode, date) => call('GET', '/areas' + query({ parentCode, date })),
  area: (code, date) => call('GET', `/areas/${encodeURIComponent(code)}` + query({ date })),
  decision: (id) => call('GET', `/decisions/${encodeURIComponent(id)}`),
  history: (id) => call('GET', `/decisions/${encodeURIComponent(id)}/history`),
  rollup: (id, field, page = 0, size = 50) =>
    call('GET', `/decisions/${encodeURIComponent(id)}/rollups/${encodeURIComponent(field)}` + query({ page, size })),
  decisions: (filter, page, size) => call('GET', '/decisions' + query({ ...filter, page, size })),
};
