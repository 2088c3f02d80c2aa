/** The department head's dashboard: filters in the URL, headline figures, charts with CSV downloads. */
package id.ppu.dukcapil.analytics.ui;
