import { apiKey, get } from './api.js';
import { guarded, say, showKeyForm } from './guard.js';
import { byId, clear, el } from './dom.js';
import { linkTermsOnHover } from './highlight.js';
import { bindKeys } from './keyboard.js';
import * as lists from './links.js';
import { loadDetail, renderDetail, clearDetail, fetchHistory, renderHistory } from './detail.js';
import { rememberAuthor, sendAnswer } from './feedback.js';

// The review page: key -> project -> run -> requirement -> link -> answer. Each step loads the next.
const state = { project: null, run: null, runs: [], source: null, links: [], link: null };
// A newer selection wins over answers to older requests still on their way (keys held down, fast clicks).
let linksRequest = 0;
let detailRequest = 0;

async function useKey() {
  byId('key-form').hidden = true;
  byId('key-state').hidden = false;
  const projects = await get('/projects');
  const select = clear(byId('project'));
  select.append(...projects.map((p) => el('option', { value: p.id, text: p.name === p.id ? p.id : `${p.name} (${p.id})` })));
  select.disabled = projects.length === 0;
  say(projects.length ? `${projects.length} project(s).` : 'This key opens no project.');
  if (projects.length) {
    await chooseProject(projects[0].id);
  }
}

async function chooseProject(id) {
  state.project = id;
  const page = await get(`/projects/${encodeURIComponent(id)}/runs`, { limit: 100 });
  state.runs = page.items;
  const select = clear(byId('run'));
  for (const run of page.items) {
    const usable = run.status === 'completed' && !run.linksPruned;
    const when = (run.finishedAt ?? run.createdAt).replace('T', ' ').slice(0, 16);
    const shown = run.status === 'completed' ? (run.linksPruned ? 'links deleted' : when) : run.status;
    select.append(el('option', { value: String(run.id), disabled: !usable, text: `Run ${run.id} \u00b7 v${run.version} \u00b7 ${shown}` }));
  }
  select.disabled = page.items.length === 0;
  const first = page.items.find((r) => r.status === 'completed' && !r.linksPruned);
  if (!first) {
    say(`Project ${id} has no completed run with links yet.`);
    return;
  }
  select.value = String(first.id);
  await chooseRun(first.id);
}

async function chooseRun(id) {
  state.run = state.runs.find((r) => r.id === id);
  const count = await lists.loadRequirements(state.project, state.run);
  say(`Run ${id}: ${count} requirements.`);
  await openRequirement(lists.moveRequirement(0));
}

async function openRequirement(source) {
  state.source = source;
  state.link = null;
  if (!source) {
    clear(byId('links'));
    clearDetail('No requirement.');
    return;
  }
  const request = ++linksRequest;
  const page = await lists.fetchLinks(state.project, state.run, source, byId('bucket').value);
  if (request !== linksRequest) {
    return;
  }
  state.links = lists.renderLinks(page);
  await openLink(lists.moveLink(0));
}

async function openLink(target) {
  const link = state.links.find((l) => l.target === target) ?? null;
  state.link = link;
  const request = ++detailRequest;
  if (!link) {
    clearDetail('No link in this bucket.');
    return;
  }
  const detail = await loadDetail(state.project, state.run, link);
  if (request !== detailRequest) {
    return;
  }
  renderDetail(link, detail);
}

async function answer(choice) {
  const link = state.link;
  if (!link) {
    return;
  }
  const stored = await sendAnswer(state.project, state.run, link, choice);
  if (!stored) {
    say('Enter your name as reviewer first.', true);
    return;
  }
  const text = stored.verdict === 'likert' ? `rated ${stored.likert}` : stored.verdict;
  lists.markAnswered(link.target, text);
  say(`Saved: ${link.source} \u2192 ${link.target} ${text} (answer ${stored.id}); the next run uses it.`);
  const history = await fetchHistory(state.project, link);
  if (state.link === link) {
    renderHistory(history);
  }
}

function wire() {
  rememberAuthor();
  byId('key-form').addEventListener('submit', (e) => {
    e.preventDefault();
    apiKey.set(byId('api-key').value.trim());
    byId('api-key').value = '';
    guarded(useKey);
  });
  byId('forget-key').addEventListener('click', () => {
    apiKey.clear();
    showKeyForm();
    say('Key forgotten.');
  });
  byId('project').addEventListener('change', (e) => guarded(() => chooseProject(e.target.value)));
  byId('run').addEventListener('change', (e) => guarded(() => chooseRun(Number(e.target.value))));
  byId('bucket').addEventListener('change', () => guarded(() => openRequirement(state.source)));
  byId('order').addEventListener('change', () => guarded(() => chooseRun(state.run.id)));
  byId('search').addEventListener('input', (e) => lists.filterRequirements(e.target.value));
  byId('requirements').addEventListener('click', (e) => {
    const option = e.target.closest('[role=option]');
    if (option) guarded(() => openRequirement(lists.chooseRequirement(option)));
  });
  byId('links').addEventListener('click', (e) => {
    const option = e.target.closest('[role=option]');
    if (option) guarded(() => openLink(lists.chooseLink(option)));
  });
  document.querySelector('.feedback').addEventListener('click', (e) => {
    const button = e.target.closest('button');
    if (!button) return;
    const choice = button.dataset.likert ? { verdict: 'likert', likert: Number(button.dataset.likert) } : { verdict: button.dataset.verdict };
    guarded(() => answer(choice));
  });
  linkTermsOnHover(document.querySelector('.texts'));
  bindKeys({
    nextLink: () => guarded(() => openLink(lists.moveLink(1))),
    previousLink: () => guarded(() => openLink(lists.moveLink(-1))),
    nextRequirement: () => guarded(() => openRequirement(lists.moveRequirement(1))),
    previousRequirement: () => guarded(() => openRequirement(lists.moveRequirement(-1))),
    answer: (choice) => guarded(() => answer(choice)),
    focusSearch: () => byId('search').focus(),
  });
}

wire();
if (apiKey.get()) {
  guarded(useKey);
} else {
  showKeyForm();
}
document.documentElement.dataset.ready = '1';
