// DOM helpers. Text goes in with textContent only: artifact texts and ids are never parsed as markup.

export const byId = (id) => document.getElementById(id);

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === 'text') {
      node.textContent = value;
    } else if (name === 'className') {
      node.className = value;
    } else if (name.startsWith('data-') || name.startsWith('aria-') || name === 'role' || name === 'title' || name === 'id') {
      node.setAttribute(name, value);
    } else {
      node[name] = value;
    }
  }
  node.append(...children);
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

export const percent = (p) => `${(p * 100).toFixed(0)} %`;

export const bucketLabel = (bucket) => bucket.replaceAll('-', ' ');

// Keeps one option of a listbox selected (aria-selected) and in view; returns the selected node.
export function selectOption(list, index) {
  const options = [...list.querySelectorAll('[role=option]:not([hidden])')];
  if (options.length === 0) {
    return null;
  }
  const chosen = options[Math.max(0, Math.min(index, options.length - 1))];
  for (const option of list.querySelectorAll('[role=option]')) {
    option.setAttribute('aria-selected', String(option === chosen));
  }
  list.setAttribute('aria-activedescendant', chosen.id);
  chosen.scrollIntoView({ block: 'nearest' });
  return chosen;
}

// Position of the selected visible option, or -1.
export function selectedIndex(list) {
  return [...list.querySelectorAll('[role=option]:not([hidden])')].findIndex((o) => o.getAttribute('aria-selected') === 'true');
}
