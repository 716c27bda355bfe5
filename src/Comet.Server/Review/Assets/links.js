import { get, getAll } from './api.js';
import { byId, clear, el, percent, bucketLabel, selectOption, selectedIndex } from './dom.js';

// The two lists: requirements of the run's version, those to review first on top (with the run's gaps
// marked), and the candidate links of the chosen requirement, most probable first, filtered by bucket.

export async function loadRequirements(project, run) {
  const base = `/projects/${encodeURIComponent(project)}`;
  const [sources, gaps, queue] = await Promise.all([
    getAll(`${base}/artifacts`, { role: 'source', version: run.version }),
    get(`${base}/runs/${run.id}/gaps`, { role: 'source' }),
    get(`${base}/runs/${run.id}/review-queue`, { count: 200 }),
  ]);
  const gapIds = new Set(gaps.map((g) => g.id));
  const asked = new Map();
  queue.forEach((q) => { if (!asked.has(q.source)) asked.set(q.source, q); });
  // Review order: the requirements whose answers teach the model most first (the service's queue),
  // then the others by id; the badge says why each one is up.
  const order = byId('order').value === 'id' ? sources
    : [...asked.keys()].map((id) => sources.find((s) => s.id === id)).filter(Boolean).concat(sources.filter((s) => !asked.has(s.id)));
  const list = clear(byId('requirements'));
  order.forEach((source, i) => {
    const gap = gapIds.has(source.id);
    const question = asked.get(source.id);
    list.append(el('li', { id: `req-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': source.id, className: 'item' },
      el('span', { className: 'id', text: source.id }),
      question ? el('span', { className: 'badge ask', text: 'ask', title: `review ${question.target} (p = ${question.probability.toFixed(2)}): ${question.reason}` }) : '',
      gap ? el('span', { className: 'badge gap', text: 'gap', title: 'even its best candidate is probably not a link' }) : ''));
  });
  filterRequirements(byId('search').value);
  return sources.length;
}

// Case-insensitive substring of the id; hidden options are skipped by the keys and the count.
export function filterRequirements(query) {
  const needle = query.trim().toLowerCase();
  const options = [...byId('requirements').querySelectorAll('[role=option]')];
  let shown = 0;
  for (const option of options) {
    option.hidden = needle !== '' && !option.dataset.id.toLowerCase().includes(needle);
    shown += option.hidden ? 0 : 1;
  }
  byId('requirements-count').textContent = `${shown} of ${options.length}`;
}

export function moveRequirement(step) {
  const list = byId('requirements');
  const chosen = selectOption(list, selectedIndex(list) + step);
  return chosen?.dataset.id ?? null;
}

export function chooseRequirement(option) {
  const list = byId('requirements');
  const visible = [...list.querySelectorAll('[role=option]:not([hidden])')];
  return selectOption(list, visible.indexOf(option))?.dataset.id ?? null;
}

export const fetchLinks = (project, run, source, bucket) =>
  get(`/projects/${encodeURIComponent(project)}/runs/${run.id}/links`, { source, bucket, limit: 1000 });

export function renderLinks(page) {
  const list = clear(byId('links'));
  page.items.forEach((link, i) => {
    list.append(el('li', { id: `link-${i}`, role: 'option', 'aria-selected': 'false', className: 'item', 'data-target': link.target },
      el('span', { className: 'id', text: link.target }),
      el('span', { className: `badge ${link.bucket}`, text: bucketLabel(link.bucket) }),
      el('span', { className: 'p', text: percent(link.probability), title: `p = ${link.probability.toFixed(3)}` }),
      el('span', { className: 'answer', text: link.feedback ? `answered: ${link.feedback}` : '' })));
  });
  const more = page.total > page.items.length ? ` (first ${page.items.length})` : '';
  byId('links-count').textContent = `${page.total}${more}`;
  return page.items;
}

export function moveLink(step) {
  const list = byId('links');
  return selectOption(list, selectedIndex(list) + step)?.dataset.target ?? null;
}

export function chooseLink(option) {
  const list = byId('links');
  return selectOption(list, [...list.querySelectorAll('[role=option]')].indexOf(option))?.dataset.target ?? null;
}

export function markAnswered(target, text) {
  const option = byId('links').querySelector(`[role=option][aria-selected=true]`);
  if (option?.dataset.target === target) {
    option.querySelector('.answer').textContent = `you: ${text}`;
  }
}
