// Shared by the editor (/) and the trainer page (/train): talking to the API and drawing findings.
// Plain ES module; every request goes to caselint itself.

/** Fetches JSON; a refusal becomes an Error carrying the service's own message. */
export async function getJson(url, options = {}) {
  const res = await fetch(url, options);
  let body = null;
  try { body = await res.json(); } catch (e) { /* not JSON */ }
  if (!res.ok) {
    const msg = body && body.error ? body.error.message : `the service answered ${res.status}`;
    const err = new Error(msg);
    err.status = res.status;
    throw err;
  }
  return body;
}

/** Lints a text (with the child's name when given); resolves to the report. */
export function lint(text, subjectName, signal) {
  const note = { id: 'draft', text };
  if (subjectName && subjectName.trim()) note.subject = { name: subjectName.trim() };
  return getJson('/api/v1/lint', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(note), signal,
  });
}

/** The rule catalogue and categories, loaded once per page: {rules: Map, categories: Map}. */
export async function loadCatalogue() {
  const [rules, categories] = await Promise.all([getJson('/api/v1/rules'), getJson('/api/v1/categories')]);
  return { rules: new Map(rules.map(r => [r.id, r])), categories: new Map(categories.map(c => [c.id, c])) };
}

export function debounce(fn, ms) {
  let timer = null;
  const d = (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
  d.cancel = () => clearTimeout(timer);
  return d;
}

/** Creates an element with a class and text. */
export function el(tag, className, text) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined && text !== null) e.textContent = text;
  return e;
}

/** A CSS-safe category class ("cat-child-voice"); unknown categories get the neutral colours. */
export function catClass(id) {
  return 'cat-' + String(id).replace(/[^a-z0-9-]/gi, '');
}

export function categoryLabel(cat, id) {
  const c = cat.categories.get(id);
  return c ? c.label : id;
}

/** Why a finding matters: its rule's description, else its category's label. */
export function why(cat, f) {
  const r = cat.rules.get(f.rule);
  return r ? r.description : categoryLabel(cat, f.category);
}

let tipSeq = 0;

/**
 * Draws `text` into `container` with each span finding highlighted. Overlapping findings share one highlight.
 * Each highlight is focusable; its explanation (message, why, standards, suggestions) shows on hover and on
 * keyboard focus, and Escape hides it. `onApply(finding, value)` makes suggestions buttons; without it they are
 * listed as text.
 */
export function renderHighlighted(container, text, findings, cat, onApply) {
  container.replaceChildren();
  const spans = findings.filter(f => f.scope === 'span')
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const clusters = [];
  for (const f of spans) {
    const last = clusters[clusters.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.items.push(f);
    } else {
      clusters.push({ start: f.start, end: f.end, items: [f] });
    }
  }
  let pos = 0;
  const frag = document.createDocumentFragment();
  for (const c of clusters) {
    if (c.start > pos) frag.append(text.slice(pos, c.start));
    frag.append(highlight(text.slice(c.start, c.end), c.items, cat, onApply));
    pos = c.end;
  }
  if (pos < text.length) frag.append(text.slice(pos));
  if (!text.length) frag.append(el('p', 'empty', 'Nothing to show.'));
  container.append(frag);
}

