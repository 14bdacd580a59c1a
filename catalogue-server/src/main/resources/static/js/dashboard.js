// The review dashboard's two charts, drawn with ECharts (served by this server) from the data the page carries in
// #score-chart's data-chart attribute: a bar per locality's latest score, and a heat map of the parent's categories
// x localities (0 missing, 1 not applicable, 2 present with findings, 3 present). No inline script: CSP 'self'.
(function () {
  'use strict';
  var holder = document.getElementById('score-chart');
  if (!holder || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(holder.getAttribute('data-chart'));
  var scores = echarts.init(holder, null, { renderer: 'canvas' });
  scores.setOption({
    animation: false,
    tooltip: {},
    grid: { left: 48, right: 16, top: 40, bottom: 64 },
    xAxis: { type: 'category', data: data.localities, axisLabel: { interval: 0, rotate: data.localities.length > 8 ? 40 : 0 } },
    yAxis: { type: 'value', min: 0, max: 100, name: data.scoreLabel },
    series: [{ type: 'bar', data: data.scores, label: { show: true, position: 'top' }, itemStyle: { color: '#0b4f9c' } }]
  });
  var heatHolder = document.getElementById('heat-chart');
  heatHolder.style.height = Math.max(240, 48 + 26 * data.categories.length) + 'px';
  var heat = echarts.init(heatHolder, null, { renderer: 'canvas' });
  heat.setOption({
    animation: false,
    tooltip: {
      formatter: function (p) {
        return data.categories[p.value[1]] + ' / ' + data.localities[p.value[0]] + ': ' + data.legend[p.value[2]];
      }
    },
    grid: { left: 260, right: 16, top: 16, bottom: 96 },
    xAxis: { type: 'category', data: data.localities, splitArea: { show: true } },
    yAxis: { type: 'category', data: data.categories, splitArea: { show: true } },
    visualMap: {
      type: 'piecewise', orient: 'horizontal', left: 'center', bottom: 8,
      pieces: [
        { value: 0, label: data.legend[0], color: '#a4262c' },
        { value: 1, label: data.legend[1], color: '#b1b4b6' },
        { value: 2, label: data.legend[2], color: '#f0b323' },
        { value: 3, label: data.legend[3], color: '#00703c' }
      ]
    },
    series: [{ type: 'heatmap', data: data.cells, label: { show: false } }]
  });
  document.body.setAttribute('data-charts-drawn', 'true');
  window.addEventListener('resize', function () { scores.resize(); heat.resize(); });
}());
