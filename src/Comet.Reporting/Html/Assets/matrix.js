function cometMatrix(spec) {
  'use strict';
  var root = document.getElementById(spec.id);
  var rows = spec.rows.length, cols = spec.cols.length, cw = spec.cw, ch = spec.ch;
  var raw = atob(spec.levels), levels = new Uint8Array(raw.length);
  for (var i = 0; i < raw.length; i++) levels[i] = raw.charCodeAt(i);
  var stops = [[247, 251, 255], [198, 219, 239], [107, 174, 214], [33, 113, 181], [8, 48, 107]];
  var pal = new Uint8Array(256 * 3);
  for (var q = 0; q < 256; q++) {
    var c = q > 250 ? [238, 238, 238] : ramp(q / 250);
    pal[q * 3] = c[0]; pal[q * 3 + 1] = c[1]; pal[q * 3 + 2] = c[2];
  }
  function ramp(v) {
    var x = v * (stops.length - 1), k = Math.min(Math.floor(x), stops.length - 2), f = x - k, a = stops[k], b = stops[k + 1];
    return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f, a[2] + (b[2] - a[2]) * f];
  }
  function level(r, c) { var v = levels[r * cols + c]; return v > 250 ? -1 : v; }
  var rowBest = [], rowGold = [], colBest = [], colLinked = [], isGold = new Uint8Array(rows * cols);
  spec.gold.forEach(function (k) { isGold[k] = 1; });
  for (var r = 0; r < rows; r++) { rowBest[r] = -1; rowGold[r] = 0; }
  for (var c2 = 0; c2 < cols; c2++) { colBest[c2] = -1; colLinked[c2] = 0; }
  for (r = 0; r < rows; r++) {
    for (c2 = 0; c2 < cols; c2++) {
      var v = level(r, c2);
      if (v > rowBest[r]) rowBest[r] = v;
      if (v > colBest[c2]) colBest[c2] = v;
      if (v >= 175) colLinked[c2]++;
      rowGold[r] += isGold[r * cols + c2];
    }
  }
  var rowOrder = seq(rows), colOrder = seq(cols), rowPos = seq(rows), colPos = seq(cols);
  function seq(n) { var a = []; for (var k = 0; k < n; k++) a.push(k); return a; }
  var canvas = root.querySelector('canvas'), ctx = canvas.getContext('2d');
  canvas.width = cols * cw; canvas.height = rows * ch;
  var small = document.createElement('canvas'); small.width = cols; small.height = rows;
  var sctx = small.getContext('2d'), img = sctx.createImageData(cols, rows);
  var rowBox = root.querySelector('.rowlabels'), colBox = root.querySelector('.collabels');
  var rowButtons = spec.rows.map(function (id, k) { return label(rowBox, id, 'row', k, 'height:' + ch + 'px;line-height:' + ch + 'px'); });
  var colButtons = colBox ? spec.cols.map(function (id, k) { return label(colBox, id, 'col', k, 'width:' + cw + 'px'); }) : [];
  function label(box, text, axis, k, style) {
    if (!box) return null;
    var b = document.createElement('button');
    b.type = 'button'; b.textContent = text; b.setAttribute('style', style);
    b.dataset[axis] = k;
    b.dataset.best = String(axis === 'row' ? rowBest[k] : colBest[k]);
    b.title = axis === 'row' ? 'Sort the columns by ' + text : 'Sort the rows by ' + text;
    b.addEventListener('click', function () { axis === 'row' ? sort('cols', 'by:' + k) : sort('rows', 'by:' + k); });
    box.appendChild(b);
    return b;
  }
  function keyOf(axis, key) {
    var ids = axis === 'rows' ? spec.rows : spec.cols;
    if (key === 'id') return function (a, b) { return ids[a].localeCompare(ids[b], 'en', { numeric: true }); };
    if (key === 'best') { var best = axis === 'rows' ? rowBest : colBest; return function (a, b) { return best[b] - best[a]; }; }
    if (key === 'gold') return function (a, b) { return rowGold[b] - rowGold[a]; };
    if (key === 'linked') return function (a, b) { return colLinked[b] - colLinked[a]; };
    var other = +key.slice(3);
    return axis === 'rows'
      ? function (a, b) { return level(b, other) - level(a, other); }
      : function (a, b) { return level(other, b) - level(other, a); };
  }
  var current = { rows: 'id', cols: 'id' }, descending = { rows: false, cols: false };
  function sort(axis, key) {
    var again = current[axis] === key && key.indexOf('by:') !== 0;
    descending[axis] = again ? !descending[axis] : false;
    current[axis] = key;
    var cmp = keyOf(axis, key), flip = descending[axis] ? -1 : 1;
    var order = axis === 'rows' ? rowOrder : colOrder;
    order.sort(function (a, b) { return flip * cmp(a, b) || a - b; });
    var pos = axis === 'rows' ? rowPos : colPos;
    order.forEach(function (k, p) { pos[k] = p; });
    root.querySelectorAll('button.sort[data-axis=' + axis + ']').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.dataset.key === key));
    });
    root.dataset[axis + 'Sort'] = key + (descending[axis] ? ':desc' : '');
    draw();
  }
  function draw() {
    var d = img.data;
    for (var y = 0; y < rows; y++) {
      var base = rowOrder[y] * cols;
      for (var x = 0; x < cols; x++) {
        var q3 = levels[base + colOrder[x]] * 3, p = (y * cols + x) * 4;
        d[p] = pal[q3]; d[p + 1] = pal[q3 + 1]; d[p + 2] = pal[q3 + 2]; d[p + 3] = 255;
      }
    }
    sctx.putImageData(img, 0, 0);
    ctx.imageSmoothingEnabled = false;
    ctx.drawImage(small, 0, 0, cols * cw, rows * ch);
    var s = Math.max(2, Math.floor(Math.min(cw, ch) / 3));
    ctx.fillStyle = '#ff7f0e';
    spec.gold.forEach(function (k) {
      var gr = (k / cols) | 0, gc = k % cols;
      ctx.fillRect(colPos[gc] * cw + ((cw - s) >> 1), rowPos[gr] * ch + ((ch - s) >> 1), s, s);
    });
    rowOrder.forEach(function (k) { if (rowButtons[k]) rowBox.appendChild(rowButtons[k]); });
    colOrder.forEach(function (k) { if (colButtons[k]) colBox.appendChild(colButtons[k]); });
  }
  root.querySelectorAll('button.sort').forEach(function (b) {
    b.addEventListener('click', function () { sort(b.dataset.axis, b.dataset.key); });
  });
  var tip = root.querySelector('.tip');
  function cellAt(e) {
    var box = canvas.getBoundingClientRect();
    var x = Math.floor((e.clientX - box.left) / cw), y = Math.floor((e.clientY - box.top) / ch);
    return x < 0 || y < 0 || x >= cols || y >= rows ? null : { r: rowOrder[y], c: colOrder[x] };
  }
  canvas.addEventListener('mousemove', function (e) {
    var cell = cellAt(e);
    if (!cell) { tip.style.display = 'none'; return; }
    var v = level(cell.r, cell.c);
    tip.textContent = spec.rows[cell.r] + ' \u2192 ' + spec.cols[cell.c] + ': ' + spec.levelName + ' ' +
      (v < 0 ? 'none' : (v / 250).toFixed(3)) + (isGold[cell.r * cols + cell.c] ? ' (gold link)' : '');
    tip.style.left = (e.clientX + 12) + 'px'; tip.style.top = (e.clientY + 12) + 'px'; tip.style.display = 'block';
  });
  canvas.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
  canvas.addEventListener('click', function (e) {
    var cell = cellAt(e), target = cell && document.getElementById(spec.details[cell.r]);
    if (target) { target.open = true; target.scrollIntoView(); }
  });
  draw();
}
