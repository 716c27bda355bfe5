import { get } from './api.js';
import { byId, clear, el } from './dom.js';
import { renderHighlighted } from './highlight.js';

// One link opened: both texts side by side (from /artifacts/text, of the run's version) with the
// words that analyse to a shared term highlighted, the link's explanation and its feedback history.

export async function loadDetail(project, run, link) {
  const base = `/projects/${encodeURIComponent(project)}`;
  const pair = { source: link.source, target: link.target };
  const [source, target, matching, explanation] = await Promise.all([
    get(`${base}/artifacts/text`, { role: 'source', id: link.source, version: run.version }),
    get(`${base}/artifacts/text`, { role: 'target', id: link.target, version: run.version }),
    get(`${base}/runs/${run.id}/links/matching-words`, pair),
    get(`${base}/runs/${run.id}/links/explanation`, pair),
  ]);
  return { source, target, matching, explanation };
}

export function renderDetail(link, detail) {
  byId('detail-heading').textContent = `${link.source} \u2192 ${link.target}`;
  byId('summary').textContent = detail.explanation.summary;
  byId('source-title').textContent = `Requirement ${link.source}`;
  byId('target-title').textContent = `Candidate ${link.target}`;
  renderHighlighted(byId('source-text'), detail.source.text ?? '', detail.matching.source);
  renderHighlighted(byId('target-text'), detail.target.text ?? '', detail.matching.target);
  renderHistory(detail.explanation.feedbackHistory);
  const terms = detail.matching.sharedTerms;
  byId('shared-terms').textContent = terms.length ? `Shared terms (${terms.length}): ${terms.join(', ')}` : 'No shared terms.';
  setAnswerButtons(true);
}

export function clearDetail(message) {
  byId('detail-heading').textContent = 'Link';
  byId('summary').textContent = message;
  for (const id of ['source-text', 'target-text', 'shared-terms', 'history']) {
    clear(byId(id));
  }
  setAnswerButtons(false);
}

export async function fetchHistory(project, link) {
  const page = await get(`/projects/${encodeURIComponent(project)}/feedback`, { source: link.source, target: link.target, limit: 1000 });
  return page.items;
}

export function renderHistory(items) {
  const list = clear(byId('history'));
  if (items.length === 0) {
    list.append(el('li', { className: 'none', text: 'No answers yet.' }));
  }
  for (const item of items) {
    const verdict = item.verdict === 'likert' ? `rated ${item.likert} of 5` : `${item.verdict}ed`;
    list.append(el('li', { 'data-verdict': item.verdict },
      el('time', { dateTime: item.recordedAt, text: new Date(item.recordedAt).toISOString().replace('T', ' ').slice(0, 16) }),
      ` ${item.author} `,
      el('strong', { text: verdict }),
      item.comment ? el('q', { text: item.comment }) : '',
      item.runId ? ` (run ${item.runId})` : ''));
  }
}

function setAnswerButtons(enabled) {
  for (const button of document.querySelectorAll('.feedback button')) {
    button.disabled = !enabled;
  }
}
