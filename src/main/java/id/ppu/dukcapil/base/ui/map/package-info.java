/** The map component: Leaflet in the browser, circle markers, labels and a legend given as records on the server. */
package id.ppu.dukcapil.base.ui.map;
