import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';

/**
 * <leaflet-map>: a Leaflet map drawn from a JSON property "data" set by the server
 * (id.ppu.dukcapil.base.ui.map.LeafletMap): { tiles: { url, attribution }, markers: [{ id, lat, lon,
 * label, tooltip, radius, colour, highlighted }], labels: [{ text, lat, lon }], legend: { title,
 * entries: [{ colour, label }], sizeNote, highlightNote } }. Radii and colours come computed.
 * Without a tile URL the map has a plain background and only its labels. The map fits itself to
 * its markers and labels whenever they move, redraws when its container resizes, and reports a
 * click on a marker as a 'leaflet-marker-click' event with the marker's id.
 */
interface MapMarker {
  id: string;
  lat: number;
  lon: number;
  label: string;
  tooltip: string;
  radius: number;
  colour: string;
  highlighted: boolean;
}

interface MapLabel {
  text: string;
  lat: number;
  lon: number;
}

interface MapData {
  tiles: { url: string; attribution: string };
  markers: MapMarker[];
  labels: MapLabel[];
  legend: { title: string; entries: { colour: string; label: string }[]; sizeNote: string | null; highlightNote: string | null };
}

const STYLE_ID = 'leaflet-map-styles';
const STYLES = `
/* Leaflet's panes and controls use z-indexes up to 1000: keep them below Vaadin's overlays (dialogs, menus). */
leaflet-map { isolation: isolate; }
leaflet-map .leaflet-map-label { color: var(--lumo-secondary-text-color, #555); font: 600 var(--lumo-font-size-s, 14px) var(--lumo-font-family, sans-serif);
  text-transform: uppercase; letter-spacing: 0.05em; white-space: nowrap; text-shadow: 0 0 3px var(--lumo-base-color, #fff), 0 0 3px var(--lumo-base-color, #fff); pointer-events: none; }
leaflet-map .leaflet-map-label span { display: inline-block; transform: translate(-50%, -50%); }
leaflet-map .leaflet-map-legend { background: var(--lumo-base-color, #fff); color: var(--lumo-body-text-color, #222); padding: 6px 8px;
  border-radius: 4px; box-shadow: 0 1px 4px rgba(0,0,0,0.3); font: var(--lumo-font-size-xs, 12px) var(--lumo-font-family, sans-serif); max-width: 16em; }
leaflet-map .leaflet-map-legend strong { display: block; margin-bottom: 2px; }
leaflet-map .leaflet-map-legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 6px; vertical-align: middle; }
leaflet-map .leaflet-map-legend .ring { background: transparent; border: 2px solid #212529; width: 8px; height: 8px; }
leaflet-map[data-no-tiles] .leaflet-container { background: var(--lumo-contrast-5pct, #f1f3f5); }
`;

const escapeHtml = (text: unknown): string =>
  String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

class LeafletMapElement extends HTMLElement {
  private _data: MapData | null = null;
  private map: L.Map | null = null;
  private container: HTMLDivElement | null = null;
  private tileLayer: L.TileLayer | null = null;
  private tileUrl = '';
  private markerLayer: L.FeatureGroup | null = null;
  private labelLayer: L.LayerGroup | null = null;
  private legend: L.Control | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private fittedTo = '';

  get data(): MapData | null {
    return this._data;
  }

