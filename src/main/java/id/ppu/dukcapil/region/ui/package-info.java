/** The administrator's screen for village populations, coverage figures and coverage targets. */
package id.ppu.dukcapil.region.ui;
