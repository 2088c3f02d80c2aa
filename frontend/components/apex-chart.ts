import ApexCharts from 'apexcharts';

/**
 * <apex-chart>: renders an ApexCharts chart from options set as a JSON property by the server
 * (id.ppu.dukcapil.base.ui.chart.ApexChart). It updates in place when the options change, follows
 * Lumo's light and dark theme, redraws when its container resizes, and reports clicks on data
 * points as an 'apex-data-point-click' event with the series and data point indices.
 *
 * JSON cannot carry functions, so a "formatter" given as one of the names below is replaced by
 * a function that formats numbers in the element's locale, and tooltip.custom = 'pointLabel'
 * shows a point's own "label" and "detail" texts (set by the server, already localised).
 */
type Formatter = (value: number) => string;

const FORMATTERS: Record<string, (locale: string) => Formatter> = {
  integer: (l) => (v) => (v == null ? '' : new Intl.NumberFormat(l, { maximumFractionDigits: 0 }).format(v)),
  decimal1: (l) => (v) => (v == null ? '' : new Intl.NumberFormat(l, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v)),
  percent0: (l) => (v) => (v == null ? '' : new Intl.NumberFormat(l, { maximumFractionDigits: 0 }).format(v) + '%'),
  percent1: (l) => (v) => (v == null ? '' : new Intl.NumberFormat(l, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(v) + '%'),
  // For heatmaps, where a negative value marks a cell without data.
  percentOrDash: (l) => (v) => (v == null || v < 0 ? '–' : new Intl.NumberFormat(l, { maximumFractionDigits: 0 }).format(v) + '%'),
};

const escapeHtml = (text: unknown): string =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A tooltip for points that carry { label, detail }: the label as title, the series name and the detail below. */
const pointLabelTooltip = ({ seriesIndex, dataPointIndex, w }: any): string => {
  const series = w.config.series[seriesIndex] ?? {};
  const point = (series.data ?? [])[dataPointIndex] ?? {};
  return `<div class="apexcharts-tooltip-title">${escapeHtml(point.label)}</div>`
    + `<div style="padding: 4px 10px">${escapeHtml(series.name)}<br>${escapeHtml(point.detail)}</div>`;
};

class ApexChartElement extends HTMLElement {
  private _options: any = null;
  private chart: ApexCharts | null = null;
  private container: HTMLDivElement | null = null;
  private themeObserver: MutationObserver | null = null;
  locale = 'id-ID';

  get options(): any {
    return this._options;
  }

  set options(value: any) {
    this._options = value;
    if (this.chart) {
      this.chart.updateOptions(this.prepare(), true, true);
    } else if (this.isConnected) {
      this.renderChart();
    }
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    this.themeObserver = new MutationObserver(() => this.chart?.updateOptions(this.prepare(), false, false));
    this.themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['theme'] });
    this.renderChart();
  }

  disconnectedCallback() {
    this.themeObserver?.disconnect();
    this.themeObserver = null;
    this.chart?.destroy();
    this.chart = null;
    this.container?.remove();
    this.container = null;
  }

  private renderChart() {
    if (!this._options || this.chart) {
      return;
    }
    this.container = document.createElement('div');
    this.appendChild(this.container);
    this.chart = new ApexCharts(this.container, this.prepare());
    this.chart.render();
  }

  private prepare(): any {
    const options = this.withFormatters(structuredClone(this._options));
    if (options.tooltip?.custom === 'pointLabel') {
      options.tooltip.custom = pointLabelTooltip;
    }
    const chart = (options.chart = options.chart ?? {});
    const events = (chart.events = chart.events ?? {});
    const report = (seriesIndex: number, dataPointIndex: number) => {
      if (seriesIndex >= 0 && dataPointIndex >= 0) {
        this.dispatchEvent(new CustomEvent('apex-data-point-click', { detail: { seriesIndex, dataPointIndex } }));
      }
    };
    events.dataPointSelection = (_e: unknown, _c: unknown, config: any) => report(config.seriesIndex, config.dataPointIndex);
    events.markerClick = (_e: unknown, _c: unknown, config: any) => report(config.seriesIndex, config.dataPointIndex);
    return this.merge(options, this.themeOptions());
  }

  /** Colours and fonts from Lumo's custom properties, so the chart matches the light or dark theme. */
  private themeOptions(): any {
    const css = getComputedStyle(this);
    const dark = (document.documentElement.getAttribute('theme') ?? '').split(' ').includes('dark');
    const text = css.getPropertyValue('--lumo-secondary-text-color').trim() || undefined;
    const line = css.getPropertyValue('--lumo-contrast-10pct').trim() || undefined;
    return {
      theme: { mode: dark ? 'dark' : 'light' },
      chart: { background: 'transparent', foreColor: text, fontFamily: css.fontFamily || undefined },
      grid: { borderColor: line },
      tooltip: { theme: dark ? 'dark' : 'light' },
    };
  }

  private withFormatters(node: any): any {
    if (Array.isArray(node)) {
      node.forEach((item, i) => (node[i] = this.withFormatters(item)));
    } else if (node && typeof node === 'object') {
      for (const key of Object.keys(node)) {
        const value = node[key];
        node[key] = key === 'formatter' && typeof value === 'string' && FORMATTERS[value]
          ? FORMATTERS[value](this.locale)
          : this.withFormatters(value);
      }
    }
    return node;
  }

  /** Theme defaults under the server's options: what the server set explicitly wins. */
  private merge(options: any, defaults: any): any {
    for (const key of Object.keys(defaults)) {
      const d = defaults[key];
      if (d && typeof d === 'object' && !Array.isArray(d)) {
        options[key] = this.merge(options[key] ?? {}, d);
      } else if (options[key] === undefined && d !== undefined) {
        options[key] = d;
      }
    }
    return options;
  }
}

customElements.define('apex-chart', ApexChartElement);