  set data(value: MapData | null) {
    this._data = value;
    if (this.map) {
      this.draw();
    }
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = STYLES;
      document.head.appendChild(style);
    }
    this.container = document.createElement('div');
    this.container.style.width = '100%';
    this.container.style.height = '100%';
    this.appendChild(this.container);
    this.map = L.map(this.container, { zoomSnap: 0.25, scrollWheelZoom: false });
    this.markerLayer = L.featureGroup().addTo(this.map);
    this.labelLayer = L.layerGroup().addTo(this.map);
    // Hidden in a tab at first: Leaflet needs the real size, and the fit waits for one.
    this.resizeObserver = new ResizeObserver(() => {
      if (this.map && this.offsetWidth > 0 && this.offsetHeight > 0) {
        this.map.invalidateSize();
        this.fit();
      }
    });
    this.resizeObserver.observe(this);
    this.draw();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.resizeObserver = null;
    this.map?.remove();
    this.map = null;
    this.tileLayer = null;
    this.tileUrl = '';
    this.markerLayer = null;
    this.labelLayer = null;
    this.legend = null;
    this.fittedTo = '';
    this.container?.remove();
    this.container = null;
  }

  private draw() {
    const map = this.map;
    const data = this._data;
    if (!map || !data) {
      return;
    }
    this.drawTiles(map, data.tiles);
    this.markerLayer!.clearLayers();
    for (const m of data.markers) {
      const circle = L.circleMarker([m.lat, m.lon], {
        radius: m.radius,
        fillColor: m.colour,
        fillOpacity: 0.85,
        color: m.highlighted ? '#212529' : '#ffffff',
        weight: m.highlighted ? 3 : 1,
      });
      const lines = (m.tooltip ?? '').split('\n').filter((l) => l.length > 0).map(escapeHtml);
      circle.bindTooltip(`<strong>${escapeHtml(m.label)}</strong>${lines.map((l) => '<br>' + l).join('')}`, { direction: 'top' });
      circle.on('click', () => this.dispatchEvent(new CustomEvent('leaflet-marker-click', { detail: { id: m.id } })));
      circle.addTo(this.markerLayer!);
    }
    this.labelLayer!.clearLayers();
    for (const l of data.labels) {
      L.marker([l.lat, l.lon], {
        icon: L.divIcon({ className: 'leaflet-map-label', html: `<span>${escapeHtml(l.text)}</span>`, iconSize: [0, 0] }),
        interactive: false,
        keyboard: false,
      }).addTo(this.labelLayer!);
    }
    this.drawLegend(map, data.legend);
    this.fit();
  }

  private drawTiles(map: L.Map, tiles: MapData['tiles']) {
    const url = tiles?.url ?? '';
    // An attribute, not a class: the server owns the element's class list.
    this.toggleAttribute('data-no-tiles', url === '');
    if (url === this.tileUrl) {
      return;
    }
    this.tileLayer?.remove();
    this.tileLayer = null;
    this.tileUrl = url;
    if (url !== '') {
      this.tileLayer = L.tileLayer(url, { attribution: tiles.attribution, maxZoom: 19 }).addTo(map);
    }
  }

  private drawLegend(map: L.Map, legend: MapData['legend']) {
    this.legend?.remove();
    const legendControl = new L.Control({ position: 'bottomright' });
    legendControl.onAdd = () => {
      const box = L.DomUtil.create('div', 'leaflet-map-legend');
      let html = legend.title ? `<strong>${escapeHtml(legend.title)}</strong>` : '';
      for (const e of legend.entries ?? []) {
        html += `<div><i style="background:${escapeHtml(e.colour)}"></i>${escapeHtml(e.label)}</div>`;
      }
      if (legend.highlightNote) {
        html += `<div><i class="ring"></i>${escapeHtml(legend.highlightNote)}</div>`;
      }
      if (legend.sizeNote) {
        html += `<div>${escapeHtml(legend.sizeNote)}</div>`;
      }
      box.innerHTML = html;
      return box;
    };
    this.legend = legendControl.addTo(map);
  }

  /** Fits the view to markers and labels when they changed; waits while the element has no size (a hidden tab). */
  private fit() {
    const map = this.map;
    const data = this._data;
    if (!map || !data || this.offsetWidth === 0 || this.offsetHeight === 0) {
      return;
    }
    const points: L.LatLngTuple[] = [...data.markers.map((m): L.LatLngTuple => [m.lat, m.lon]),
      ...data.labels.map((l): L.LatLngTuple => [l.lat, l.lon])];
    const key = JSON.stringify(points);
    if (key === this.fittedTo) {
      return;
    }
    this.fittedTo = key;
    if (points.length === 0) {
      map.setView([0, 0], 2);
    } else {
      map.fitBounds(L.latLngBounds(points), { padding: [24, 24], maxZoom: 13 });
    }
  }
}

customElements.define('leaflet-map', LeafletMapElement);
