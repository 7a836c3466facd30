/** The console's only script of its own: draws `[data-chart]` elements (JSON series) with uPlot, also after htmx swaps. */
export const CONSOLE_JS = `
(function () {
  function draw(root) {
    root.querySelectorAll('[data-chart]').forEach(function (el) {
      if (el.dataset.drawn || typeof uPlot === 'undefined') return;
      el.dataset.drawn = '1';
      var d = JSON.parse(el.dataset.chart);
      var colors = { created: '#15803d', modified: '#d97706', deleted: '#b91c1c' };
      var series = [{}].concat(d.series.map(function (s) {
        return { label: s.label, stroke: colors[s.label] || '#334155', fill: (colors[s.label] || '#334155') + '22', width: 2 };
      }));
      var data = [d.x].concat(d.series.map(function (s) { return s.values; }));
      new uPlot({ width: el.clientWidth || 800, height: 200, series: series, axes: [{}, { size: 50 }],
        scales: { x: { time: true } } }, data, el);
    });
  }
  document.addEventListener('htmx:configRequest', function (e) {
    var p = e.detail.formData;
    if (!p || !p.keys) return;
    Array.from(p.keys()).forEach(function (k) { if (p.get(k) === '') p.delete(k); });
  });
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (!form.classList || !form.classList.contains('asof')) return;
    form.querySelectorAll('input[type=hidden]').forEach(function (i) { i.remove(); });
    new URLSearchParams(location.search).forEach(function (v, k) {
      if (['as_of', 'after', 'format', 'token'].indexOf(k) >= 0 || v === '') return;
      var i = document.createElement('input');
      i.type = 'hidden'; i.name = k; i.value = v; form.appendChild(i);
    });
  });
  document.addEventListener('DOMContentLoaded', function () { draw(document); });
  document.addEventListener('htmx:afterSettle', function (e) { draw(e.target); });
})();
`;
