// caselint audit page: talks only to this server's /api/v1/search; no external requests.
(function () {
  'use strict';

  var FACETS = [
    ['category', 'Category'], ['term', 'Flagged word or phrase'], ['team', 'Team'], ['author', 'Author'],
    ['rule', 'Rule'], ['kind', 'Kind of record']
  ];
  var MULTI = ['category', 'rule', 'term', 'team', 'author', 'kind', 'child'];
  var COLOURS = {
    'acronym': '--c-acronym', 'jargon': '--c-jargon', 'judgemental': '--c-judgemental',
    'missing-source': '--c-missing-source', 'fact-opinion': '--c-fact-opinion', 'child-voice': '--c-child-voice',
    'third-party-child': '--c-third-party-child'
  };
  var SVG = 'http://www.w3.org/2000/svg';
  var $ = function (id) { return document.getElementById(id); };

  // The state is the URL's query string, so a search can be bookmarked or shared.
  var state = new URLSearchParams(location.search);

  function colour(cat) {
    var v = COLOURS[cat] || '--c-other';
    return getComputedStyle(document.documentElement).getPropertyValue(v).trim() || '#6b7280';
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function fillForm() {
    $('q').value = state.get('q') || '';
    $('from').value = state.get('from') || '';
    $('to').value = state.get('to') || '';
    $('restricted').value = state.get('restricted') || '';
    $('sort').value = state.get('sort') || 'relevance';
  }

  function readForm() {
    ['q', 'from', 'to', 'restricted', 'sort'].forEach(function (k) {
      var v = $(k).value.trim();
      if (v && !(k === 'sort' && v === 'relevance')) state.set(k, v); else state.delete(k);
    });
    state.delete('page');
  }

  function toggle(name, value) {
    var values = state.getAll(name);
    state.delete(name);
    var had = values.indexOf(value) >= 0;
    values.forEach(function (v) { if (v !== value) state.append(name, v); });
    if (!had) state.append(name, value);
    state.delete('page');
    run();
  }

  function run() {
    var qs = state.toString();
    history.replaceState(null, '', location.pathname + (qs ? '?' + qs : ''));
    $('csv').href = '/api/v1/search.csv' + (qs ? '?' + qs : '');
    $('error').hidden = true;
    $('total').textContent = 'Searching…';
    fetch('/api/v1/search' + (qs ? '?' + qs : ''), {headers: {'Accept': 'application/json'}})
      .then(function (r) {
        return r.json().then(function (body) {
          if (!r.ok) throw new Error(body && body.error ? body.error.message : 'search failed (' + r.status + ')');
          return body;
        });
      })
      .then(render)
      .catch(function (e) {
        $('error').textContent = e.message;
        $('error').hidden = false;
        $('total').textContent = '';
      });
  }

  function render(res) {
    renderChips();
    $('total').textContent = res.total.toLocaleString('en-GB') + (res.total === 1 ? ' record matches' : ' records match');
    $('total').dataset.total = String(res.total);
    renderFacets(res.facets || {});
    renderChart(res.trend || [], res.facets ? res.facets.category || [] : []);
    renderHits(res.hits);
    var pages = Math.max(1, Math.ceil(res.total / res.size));
    $('page-info').textContent = 'Page ' + res.page + ' of ' + pages.toLocaleString('en-GB');
    $('prev').disabled = res.page <= 1;
    $('next').disabled = res.page >= pages || res.page * res.size >= 10000;
  }

  function renderChips() {
    var box = $('chips');
    box.textContent = '';
    MULTI.forEach(function (name) {
      state.getAll(name).forEach(function (v) {
        var b = el('button', 'chip', name + ': ' + v);
        b.type = 'button';
        b.title = 'Remove this filter';
        b.addEventListener('click', function () { toggle(name, v); });
        box.appendChild(b);
      });
    });
  }

  function renderFacets(facets) {
    var aside = $('facets');
    aside.textContent = '';
    FACETS.forEach(function (f) {
      var name = f[0];
      var values = facets[name] || [];
      if (!values.length && state.getAll(name).length === 0) return;
      var box = el('section', 'facet');
      box.dataset.facet = name;
      box.appendChild(el('h2', null, f[1]));
      var ul = el('ul');
      values.forEach(function (v) {
        var li = el('li');
        var b = el('button');
        b.type = 'button';
        b.dataset.value = v.value;
        if (state.getAll(name).indexOf(v.value) >= 0) b.classList.add('active');
        var label = el('span', 'label');
        if (name === 'category') {
          var sw = el('span', 'swatch');
          sw.style.background = colour(v.value);
          label.appendChild(sw);
        }
        label.appendChild(document.createTextNode(v.value));
        b.appendChild(label);
        b.appendChild(el('span', 'count', v.count.toLocaleString('en-GB')));
        b.addEventListener('click', function () { toggle(name, v.value); });
        li.appendChild(b);
        ul.appendChild(li);
      });
      box.appendChild(ul);
      aside.appendChild(box);
    });
  }

  function renderChart(trend, categories) {
    var box = $('chart');
    box.textContent = '';
    $('legend').textContent = '';
    if (!trend.length) {
      box.appendChild(el('p', null, 'No dated records match.'));
      return;
    }
    trend = fillMonths(trend);
    var cats = categories.map(function (c) { return c.value; });
    var max = 1;
    trend.forEach(function (m) {
      var s = 0;
      cats.forEach(function (c) { s += m.counts[c] || 0; });
      if (s > max) max = s;
    });
    var W = 1000, H = 190, left = 34, bottom = 22, top = 6;
    var svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + W + ' ' + H);
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', 'Records flagged per month by category');
    var bw = (W - left) / trend.length;
    var scale = (H - bottom - top) / max;
    [0, Math.round(max / 2), max].forEach(function (t) {
      var y = H - bottom - t * scale;
      var line = document.createElementNS(SVG, 'line');
      line.setAttribute('x1', left); line.setAttribute('x2', W); line.setAttribute('y1', y); line.setAttribute('y2', y);
      line.setAttribute('stroke', '#e3e7ec');
      svg.appendChild(line);
      var tx = document.createElementNS(SVG, 'text');
      tx.setAttribute('x', 2); tx.setAttribute('y', y + 3);
      tx.textContent = String(t);
      svg.appendChild(tx);
    });
    trend.forEach(function (m, i) {
      var y = H - bottom;
      var g = document.createElementNS(SVG, 'g');
      g.dataset.month = m.month;
      cats.forEach(function (c) {
        var n = m.counts[c] || 0;
        if (!n) return;
        var h = n * scale;
        y -= h;
        var r = document.createElementNS(SVG, 'rect');
        r.setAttribute('class', 'bar');
        r.setAttribute('x', left + i * bw + bw * 0.1);
        r.setAttribute('y', y);
        r.setAttribute('width', Math.max(1, bw * 0.8));
        r.setAttribute('height', h);
        r.setAttribute('fill', colour(c));
        r.dataset.category = c;
        r.dataset.count = String(n);
        var title = document.createElementNS(SVG, 'title');
        title.textContent = m.month + ': ' + n + ' ' + c;
        r.appendChild(title);
        g.appendChild(r);
      });
      g.addEventListener('click', function () { narrowToMonth(m.month); });
      svg.appendChild(g);
      if (trend.length <= 24 || i % Math.ceil(trend.length / 12) === 0) {
        var lab = document.createElementNS(SVG, 'text');
        var lx = left + i * bw + bw / 2;
        lab.setAttribute('x', lx);
        lab.setAttribute('y', H - 6);
        lab.setAttribute('text-anchor', lx > W - 30 ? 'end' : 'middle'); // keep the last label inside
        lab.textContent = m.month;
        svg.appendChild(lab);
      }
    });
    box.appendChild(svg);
    categories.forEach(function (c) {
      var li = el('li');
      var sw = el('span', 'swatch');
      sw.style.background = colour(c.value);
      li.appendChild(sw);
      li.appendChild(document.createTextNode(c.value + ' ' + c.count.toLocaleString('en-GB')));
      $('legend').appendChild(li);
    });
  }

  // Months with no matching record still get a slot, so the time axis is even.
  function fillMonths(trend) {
    var byMonth = {};
    trend.forEach(function (m) { byMonth[m.month] = m; });
    var first = trend[0].month.split('-').map(Number);
    var last = trend[trend.length - 1].month.split('-').map(Number);
    var out = [];
    for (var y = first[0], mo = first[1]; y < last[0] || (y === last[0] && mo <= last[1]); ) {
      var key = y + '-' + String(mo).padStart(2, '0');
      out.push(byMonth[key] || {month: key, counts: {}});
      mo++;
      if (mo > 12) { mo = 1; y++; }
    }
    return out;
  }

  function narrowToMonth(month) {
    var parts = month.split('-');
    var last = new Date(Date.UTC(+parts[0], +parts[1], 0)).getUTCDate();
    state.set('from', month + '-01');
    state.set('to', month + '-' + String(last).padStart(2, '0'));
    state.delete('page');
    fillForm();
    run();
  }

  function renderHits(hits) {
    var ol = $('hits');
    ol.textContent = '';
    var tpl = $('hit-template');
    hits.forEach(function (h) {
      var li = tpl.content.firstElementChild.cloneNode(true);
      li.dataset.id = h.id;
      var a = li.querySelector('.hit-id');
      a.textContent = h.id;
      a.href = '/api/v1/records/' + encodeURIComponent(h.id);
      li.querySelector('.hit-meta').textContent = [h.eventDate, h.kind, h.restricted ? 'restricted' : null]
        .filter(Boolean).join(' · ');
      var sc = li.querySelector('.hit-score');
      sc.textContent = 'score ' + h.score;
      sc.classList.add(h.score < 60 ? 'low' : h.score < 85 ? 'mid' : 'high');
      var au = h.author || {};
      li.querySelector('.hit-who').textContent = [au.name, au.role, au.team, h.childId].filter(Boolean).join(' · ');
      var sn = li.querySelector('.snippets');
      (h.snippets || []).forEach(function (s) {
        var p = el('p', 'snippet');
        p.innerHTML = s; // server-built: HTML-escaped text with <mark> elements only
        sn.appendChild(p);
      });
      var fs = h.findings || [];
      li.querySelector('summary').textContent = fs.length + (fs.length === 1 ? ' finding' : ' findings');
      var ul = li.querySelector('.findings ul');
      fs.forEach(function (f) {
        var fi = el('li');
        var cat = el('span', 'cat', f.category);
        cat.style.color = colour(f.category);
        fi.appendChild(cat);
        fi.appendChild(document.createTextNode((f.text ? ' “' + f.text + '”' : '') + ': ' + f.message));
        ul.appendChild(fi);
      });
      ol.appendChild(li);
    });
  }

  $('search').addEventListener('submit', function (e) {
    e.preventDefault();
    readForm();
    run();
  });
  ['sort', 'restricted'].forEach(function (id) {
    $(id).addEventListener('change', function () { readForm(); run(); });
  });
  $('prev').addEventListener('click', function () {
    state.set('page', String(Math.max(1, (+state.get('page') || 1) - 1)));
    run();
  });
  $('next').addEventListener('click', function () {
    state.set('page', String((+state.get('page') || 1) + 1));
    run();
  });

  fillForm();
  run();
})();
