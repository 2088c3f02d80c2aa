/** The chart component: ApexCharts in the browser, options as JSON built on the server. */
package id.ppu.dukcapil.base.ui.chart;
