// A tiny element builder: h('p', {class: 'x'}, 'text', child…). Text is always set as text, never parsed as HTML.

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, value);
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else if (child instanceof Node) {
      element.appendChild(child);
    } else {
      element.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Replaces an element's children, skipping null, undefined and false (which replaceChildren would write as text). */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A definition list from [term, description] pairs, skipping empty descriptions. */
export function facts(pairs, className = 'facts') {
  return h('dl', { class: className }, pairs.filter(([, description]) => description !== undefined && description !== null
    && description !== '').map(([term, description]) => [h('dt', {}, term), h('dd', {}, description)]));
}
