import { apiKey, get, post, ApiError } from './api.js';
import { byId, clear, el } from './dom.js';
import { linkTermsOnHover } from './highlight.js';
import { bindKeys } from './keyboard.js';
import * as lists from './links.js';
import { loadDetail, renderDetail, clearDetail, loadHistory } from './detail.js';

// The review page: key -> project -> run -> requirement -> link -> answer. Each step loads the next.
const AUTHOR_SLOT = 'comet.review.author';
const state = { project: null, run: null, runs: [], source: null, links: [], link: null };
let detailRequest = 0; // a newer selection wins over answers still on their way
let pending = 0; // calls under way, shown as data-busy so that tests (and styles) can wait for quiet

function say(message, isError = false) {
  const status = byId('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

async function guarded(work) {
  document.documentElement.dataset.busy = String(++pending);
  try {
    await work();
  } catch (error) {
    if (!(error instanceof ApiError)) {
      throw error;
    }
    say(error.message, true);
    if (error.status === 401) {
      apiKey.clear();
      showKeyForm();
    }
  } finally {
    document.documentElement.dataset.busy = String(--pending);
  }
}

function showKeyForm() {
  byId('key-form').hidden = false;
  byId('key-state').hidden = true;
}

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
  state.links = await lists.loadLinks(state.project, state.run, source, byId('bucket').value);
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
  await loadHistory(state.project, link);
}

async function answer(choice) {
  const link = state.link;
  if (!link) {
    return;
  }
  const author = byId('author').value.trim();
  if (!author) {
    say('Enter your name as reviewer first.', true);
    byId('author').focus();
    return;
  }
  sessionStorage.setItem(AUTHOR_SLOT, author);
  const comment = byId('comment').value.trim();
  const body = { source: link.source, target: link.target, ...choice, author, runId: state.run.id, comment: comment || undefined };
  const stored = await post(`/projects/${encodeURIComponent(state.project)}/feedback`, body);
  const text = stored.verdict === 'likert' ? `rated ${stored.likert}` : stored.verdict;
  byId('comment').value = '';
  lists.markAnswered(link.target, text);
  say(`Saved: ${link.source} \u2192 ${link.target} ${text} (answer ${stored.id}); the next run uses it.`);
  if (state.link === link) {
    await loadHistory(state.project, link);
  }
}

function wire() {
  byId('author').value = sessionStorage.getItem(AUTHOR_SLOT) ?? '';
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
