'use strict';
// detente dashboard. Reads the JSON API and builds DOM nodes; every piece of data goes
// in through textContent or attribute setters, never through HTML parsing.
(function () {
  var SVGNS = 'http://www.w3.org/2000/svg';
  function $(sel) { return document.querySelector(sel); }
  function el(tag, attrs) {
    var e = document.createElement(tag);
    var k;
    for (k in attrs || {}) { if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, attrs[k]); }
    for (var i = 2; i < arguments.length; i++) {
      var c = arguments[i];
      if (c === null || c === undefined) continue;
      e.append(typeof c === 'string' || typeof c === 'number' ? String(c) : c);
    }
    return e;
  }
  function svg(tag, attrs) {
    var e = document.createElementNS(SVGNS, tag);
    var k;
    for (k in attrs || {}) { if (Object.prototype.hasOwnProperty.call(attrs, k)) e.setAttribute(k, String(attrs[k])); }
    return e;
  }
  function status(msg, isError) {
    var s = $('#status');
    if (!s) return;
    s.textContent = msg || '';
    s.className = isError ? 'error' : '';
  }
  function getJSON(url, opts) {
    return fetch(url, opts).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error(j && j.error ? j.error : 'HTTP ' + r.status);
        return j;
      });
    });
  }
  function debounce(fn, ms) {
    var t = null;
    return function () { clearTimeout(t); t = setTimeout(fn, ms); };
  }
  function score(u) { return Math.round(u * 100); }

  // ---------- quotes table and filters ----------
  var filters = { party: '', speaker: '', issue: '', since: '', until: '' };
  var quoteSeq = 0;

  function quoteRow(q) {
    var open = el('button', { type: 'button', 'class': 'link' }, 'article');
    open.addEventListener('click', function () { openArticle(q.article, q.start); });
    return el('tr', { 'data-quote-id': q.id },
      el('td', { 'class': 'date' }, q.date || ''),
      el('td', null, q.speaker || 'unknown'),
      el('td', null, q.affiliation || ''),
      el('td', { 'class': 'quote' }, '\u201c' + q.text + '\u201d'),
      el('td', null, open));
  }

  function loadQuotes() {
    var tbody = $('#quotes-table tbody');
    if (!tbody) return Promise.resolve();
    var p = new URLSearchParams();
    Object.keys(filters).forEach(function (k) { if (filters[k]) p.set(k, filters[k]); });
    p.set('limit', '200');
    var seq = ++quoteSeq;
    return getJSON('/api/quotes?' + p.toString()).then(function (j) {
      if (seq !== quoteSeq) return;
      tbody.replaceChildren.apply(tbody, j.quotes.map(quoteRow));
      if (j.quotes.length === 0) tbody.append(el('tr', null, el('td', { colspan: '5', 'class': 'muted' }, 'No quotes match these filters.')));
      status(j.count + (j.count === 200 ? '+' : '') + ' quote' + (j.count === 1 ? '' : 's') + ' shown.');
    }).catch(function (e) { status('Could not load quotes: ' + e.message, true); });
  }

  function setParty(value) {
    filters.party = value;
    document.querySelectorAll('#f-party button').forEach(function (b) {
      b.setAttribute('aria-pressed', b.getAttribute('data-party') === value ? 'true' : 'false');
    });
    loadQuotes();
  }

  function loadActors() {
    return getJSON('/api/actors').then(function (j) {
      var speakers = $('#f-speaker');
      var chips = $('#f-party');
      var sides = [];
      j.actors.forEach(function (a) {
        if (a.quotes > 0 && speakers) speakers.append(el('option', { value: a.name }, a.name + (a.affiliation ? ' (' + a.affiliation + ')' : '')));
        if (a.affiliation && sides.indexOf(a.affiliation) < 0) sides.push(a.affiliation);
      });
      sides.sort();
      sides.forEach(function (s) {
        if (!chips) return;
        var b = el('button', { type: 'button', 'data-party': s, 'aria-pressed': 'false' }, s);
        chips.append(b);
      });
    }).catch(function (e) { status('Could not load actors: ' + e.message, true); });
  }

  function bindFilters() {
    var chips = $('#f-party');
    if (chips) chips.addEventListener('click', function (ev) {
      var b = ev.target.closest('button[data-party]');
      if (b) setParty(b.getAttribute('data-party'));
    });
    [['#f-speaker', 'speaker'], ['#f-issue', 'issue'], ['#f-since', 'since'], ['#f-until', 'until']].forEach(function (pair) {
      var input = $(pair[0]);
      if (input) input.addEventListener('change', function () { filters[pair[1]] = input.value; loadQuotes(); });
    });
    var q = $('#f-q');
    if (q) q.addEventListener('input', debounce(function () { search(q.value); }, 200));
  }

  // ---------- full-text search ----------
  var searchSeq = 0;
  function snippet(parts) {
    var span = el('span', null);
    parts.forEach(function (p) { span.append(p.mark ? el('mark', { 'class': 'hit' }, p.text) : p.text); });
    return span;
  }
  function search(text) {
    var box = $('#search-results');
    if (!box) return;
    var seq = ++searchSeq;
    if (!text.trim()) { box.replaceChildren(); return; }
    getJSON('/api/search?limit=20&q=' + encodeURIComponent(text)).then(function (j) {
      if (seq !== searchSeq) return;
      var list = el('ul', { 'class': 'hits' });
      j.hits.forEach(function (h) {
        var open = el('button', { type: 'button', 'class': 'link' }, h.title || h.article);
        open.addEventListener('click', function () { openArticle(h.article, h.snippet.length ? h.snippet[0].start : 0); });
        list.append(el('li', null,
          el('span', { 'class': 'pill' }, h.kind), open,
          h.speaker ? el('span', { 'class': 'muted' }, ' \u2014 ' + h.speaker) : null,
          h.date ? el('span', { 'class': 'muted' }, ' \u00b7 ' + h.date) : null,
          el('div', null, '\u2026', snippet(h.snippet), '\u2026')));
      });
      box.replaceChildren(el('h3', null, j.count + ' match' + (j.count === 1 ? '' : 'es') + ' for \u201c' + text + '\u201d'), list);
    }).catch(function (e) { box.replaceChildren(el('p', { 'class': 'no' }, 'Search failed: ' + e.message)); });
  }

  // ---------- article view ----------
  function openArticle(id, start) {
    var view = $('#article-view');
    if (!view) return;
    getJSON('/api/articles/' + encodeURIComponent(id)).then(function (j) {
      var a = j.article;
      $('#article-title').textContent = a.title || a.id;
      var dated = a.date && a.date_basis ? a.date + ' (inferred from ' + a.date_basis + ')' : a.date;
      $('#article-meta').textContent = [a.id, dated, a.url].filter(Boolean).join(' \u00b7 ');
      var body = $('#article-body');
      var target = null;
      body.replaceChildren.apply(body, j.segments.map(function (s) {
        if (!s.mark) return document.createTextNode(s.text);
        var m = el('mark', { 'class': s.mark, title: s.speaker ? s.mark + ': ' + s.speaker : s.mark }, s.text);
        if (s.start === start) target = m;
        return m;
      }));
      view.hidden = false;
      (target || view).scrollIntoView({ block: 'center' });
      if (target) target.setAttribute('tabindex', '-1');
    }).catch(function (e) { status('Could not open the article: ' + e.message, true); });
  }
  function fromHash() {
    var h = location.hash;
    if (h.indexOf('#a:') !== 0) return;
    var rest = h.slice(3);
    var cut = rest.lastIndexOf(':');
    if (cut < 0) return;
    try { openArticle(decodeURIComponent(rest.slice(0, cut)), Number(rest.slice(cut + 1))); } catch (e) { status('Bad article link.', true); }
  }

  // ---------- scenario editor ----------
  var editable = null;
  var analyzeSeq = 0;
  function numberInput(value, onChange) {
    var i = el('input', { type: 'number', min: '0', max: '100', step: '1', value: String(Math.round(value * 100)) });
    i.addEventListener('input', function () {
      var v = Number(i.value);
      if (!isFinite(v) || v < 0 || v > 100) { i.setCustomValidity('0 to 100'); return; }
      i.setCustomValidity('');
      onChange(v / 100);
    });
    return i;
  }
  function buildEditor(ed) {
    var form = $('#editor-form');
    var rerun = debounce(analyze, 300);
    form.replaceChildren();
    ed.parties.forEach(function (p) {
      var fs = el('fieldset', null, el('legend', null, p.name || p.id));
      fs.append(el('div', { 'class': 'row' }, el('span', null, 'Walk-away score'),
        numberInput(p.reservation, function (v) { p.reservation = v; rerun(); })));
      fs.append(el('h5', null, 'How much it cares about each issue'));
      ed.issues.forEach(function (issue, i) {
        fs.append(el('div', { 'class': 'row' }, el('span', null, issue.name),
          numberInput(p.weights[i], function (v) { p.weights[i] = v; rerun(); })));
      });
      // Option values fold away: most edits are weights and walk-away scores. Numeric
      // issues take their values from a value function, so they are not edited here.
      ed.issues.forEach(function (issue, i) {
        if (issue.numeric) return;
        var box = el('details', null, el('summary', null, 'Value of each option: ' + issue.name));
        issue.options.forEach(function (opt, o) {
          box.append(el('div', { 'class': 'row' }, el('span', null, opt),
            numberInput(p.values[i][o], function (v) { p.values[i][o] = v; rerun(); })));
        });
        fs.append(box);
      });
      form.append(fs);
    });
  }
  function heat(u) {
    var t = Math.max(0, Math.min(1, u));
    var lo = [0xf2, 0xf6, 0xfc], hi = [0x08, 0x30, 0x6b];
    return 'rgb(' + lo.map(function (a, i) { return Math.round(a + (hi[i] - a) * t); }).join(',') + ')';
  }
  function renderAnalysis(j) {
    var s = j.analysis;
    var list = $('#editor-findings');
    list.replaceChildren.apply(list, j.findings.map(function (f) { return el('li', null, f); }));
    var table = $('#editor-table');
    var head = el('tr', null, el('th', null, 'Proposal'));
    s.parties.forEach(function (p) { head.append(el('th', { 'class': 'num' }, p.name)); });
    var rows = s.proposals.map(function (prop, pi) {
      var tr = el('tr', null, el('td', null, prop.name));
      s.parties.forEach(function (p, k) {
        var u = (s.utilities[pi] || [])[k];
        var ok = (s.acceptable[pi] || [])[k];
        var td = el('td', { 'class': 'cell' }, (u === undefined ? '\u2013' : String(score(u))) + (ok === true ? ' \u2713' : ok === false ? ' \u2717' : ''));
        if (u !== undefined) { td.style.backgroundColor = heat(u); td.style.color = u > 0.55 ? '#fff' : '#1a1a1a'; }
        tr.append(td);
      });
      return tr;
    });
    table.replaceChildren(el('thead', null, head), el('tbody', null));
    table.tBodies[0].replaceChildren.apply(table.tBodies[0], rows);
    var fig = $('#editor-figure');
    fig.replaceChildren();
    if (s.frontier) fig.append(frontierChart(s));
  }
  function frontierChart(s) {
    var f = s.frontier, W = 520, H = 380, L = 50, R = 16, T = 12, B = 44;
    var pw = W - L - R, ph = H - T - B;
    function x(u) { return L + Math.max(0, Math.min(1, u)) * pw; }
    function y(u) { return T + (1 - Math.max(0, Math.min(1, u))) * ph; }
    var name = function (id) { var p = s.parties.filter(function (q) { return q.id === id; })[0]; return p ? p.name : id; };
    var root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, width: W, height: H, 'class': 'chart frontier', 'data-chart': 'editor-frontier', role: 'img' });
    root.append(svg('rect', { x: L, y: T, width: pw, height: ph, fill: 'none', stroke: '#333' }));
    [0, 0.5, 1].forEach(function (t) {
      var a = svg('text', { x: x(t), y: H - B + 16, 'text-anchor': 'middle', 'font-size': 11 }); a.textContent = String(score(t)); root.append(a);
      var b = svg('text', { x: L - 6, y: y(t) + 4, 'text-anchor': 'end', 'font-size': 11 }); b.textContent = String(score(t)); root.append(b);
    });
    var xl = svg('text', { x: L + pw / 2, y: H - 8, 'text-anchor': 'middle', 'font-size': 12 }); xl.textContent = 'Utility for ' + name(f.party_a); root.append(xl);
    var yl = svg('text', { x: 12, y: T + ph / 2, 'text-anchor': 'middle', 'font-size': 12, transform: 'rotate(-90 12 ' + (T + ph / 2) + ')' }); yl.textContent = 'Utility for ' + name(f.party_b); root.append(yl);
    if (f.frontier.length) {
      root.append(svg('polyline', { points: f.frontier.map(function (p) { return x(p[0]) + ',' + y(p[1]); }).join(' '), fill: 'none', stroke: '#0072B2', 'stroke-width': 2 }));
    }
    f.proposals.forEach(function (p) {
      var c = svg('circle', { cx: x(p.a), cy: y(p.b), r: 5, fill: '#fff', stroke: '#333', 'stroke-width': 1.5 });
      var t = svg('title', {}); t.textContent = p.label; c.append(t); root.append(c);
    });
    var colours = { nash: '#D55E00', kalai_smorodinsky: '#CC79A7', egalitarian: '#009E73', utilitarian: '#E69F00' };
    f.solutions.forEach(function (p) {
      var c = svg('circle', { cx: x(p.a), cy: y(p.b), r: 6, fill: colours[p.kind] || '#000', stroke: '#fff', 'stroke-width': 1.5, 'class': 'solution' });
      var t = svg('title', {}); t.textContent = p.kind + ': ' + p.outcome.join('; '); c.append(t); root.append(c);
    });
    return root;
  }
  function analyze() {
    if (!editable) return;
    var seq = ++analyzeSeq;
    getJSON('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(editable) })
      .then(function (j) { if (seq === analyzeSeq) { renderAnalysis(j); status(''); } })
      .catch(function (e) { status('The analysis failed: ' + e.message, true); });
  }
  function loadEditor() {
    if (document.body.getAttribute('data-editable') !== 'true') return;
    getJSON('/api/scenario').then(function (j) {
      if (!j.editable) return;
      editable = j.editable;
      buildEditor(editable);
      analyze();
    }).catch(function (e) { status('Could not load the scenario: ' + e.message, true); });
  }

  bindFilters();
  loadActors().then(loadQuotes);
  loadEditor();
  window.addEventListener('hashchange', fromHash);
  fromHash();
})();
