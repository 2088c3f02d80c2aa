/** Clerks' screens to search, inspect, update and register cases. */
package id.ppu.dukcapil.cases.ui;
