/** The head's screen for the office's service mode, and the header badge's source. */
package id.ppu.dukcapil.servicemode.ui;