function highlight(shown, items, cat, onApply) {
  const first = items[0];
  const wrap = el('span', 'hl ' + catClass(first.category));
  const mark = el('mark', 'finding ' + catClass(first.category) + (items.length > 1 ? ' multi' : ''), shown);
  mark.tabIndex = 0;
  mark.dataset.category = first.category;
  mark.dataset.rule = first.rule;
  const tipId = 'tip-' + (++tipSeq);
  mark.setAttribute('aria-describedby', tipId);
  const tip = el('span', 'tip');
  tip.id = tipId;
  for (const f of items) {
    const item = el('span', 'tip-item ' + catClass(f.category));
    item.append(el('span', 'tip-cat', categoryLabel(cat, f.category)));
    item.append(el('span', 'tip-msg', f.message));
    item.append(el('span', 'tip-why', 'Why: ' + why(cat, f)));
    if (f.standards && f.standards.length) item.append(el('span', 'tip-std', 'Standards: ' + f.standards.join(', ')));
    if (f.suggestions && f.suggestions.length) {
      const s = el('span', 'tip-sugg', 'Try: ');
      f.suggestions.forEach((v, i) => {
        if (onApply) {
          const b = el('button', 'suggestion', v);
          b.type = 'button';
          b.setAttribute('aria-label', `Replace “${f.text}” with “${v}”`);
          b.addEventListener('click', () => onApply(f, v));
          s.append(b, ' ');
        } else {
          s.append((i ? ' · ' : '') + '“' + v + '”');
        }
      });
      item.append(s);
    }
    tip.append(item);
  }
  wrap.append(mark, tip);
  // keep the explanation on screen: open it leftwards near the right edge, upwards near the bottom
  const place = () => {
    wrap.classList.remove('dismissed');
    tip.classList.remove('flip', 'up');
    const box = wrap.closest('.preview') || document.body;
    const limit = box.getBoundingClientRect().right;
    const r = mark.getBoundingClientRect();
    if (r.left + Math.min(416, window.innerWidth * 0.8) > Math.max(limit, window.innerWidth * 0.6)) tip.classList.add('flip');
    requestAnimationFrame(() => {
      const t = tip.getBoundingClientRect();
      if (t.height && t.bottom > window.innerHeight && r.top - t.height > 8) tip.classList.add('up');
    });
  };
  mark.addEventListener('mouseenter', place);
  mark.addEventListener('focus', place);
  wrap.addEventListener('keydown', e => {
    if (e.key === 'Escape') { mark.focus(); wrap.classList.add('dismissed'); }
  });
  wrap.addEventListener('focusout', e => { if (!wrap.contains(e.relatedTarget)) wrap.classList.remove('dismissed'); });
  wrap.addEventListener('mouseleave', () => wrap.classList.remove('dismissed'));
  return wrap;
}

/**
 * Draws finding cards: category, the text, message, why, standards, suggestion buttons (when `onApply` is given)
 * and a "Show in note" button (when `onShow` is given).
 */
export function renderCards(list, findings, cat, onApply, onShow) {
  list.replaceChildren();
  for (const f of findings) {
    const li = el('li', 'card ' + catClass(f.category));
    li.dataset.rule = f.rule;
    li.dataset.category = f.category;
    if (f.scope === 'span') {
      li.dataset.start = f.start;
      li.dataset.text = f.text;
    }
    const head = el('div', 'card-head');
    head.append(el('span', 'card-cat', categoryLabel(cat, f.category)), el('span', 'sev', f.severity));
    li.append(head);
    if (f.scope === 'span') li.append(el('p', 'card-text', '“' + f.text + '”'));
    li.append(el('p', 'card-msg', f.message));
    li.append(el('p', 'card-why', 'Why: ' + why(cat, f)));
    if (f.standards && f.standards.length) li.append(el('p', 'card-std', 'Standards: ' + f.standards.join(', ')));
    const actions = el('div', 'card-actions');
    for (const v of f.suggestions || []) {
      if (onApply && f.scope === 'span') {
        const b = el('button', 'suggestion', 'Use “' + v + '”');
        b.type = 'button';
        b.setAttribute('aria-label', `Replace “${f.text}” with “${v}”`);
        b.addEventListener('click', () => onApply(f, v));
        actions.append(b);
      } else {
        actions.append(el('span', 'hint', 'Try: “' + v + '”'));
      }
    }
    if (onShow && f.scope === 'span') {
      const b = el('button', 'show', 'Show in note');
      b.type = 'button';
      b.addEventListener('click', () => onShow(f));
      actions.append(b);
    }
    if (actions.childNodes.length) li.append(actions);
    list.append(li);
  }
}

/** Shows the score (with a band colour) and a chip per category with its count. */
export function renderScore(scoreEl, summaryEl, report, cat) {
  scoreEl.classList.remove('good', 'fair', 'poor');
  scoreEl.querySelector('.score-num').textContent = report ? report.score : '–';
  scoreEl.setAttribute('aria-label', report ? `Score ${report.score} out of 100` : 'No score yet');
  if (report) scoreEl.classList.add(report.score >= 90 ? 'good' : report.score >= 70 ? 'fair' : 'poor');
  summaryEl.replaceChildren();
  if (!report) return;
  const entries = Object.entries(report.counts || {});
  if (!entries.length) {
    summaryEl.append(el('li', 'none', 'Nothing to fix'));
    return;
  }
  for (const [id, n] of entries) {
    const li = el('li', catClass(id), categoryLabel(cat, id));
    li.dataset.category = id;
    li.append(el('span', 'count', String(n)));
    summaryEl.append(li);
  }
}
