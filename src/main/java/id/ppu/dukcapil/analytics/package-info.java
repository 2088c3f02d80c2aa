/**
 * Channel uptake analytics: the rollups of the case table (kept by database triggers), the
 * dashboard's figures read from them as records, and the open statistics endpoint.
 */
package id.ppu.dukcapil.analytics;
