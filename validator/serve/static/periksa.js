/* Periksa's page: drop files, show progress, mark and explain cells, filter, download.
   No framework; every listener sits on the document, so a result page swapped in
   by the upload keeps working. Without JavaScript the form still posts normally. */
(() => {
  'use strict';

  /* The last upload's files: the language switch checks them again in the other language. */
  let kept = null;

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));
  const say = (name, values = {}) =>
    (document.body.dataset[name] || '').replace(/\{(\w+)\}/g, (all, key) => (key in values ? values[key] : all));

  function problem(text) {
    const line = $('#masalah');
    if (!line) return;
    line.textContent = text;
    line.hidden = !text;
  }

  function listFiles(files) {
    const list = $('#daftar-berkas');
    if (!list) return;
    list.replaceChildren(...Array.from(files).map((file) => {
      const item = document.createElement('li');
      item.textContent = `${file.name} (${Math.max(1, Math.round(file.size / 1024))} KB)`;
      return item;
    }));
  }

  function restore(files) {
    const input = $('#berkas');
    if (!input || !files || !files.length) return;
    const transfer = new DataTransfer();
    files.forEach((file) => transfer.items.add(file));
    input.files = transfer.files;
    listFiles(input.files);
  }

  function progress(text) {
    const box = $('#kemajuan');
    if (!box) return;
    box.hidden = false;
    $('#kemajuan-teks').textContent = text;
  }

  function replacePage(html, lang) {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    document.title = doc.title;
    document.documentElement.lang = doc.documentElement.lang;
    document.body.replaceWith(document.adoptNode(doc.body));
    history.replaceState(null, '', `./?lang=${encodeURIComponent(lang)}`);
    restore(kept && kept.files);
    const result = $('#hasil');
    if (result) result.scrollIntoView();
  }

  function send(form, lang) {
    const files = form.getAll('berkas').filter((file) => file && file.name);
    if (!files.length) {
      problem(say('msgNoFiles'));
      return;
    }
    const size = files.reduce((sum, file) => sum + file.size, 0);
    if (size > Number(document.body.dataset.maxBytes)) {
      problem(say('msgTooLarge'));
      return;
    }
    const config = form.get('konfigurasi');
    kept = { files, config: config && config.name ? config : null, scale: form.get('skala') || '' };
    problem('');
    const button = $('#tombol-periksa');
    if (button) button.disabled = true;
    const request = new XMLHttpRequest();
    let timer = null;
    const started = Date.now();
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) progress(say('msgUploading', { percent: Math.round((100 * event.loaded) / event.total) }));
    });
    request.upload.addEventListener('load', () => {
      const tick = () => progress(say('msgChecking', { seconds: Math.round((Date.now() - started) / 1000) }));
      tick();
      timer = setInterval(tick, 1000);
    });
    request.addEventListener('load', () => {
      clearInterval(timer);
      replacePage(request.responseText, lang);
    });
    request.addEventListener('error', () => {
      clearInterval(timer);
      if (button) button.disabled = false;
      $('#kemajuan').hidden = true;
      problem(say('msgNetwork'));
    });
    request.open('POST', `periksa?lang=${encodeURIComponent(lang)}`);
    progress(say('msgUploading', { percent: 0 }));
    request.send(form);
  }

  function switchLanguage(event, link) {
    if (!kept || !$('#hasil')) return;
    event.preventDefault();
    const form = new FormData();
    kept.files.forEach((file) => form.append('berkas', file));
    if (kept.config) form.append('konfigurasi', kept.config);
    form.append('skala', kept.scale);
    send(form, link.dataset.lang);
  }

  function openDetail(cell) {
    const panel = $('#rincian');
    const body = $('#rincian-isi');
    if (!panel || !body) return;
    const parts = (cell.dataset.findings || '').trim().split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean);
    body.replaceChildren(...parts.map((item) => {
      const block = document.createElement('div');
      block.className = `rincian-temuan sev-${item.dataset.severity}`;
      const head = document.createElement('h4');
      head.textContent = `${$('.ke-sel', item).textContent} · ${item.dataset.rule}`;
      block.append(head, $('.pesan', item).cloneNode(true), $('.rincian-isi', item).cloneNode(true));
      return block;
    }));
    $$('td.pilihan').forEach((other) => other.classList.remove('pilihan'));
    cell.classList.add('pilihan');
    panel.hidden = false;
  }

  function goTo(item) {
    const cell = document.getElementById(item.dataset.target);
    if (!cell) return;
    cell.scrollIntoView({ block: 'center', inline: 'center' });
    cell.focus({ preventScroll: true });
    openDetail(cell);
  }

  function applyFilters() {
    const severity = $('#f-tingkat') ? $('#f-tingkat').value : '';
    const rule = $('#f-aturan') ? $('#f-aturan').value : '';
    $$('li.temuan-item').forEach((item) => {
      item.hidden = Boolean((severity && item.dataset.severity !== severity) || (rule && item.dataset.rule !== rule));
    });
    $$('td[data-findings]').forEach((cell) => {
      const shown = cell.dataset.findings.trim().split(/\s+/).some((id) => {
        const item = document.getElementById(id);
        return item && !item.hidden;
      });
      cell.classList.toggle('redup', !shown);
    });
  }

  function download(link) {
    const source = document.getElementById(link.dataset.source);
    if (!source) return;
    const bytes = Uint8Array.from(atob(source.textContent.trim()), (ch) => ch.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: link.dataset.type }));
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = link.dataset.name;
    document.body.append(anchor);
    anchor.click();
    anchor.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  }

  document.addEventListener('dragover', (event) => {
    const zone = event.target.closest && event.target.closest('#jatuhkan');
    if (!zone) return;
    event.preventDefault();
    zone.classList.add('aktif');
  });
  document.addEventListener('dragleave', (event) => {
    const zone = event.target.closest && event.target.closest('#jatuhkan');
    if (zone) zone.classList.remove('aktif');
  });
  document.addEventListener('drop', (event) => {
    const zone = event.target.closest && event.target.closest('#jatuhkan');
    if (!zone) return;
    event.preventDefault();
    zone.classList.remove('aktif');
    const input = $('#berkas');
    input.files = event.dataTransfer.files;
    listFiles(input.files);
  });
  document.addEventListener('change', (event) => {
    if (event.target.id === 'berkas') listFiles(event.target.files);
    if (event.target.id === 'f-tingkat' || event.target.id === 'f-aturan') applyFilters();
  });
  document.addEventListener('submit', (event) => {
    if (event.target.id !== 'unggah') return;
    event.preventDefault();
    send(new FormData(event.target), document.body.dataset.lang);
  });
  document.addEventListener('click', (event) => {
    const target = event.target;
    const language = target.closest('#ganti-bahasa');
    if (language) {
      switchLanguage(event, language);
      return;
    }
    const link = target.closest('a.unduh');
    if (link) {
      event.preventDefault();
      download(link);
      return;
    }
    const jump = target.closest('button.ke-sel');
    if (jump) {
      goTo(jump.closest('li.temuan-item'));
      return;
    }
    if (target.closest('#rincian-tutup')) {
      $('#rincian').hidden = true;
      return;
    }
    const cell = target.closest('td[data-findings]');
    if (cell) openDetail(cell);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && $('#rincian')) $('#rincian').hidden = true;
    if (event.key === 'Enter' && event.target.matches && event.target.matches('td[data-findings]')) openDetail(event.target);
  });
})();
