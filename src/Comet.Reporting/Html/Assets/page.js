(function () {
  'use strict';
  document.querySelectorAll('.requirements').forEach(function (block) {
    var input = block.querySelector('input[type=search]'), select = block.querySelector('select.bucket');
    var count = block.querySelector('.count'), items = block.querySelectorAll('details.req');
    function apply() {
      var q = input.value.trim().toLowerCase(), b = select.value, shown = 0;
      items.forEach(function (d) {
        var ok = (!q || d.dataset.search.indexOf(q) >= 0) && (b === 'all' || d.dataset.bucket === b || (b === 'gap' && d.dataset.bucket === 'unlikely') || (b === 'open' && d.dataset.bucket !== 'probable'));
        d.hidden = !ok; if (ok) shown++;
      });
      count.textContent = shown + ' of ' + items.length + ' shown';
    }
    input.addEventListener('input', apply);
    select.addEventListener('change', apply);
    block.querySelector('[data-action=expand]').addEventListener('click', function () { items.forEach(function (d) { if (!d.hidden) d.open = true; }); });
    block.querySelector('[data-action=collapse]').addEventListener('click', function () { items.forEach(function (d) { d.open = false; }); });
    apply();
  });
  var data = document.getElementById('comet-matrix-data');
  (data ? JSON.parse(data.textContent) : []).forEach(cometMatrix);
  function openHash() {
    var el = location.hash && document.getElementById(location.hash.slice(1));
    if (el && el.tagName === 'DETAILS') { el.open = true; el.scrollIntoView(); }
  }
  window.addEventListener('hashchange', openHash);
  openHash();
  // ?open=ID opens a requirement and scrolls only its list, so the page itself stays at the top.
  var open = new URLSearchParams(location.search).get('open'), item = open && document.getElementById(open);
  if (item && item.tagName === 'DETAILS') {
    item.open = true;
    var list = item.closest('.list');
    if (list) list.scrollTop = item.offsetTop - list.offsetTop;
  }
  performance.mark('comet-ready');
  document.documentElement.dataset.ready = '1';
})();
