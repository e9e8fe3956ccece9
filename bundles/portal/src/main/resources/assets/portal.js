// Child portal enhancements: read-aloud (recorded audio, else speech synthesis in the page's
// language), optional automatic reading, saving an answer without a page load, quick exit without
// a history entry, the link page's button. The pages work fully without this file.
(function () {
  'use strict';
  var d = document, b = d.body, synth = window.speechSynthesis, KEY = 'delaktig.autoread', audio, queue = [];
  var live = d.createElement('p');
  live.className = 'sr'; live.setAttribute('aria-live', 'polite'); b.appendChild(live);

  function clean(el) { return el ? el.textContent.replace(/\s+/g, ' ').trim() : ''; }
  function stop() { queue = []; if (synth) { synth.cancel(); } if (audio) { audio.pause(); audio = null; } }

  // What a button reads. The page's main button: the heading (its recording where the definition
  // has one), the explanation or the page's text, then every option (each with its own recording,
  // else its words). An option's button: that option.
  function parts(btn) {
    var m = d.getElementById('main');
    if (!btn.classList.contains('main')) { return [{ text: clean(d.querySelector(btn.dataset.say)), audio: btn.dataset.audio }]; }
    var list = [{ text: clean(m.querySelector('h1')), audio: btn.dataset.audio }];
    m.querySelectorAll('.say-more').forEach(function (el) { list.push({ text: clean(el) }); });
    m.querySelectorAll('.option').forEach(function (o) {
      var s = o.querySelector('button.say');
      list.push({ text: clean(o.querySelector('label span')), audio: s && s.dataset.audio });
    });
    return list.filter(function (p) { return p.text || p.audio; });
  }
  var reading, armed;
  function say(btn) { stop(); reading = btn; queue = parts(btn); next(); }
  // A browser may refuse to speak before the child has touched this page (a page opened from a
  // link, not reached by pressing Next): then the reading starts again at the first touch or key.
  function retryOnGesture() {
    var btn = reading;
    stop();
    if (armed || !btn) { return; }
    armed = true;
    function go(e) {
      d.removeEventListener('pointerdown', go, true); d.removeEventListener('keydown', go, true);
      armed = false;
      var own = e.target.closest && e.target.closest('button.say, a.exit');
      if (!own && b.contains(btn)) { say(btn); }
    }
    d.addEventListener('pointerdown', go, true); d.addEventListener('keydown', go, true);
  }
  function next() {
    var p = queue.shift();
    if (!p) { return; }
    if (p.audio) {
      var a = audio = new Audio(p.audio);
      a.addEventListener('ended', function () { if (audio === a) { next(); } });
      a.play().catch(function () { if (audio === a) { audio = null; speak(p.text); } });
      return;
    }
    speak(p.text);
  }
  // Speech queues by itself; wait for the end only when a recording comes next.
  function speak(text) {
    if (!synth || !text) { next(); return; }
    var u = new SpeechSynthesisUtterance(text), wait = queue.length && queue[0].audio;
    u.lang = d.documentElement.lang;
    u.addEventListener('error', function (e) { if (e.error === 'not-allowed') { retryOnGesture(); } });
    if (wait) { u.onend = u.onerror = function () { next(); }; }
    synth.speak(u);
    if (!wait) { next(); }
  }

  // Per page (also after a page was swapped in): show the buttons, offer automatic reading.
  function enhance(root) {
    var can = !!synth || !!root.querySelector('[data-audio]');
    root.querySelectorAll('button.say').forEach(function (btn) { btn.hidden = !can; });
    var main = root.querySelector('button.say.main');
    if (!main || !can) { return; }
    var chosen = null;
    try { chosen = sessionStorage.getItem(KEY); } catch (x) { /* storage off: the page's default */ }
    var on = chosen === null ? b.dataset.autoread === 'on' : chosen === 'on';
    var wrap = d.createElement('p'), box = d.createElement('input'), label = d.createElement('label');
    box.type = 'checkbox'; box.id = 'autoread'; box.checked = on; label.htmlFor = 'autoread';
    label.textContent = b.dataset.autoreadLabel; label.className = 'inline';
    wrap.appendChild(box); wrap.appendChild(label); main.parentNode.insertBefore(wrap, main.nextSibling);
    box.addEventListener('change', function () {
      // Only "on" or "off" for this tab: nothing about the answers is kept on the device.
      try { sessionStorage.setItem(KEY, box.checked ? 'on' : 'off'); } catch (x) { /* kept for this page only */ }
      if (!box.checked) { stop(); }
    });
    if (on) { say(main); }
  }

  d.addEventListener('click', function (e) {
    var btn = e.target.closest && e.target.closest('button.say');
    if (btn) { say(btn); return; }
    var exit = e.target.closest && e.target.closest('a.exit');
    if (exit) {
      // Quick exit: replace this page in the history, so Back does not return to it.
      e.preventDefault(); stop();
      try { sessionStorage.clear(); } catch (x) { /* ignore */ }
      location.replace(exit.href);
    }
  });

  // Saving without a page load: the same post with fetch; the server answers with the next page
  // (Content-Location names its URL), which replaces <main> and becomes a history entry.
  function show(html, url, push, status) {
    var doc = new DOMParser().parseFromString(html, 'text/html');
    var main = doc.getElementById('main'), top = doc.querySelector('header.top');
    if (!main || !top) { throw new Error('not a portal page'); }
    stop();
    d.getElementById('main').replaceWith(d.adoptNode(main));
    d.querySelector('header.top').replaceWith(d.adoptNode(top));
    d.title = doc.title;
    if (url && push && url !== location.pathname + location.search) { history.pushState(null, '', url); }
    else if (url) { history.replaceState(null, '', url); }
    window.scrollTo(0, 0);
    var target = (status === 400 && main.querySelector('.alert')) || main.querySelector('h1');
    if (target) { target.tabIndex = -1; target.focus(); }
    enhance(main);
  }
  function unsaved(form, plain) {
    form.removeAttribute('aria-busy');
    var p = form.querySelector('.unsaved');
    if (!p) {
      p = d.createElement('p'); p.className = 'alert unsaved'; p.setAttribute('role', 'alert');
      form.insertBefore(p, form.querySelector('.actions'));
    }
    p.textContent = '';
    p.textContent = b.dataset.unsavedLabel;
    if (plain) { form.dataset.plain = 'on'; } // the next press posts the form as a page
  }
  // Only the latest request may change the page (quick Back presses, Back during a save).
  var latest = 0;
  function send(url, options) {
    var c = window.AbortController ? new AbortController() : null, t;
    options.credentials = 'same-origin';
    options.headers = { 'X-Requested-With': 'delaktig' };
    if (c) { options.signal = c.signal; t = setTimeout(function () { c.abort(); }, 20000); }
    return fetch(url, options).finally(function () { clearTimeout(t); });
  }
  d.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.classList.contains('question') || form.dataset.plain || !window.fetch || !window.URLSearchParams
        || !('submitter' in e)) { return; }
    e.preventDefault();
    if (form.getAttribute('aria-busy')) { return; }
    var body = new URLSearchParams(new FormData(form)), s = e.submitter;
    if (s && s.name) { body.append(s.name, s.value); }
    var answered = body.has('choice') || (body.get('text') || '').trim() || body.get('action') === 'decline';
    form.setAttribute('aria-busy', 'true');
    // getAttribute: form.action would be the button named "action"
    var mine = ++latest;
    send(form.getAttribute('action'), { method: 'POST', body: body }).then(function (r) {
      if (mine !== latest) { form.removeAttribute('aria-busy'); return null; }
      if (r.redirected) { location.assign(r.url); return null; } // left the questions (session ended)
      if (r.status !== 200 && r.status !== 400 && r.status !== 403) { unsaved(form, true); return null; }
      return r.text().then(function (html) {
        if (mine !== latest) { form.removeAttribute('aria-busy'); return; }
        try {
          show(html, r.status === 200 ? r.headers.get('Content-Location') : null, true, r.status);
        } catch (x) { unsaved(form, true); return; }
        live.textContent = r.status === 200 && answered ? b.dataset.savedLabel : '';
      });
    }).catch(function () { unsaved(form, false); });
  });
  // Back and Forward between pages swapped in: load the page of the URL the browser returned to.
  window.addEventListener('popstate', function () {
    var mine = ++latest;
    send(location.href, {}).then(function (r) {
      if (mine !== latest) { return null; }
      if (!r.ok || r.redirected) { location.reload(); return null; }
      return r.text().then(function (html) { if (mine === latest) { show(html, null, false, 200); } });
    }).catch(function () { location.reload(); });
  });

  enhance(d.getElementById('main') || b);
  var link = d.getElementById('link-form');
  if (link && link.dataset.autosubmit === 'on') { link.submit(); }
})();
