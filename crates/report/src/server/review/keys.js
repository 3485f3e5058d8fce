// Review desk keys: j/k move between items, a accept, r reject, e edit, u undo the last
// decision made on this page, ? help. Decisions are the page's own forms (same origin,
// with the session token), so a key does exactly what the button does.
(function () {
  'use strict';
  var items = function () { return Array.prototype.slice.call(document.querySelectorAll('.item')); };
  var store = window.sessionStorage;
  var LAST = 'detente-review-last';
  var FOCUS = 'detente-review-focus';

  function focusItem(i) {
    var all = items();
    if (!all.length) return;
    var el = all[Math.max(0, Math.min(i, all.length - 1))];
    el.focus();
    el.scrollIntoView({ block: 'nearest' });
  }
  function current() {
    var a = document.activeElement;
    return a && a.closest ? a.closest('.item') : null;
  }
  function remember(form) {
    var get = function (n) { var x = form.querySelector('input[name="' + n + '"]'); return x ? x.value : ''; };
    var item = form.closest('.item');
    if (!item) return;
    var b = form.querySelector('button');
    store.setItem(LAST, JSON.stringify({ target: get('target'), key: get('key'), field: get('field'), label: b ? b.textContent : get('field') }));
    store.setItem(FOCUS, String(items().indexOf(item)));
  }
  function press(item, action) {
    var b = item.querySelector('button[data-action="' + action + '"]');
    if (!b) return false;
    remember(b.form);
    b.click();
    return true;
  }

  document.addEventListener('submit', function (e) {
    var f = e.target;
    if (f && f.id !== 'undo-form' && f.classList.contains('decide')) remember(f);
  }, true);

  // The last decision on this page, which u (or the button) undoes.
  var last = null;
  try { last = JSON.parse(store.getItem(LAST) || 'null'); } catch (err) { last = null; }
  var undoForm = document.getElementById('undo-form');
  if (last && last.target && last.key && last.field && undoForm) {
    undoForm.querySelector('input[name=target]').value = last.target;
    undoForm.querySelector('input[name=key]').value = last.key;
    undoForm.querySelector('input[name=field]').value = last.field;
    document.getElementById('undo-text').textContent = 'Last decision: ' + last.label + ' (' + last.target + ' ' + last.field + ').';
    document.getElementById('undo-line').hidden = false;
  }
  if (undoForm) {
    undoForm.addEventListener('submit', function () { store.removeItem(LAST); });
  }

  var f = parseInt(store.getItem(FOCUS) || '', 10);
  if (!isNaN(f)) { store.removeItem(FOCUS); focusItem(f); }

  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    var typing = t && (t.tagName === 'INPUT' || t.tagName === 'SELECT' || t.tagName === 'TEXTAREA');
    if (typing) {
      if (e.key === 'Escape') { var it = t.closest('.item'); if (it) it.focus(); }
      return;
    }
    var item = current();
    var all = items();
    var i = item ? all.indexOf(item) : -1;
    switch (e.key) {
      case 'j': focusItem(i + 1); break;
      case 'k': focusItem(i < 0 ? 0 : i - 1); break;
      case 'a': if (!item || !press(item, 'status:accepted')) return; break;
      case 'r': if (!item || !press(item, 'status:rejected')) return; break;
      case 'e': {
        var box = item && item.querySelector('input[type=text]');
        if (!box) return;
        box.focus();
        break;
      }
      case 'u': if (!undoForm || document.getElementById('undo-line').hidden) return; store.removeItem(LAST); undoForm.submit(); break;
      case '?': { var h = document.getElementById('keys-help'); h.hidden = !h.hidden; break; }
      default: return;
    }
    e.preventDefault();
  });

  // While stances are being linked in the background, ask now and then whether they are
  // ready, and reload then unless the analyst is typing.
  if (document.body.getAttribute('data-linking') === '1') {
    var poll = function () {
      fetch('/api/review', { headers: { accept: 'application/json' } }).then(function (r) { return r.json(); }).then(function (q) {
        if (q.stance_status === 'linking' || q.stance_status === 'relinking') { setTimeout(poll, 2000); return; }
        var a = document.activeElement;
        var busy = a && (a.tagName === 'INPUT' || a.tagName === 'SELECT') && a.value;
        var note = document.getElementById('stance-status');
        if (busy) { if (note) note.textContent = 'Stances are ready: reload the page to see them.'; return; }
        var c = current();
        if (c) store.setItem(FOCUS, String(items().indexOf(c)));
        location.reload();
      }).catch(function () { setTimeout(poll, 5000); });
    };
    setTimeout(poll, 1500);
  }
}());
