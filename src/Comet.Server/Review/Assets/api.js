// Calls to the Comet REST service. The key lives in sessionStorage (this tab only) and travels in
// the X-Api-Key header of every call; it never goes into a URL, where logs and history would keep it.
const KEY_SLOT = 'comet.review.apiKey';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export const apiKey = {
  get: () => sessionStorage.getItem(KEY_SLOT),
  set: (key) => sessionStorage.setItem(KEY_SLOT, key),
  clear: () => sessionStorage.removeItem(KEY_SLOT),
};

// A path with its query: parameters that are null, undefined or '' are left out.
export function url(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== null && value !== undefined && value !== '') {
      query.set(name, String(value));
    }
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

async function call(method, path, params, body) {
  const key = apiKey.get();
  if (!key) {
    throw new ApiError(401, 'Enter an API key first.');
  }
  const headers = { 'X-Api-Key': key, Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  const response = await fetch(url(path, params), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
    cache: 'no-store',
  });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new ApiError(response.status, problemText(response.status, json));
  }
  return json;
}

// RFC 7807 problems name the fields in "errors"; show them, they are what a person can fix.
function problemText(status, problem) {
  if (!problem) {
    return `HTTP ${status}`;
  }
  const fields = Object.entries(problem.errors ?? {}).map(([field, messages]) => `${field}: ${messages.join(', ')}`);
  return [problem.detail ?? problem.title ?? `HTTP ${status}`, ...fields].join(' ');
}

export const get = (path, params) => call('GET', path, params);
export const post = (path, body) => call('POST', path, {}, body);

// Every item of a paged list, one page of at most `limit` after the other.
export async function getAll(path, params = {}, limit = 1000) {
  const items = [];
  for (let offset = 0; ; offset += limit) {
    const page = await get(path, { ...params, offset, limit });
    items.push(...page.items);
    if (items.length >= page.total || page.items.length === 0) {
      return items;
    }
  }
}
