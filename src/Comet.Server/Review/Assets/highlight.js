import { el } from './dom.js';

// Writes `text` into `container` with each matched span wrapped in <mark data-term>. The spans come
// from the service (UTF-16 offsets, the units of JavaScript strings) in text order, never overlapping.
export function renderHighlighted(container, text, spans) {
  const parts = [];
  let at = 0;
  for (const span of spans) {
    if (span.start < at || span.start + span.length > text.length) {
      continue; // defensive: a span that does not fit this text is skipped, never trusted
    }
    parts.push(document.createTextNode(text.slice(at, span.start)));
    parts.push(el('mark', { 'data-term': span.term, title: `shared term "${span.term}"`, text: text.slice(span.start, span.start + span.length) }));
    at = span.start + span.length;
  }
  parts.push(document.createTextNode(text.slice(at)));
  container.replaceChildren(...parts);
}

// Hovering a highlighted word lights up the same term on both sides.
export function linkTermsOnHover(root) {
  const light = (term, on) => {
    for (const mark of root.querySelectorAll('mark[data-term]')) {
      mark.classList.toggle('hot', on && mark.dataset.term === term);
    }
  };
  root.addEventListener('mouseover', (e) => {
    if (e.target instanceof HTMLElement && e.target.matches('mark[data-term]')) {
      light(e.target.dataset.term, true);
    }
  });
  root.addEventListener('mouseout', (e) => {
    if (e.target instanceof HTMLElement && e.target.matches('mark[data-term]')) {
      light('', false);
    }
  });
}
