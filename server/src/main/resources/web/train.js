// The trainer's page: example pairs side by side with their findings, filterable by category and standard,
// and a box to show any passage live.
import { getJson, lint, loadCatalogue, debounce, el, catClass, categoryLabel, renderHighlighted, renderCards,
  renderScore } from './common.js';

const $ = id => document.getElementById(id);
let catalogue = { rules: new Map(), categories: new Map() };
let pairs = [];

/** Every standard a pair is about: its own, those it lists, and those its bad passage's findings cite. */
function standardsOf(p) {
  const s = new Set([p.standard, ...(p.standards || [])]);
  for (const f of p.reports.bad.findings) for (const x of f.standards || []) s.add(x);
  return s;
}

function fillFilters() {
  const cats = [...new Set(pairs.map(p => p.category))].sort();
  const stds = [...new Set(pairs.flatMap(p => [...standardsOf(p)]))].sort();
  for (const c of cats) {
    const o = el('option', null, categoryLabel(catalogue, c));
    o.value = c;
    $('filter-category').append(o);
  }
  for (const s of stds) {
    const o = el('option', null, s);
    o.value = s;
    $('filter-standard').append(o);
  }
  const wanted = new URLSearchParams(location.search).get('category');
  if (wanted && cats.includes(wanted)) $('filter-category').value = wanted;
}

function side(kind, title, text, report) {
  const box = el('div', 'side ' + kind);
  const h = el('h3', null, title);
  h.append(el('span', 'hint', `score ${report.score}/100`));
  const pre = el('div', 'preview');
  renderHighlighted(pre, text, report.findings, catalogue, null);
  box.append(h, pre);
  return box;
}

function pairView(p) {
  const a = el('article', 'pair');
  a.dataset.id = p.id;
  a.append(el('h2', null, p.title));
  const meta = el('p', 'pair-meta');
  meta.append(el('span', 'chip ' + catClass(p.category), categoryLabel(catalogue, p.category)), ` · ${p.standard}`);
  if (p.subject && p.subject.name) meta.append(` · about ${p.subject.name}${p.subject.age ? ', ' + p.subject.age : ''}`);
  a.append(meta);
  const grid = el('div', 'pair-grid');
  grid.append(side('bad', 'Before', p.bad, p.reports.bad), side('good', 'After', p.good, p.reports.good));
  a.append(grid);
  a.append(el('p', 'why', 'Why it matters: ' + p.why));
  const cards = el('ul', 'cards');
  renderCards(cards, p.reports.bad.findings, catalogue, null, null);
  a.append(cards);
  if (p.expected.length) {
    const d = el('details');
    d.append(el('summary', null, 'What this example should show'));
    const ul = el('ul');
    for (const x of p.expected) {
      const found = p.reports.bad.findings.some(f => f.category === x.category && (!x.text || f.text === x.text));
      const li = el('li', found ? 'expect-ok' : 'expect-missed',
        `${categoryLabel(catalogue, x.category)}${x.text ? ': “' + x.text + '”' : ''} — ${found ? 'found' : 'not found yet'}`);
      ul.append(li);
    }
    d.append(ul);
    a.append(d);
  }
  return a;
}

function showPairs() {
  const c = $('filter-category').value;
  const s = $('filter-standard').value;
  const shown = pairs.filter(p => (!c || p.category === c) && (!s || standardsOf(p).has(s)));
  $('pairs').replaceChildren(...shown.map(pairView));
  $('pair-count').textContent = pairs.length ? `Showing ${shown.length} of ${pairs.length} examples.` : '';
  $('no-pairs').hidden = pairs.length > 0;
  for (const e of document.querySelectorAll('.filters > :not(.jump)')) e.hidden = pairs.length === 0;
}

// the live box
let seq = 0;
let inFlight = null;
async function checkLive() {
  const text = $('live-text').value;
  const mine = ++seq;
  if (inFlight) inFlight.abort();
  if (!text.trim()) {
    $('live-preview').replaceChildren();
    $('live-findings').replaceChildren();
    $('live-note-findings').replaceChildren();
    renderScore($('live-score'), $('live-summary'), null, catalogue);
    $('live-status').textContent = '';
    return;
  }
  inFlight = new AbortController();
  $('live-status').textContent = 'Checking…';
  try {
    const report = await lint(text, $('live-subject').value, inFlight.signal);
    if (mine !== seq || $('live-text').value !== text) return;
    const spans = report.findings.filter(f => f.scope === 'span');
    renderHighlighted($('live-preview'), text, spans, catalogue, null);
    renderScore($('live-score'), $('live-summary'), report, catalogue);
    renderCards($('live-note-findings'), report.findings.filter(f => f.scope !== 'span'), catalogue, null, null);
    renderCards($('live-findings'), spans, catalogue, null, null);
    $('live-status').textContent = `${report.findings.length} ${report.findings.length === 1 ? 'finding' : 'findings'}.`;
    $('live-status').classList.remove('error');
  } catch (e) {
    if (e.name === 'AbortError' || mine !== seq) return;
    $('live-status').textContent = e.message;
    $('live-status').classList.add('error');
  }
}
const checkLiveSoon = debounce(checkLive, 400);
$('live-text').addEventListener('input', () => checkLiveSoon());
$('live-subject').addEventListener('input', () => checkLiveSoon());
$('filter-category').addEventListener('change', showPairs);
$('filter-standard').addEventListener('change', showPairs);

Promise.all([loadCatalogue(), getJson('/api/v1/examples')]).then(([c, ex]) => {
  catalogue = c;
  pairs = ex;
  fillFilters();
  showPairs();
  document.body.dataset.ready = 'true';
}).catch(e => {
  $('pair-count').textContent = 'Could not load the examples: ' + e.message;
  $('pair-count').classList.add('error');
});
